import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, validateScenario, type Scenario } from '../../../src/content';
import { METRIC_IDS, replay } from '../../../src/engine';
import { EN_RESOURCES } from '../../../src/i18n/resources';

/** Every key a scenario mentions, with or without its namespace prefix. */
function keysOf(scenario: Scenario): string[] {
  const keys: string[] = [];
  const visit = (value: unknown, field = '') => {
    if (typeof value === 'string' && /Key$/.test(field)) keys.push(value);
    else if (Array.isArray(value))
      value.forEach((v) => visit(v, field.endsWith('Keys') ? field.slice(0, -1) : field));
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value))
        visit(v, field.endsWith('Keys') && typeof v === 'string' ? 'Key' : k);
    }
  };
  visit(scenario);
  return keys;
}

function lookup(key: string): unknown {
  const [ns, path] = key.includes(':') ? key.split(':') : ['ui', key];
  let node: unknown = (EN_RESOURCES as Record<string, unknown>)[ns ?? ''];
  for (const part of (path ?? '').split('.'))
    node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function leafPaths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
  'built-in scenario %s',
  (_id, scenario) => {
    it('passes content validation', () => {
      expect(validateScenario(scenario)).toEqual([]);
    });

    it('has at least six turns, each with three advisers or more', () => {
      expect(scenario.turns.length).toBeGreaterThanOrEqual(6);
      for (const turn of scenario.turns) expect(turn.advisers.length).toBeGreaterThanOrEqual(3);
    });

    it('has English text for every key it uses, and no unused scenario text', () => {
      const used = keysOf(scenario);
      expect(used.length).toBeGreaterThan(50);
      const missing = used.filter((k) => typeof lookup(k) !== 'string');
      expect(missing).toEqual([]);
      const namespace = (EN_RESOURCES as Record<string, unknown>)[scenario.namespace];
      const unused = leafPaths(namespace)
        .map((p) => `${scenario.namespace}:${p}`)
        .filter((k) => !used.includes(k));
      expect(unused).toEqual([]);
    });

    it('cites sources that are in the research brief and reachable', () => {
      for (const source of scenario.sources) {
        expect(source.brief).toBeGreaterThanOrEqual(1);
        expect(source.brief).toBeLessThanOrEqual(64);
        expect(source.url).toMatch(/^https?:\/\//);
      }
      expect(new Set(scenario.sources.map((s) => s.id)).size).toBe(scenario.sources.length);
    });

    it('replays a full game twice to byte-identical final states', () => {
      const decisions = scenario.rules.turns.map((t) => ({
        turnId: t.id,
        optionId: t.options[t.options.length - 1]!.id,
      }));
      const first = replay(scenario.rules, { seed: 'class-7b' }, decisions);
      const second = replay(scenario.rules, { seed: 'class-7b' }, decisions);
      expect(first.ok).toBe(true);
      expect(JSON.stringify(first)).toBe(JSON.stringify(second));
      if (first.ok) {
        expect(first.value.state.ending).not.toBeNull();
        for (const m of METRIC_IDS)
          expect(first.value.state.history.at(-1)?.[m]).toBe(first.value.state.metrics[m]);
      }
    });
  },
);

describe('engine messages', () => {
  it('has English text for every key the engine itself emits', () => {
    for (const key of ['engine.limit.max', 'engine.limit.min', 'engine.ending.termEnded']) {
      expect(typeof lookup(key)).toBe('string');
    }
  });
});

describe('validateScenario', () => {
  it('names each broken reference with its path', () => {
    const [scenario] = BUILT_IN_SCENARIOS;
    const rules = scenario!.rules;
    const broken: Scenario = {
      ...scenario!,
      rules: {
        ...rules,
        levers: [...rules.levers, { ...rules.levers[0]!, excludes: ['nope'] }],
        roles: [{ ...rules.roles[0]!, levers: ['ghost'] }],
        events: [
          {
            ...rules.events[0]!,
            chanceBy: 'unknown',
            effects: [{ metric: 'trust', amount: 1, sources: [] }],
          },
        ],
      },
    };
    const problems = validateScenario(broken).map((p) => `${p.path} ${p.code}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'rules.levers[22].id duplicateId',
        'rules.levers[22].excludes[0] unknownLever',
        'rules.roles[0].levers[0] unknownLever',
        'rules.events[0].effects[0].sources noSources',
        'rules.events[0].chanceBy unknownAssumption',
      ]),
    );
  });
});
