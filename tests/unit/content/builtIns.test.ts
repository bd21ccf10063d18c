import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_IDS,
  loadBuiltIns,
  validateScenario,
  type CompiledPack,
  type Scenario,
  type TextTree,
} from '../../../src/content';
import { METRIC_IDS, replay } from '../../../src/engine';
import { EN_RESOURCES } from '../../../src/i18n/resources';

const loads = await loadBuiltIns();
const packs: [string, CompiledPack][] = [...loads].flatMap(([id, r]) =>
  r.ok ? [[id, r.pack] as [string, CompiledPack]] : [],
);

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

function lookup(pack: CompiledPack, key: string): unknown {
  const [ns, path] = key.includes(':') ? key.split(':') : ['ui', key];
  const resources: Record<string, unknown> = {
    ...EN_RESOURCES,
    [pack.scenario.namespace]: pack.textsFor('en'),
  };
  let node: unknown = resources[ns ?? ''];
  for (const part of (path ?? '').split('.'))
    node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function leafPaths(node: TextTree | string, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('the built-in scenarios', () => {
  it('all load, with no problem and no warning', () => {
    expect(BUILT_IN_IDS.length).toBeGreaterThanOrEqual(1);
    for (const [id, result] of loads) {
      expect(result.ok ? result.warnings : result.problems, id).toEqual([]);
    }
  });
});

describe.each(packs)('built-in scenario %s', (_id, pack) => {
  const { scenario } = pack;

  it('compiles to rules that pass the engine-level checks', () => {
    expect(validateScenario(scenario)).toEqual([]);
  });

  it('has 8–12 turns with three voices each, 2+ roles and 4–6 discussion questions', () => {
    expect(scenario.turns.length).toBeGreaterThanOrEqual(8);
    expect(scenario.turns.length).toBeLessThanOrEqual(12);
    for (const turn of scenario.turns) expect(turn.advisers.length).toBeGreaterThanOrEqual(3);
    expect(scenario.rules.roles.length).toBeGreaterThanOrEqual(2);
    expect(scenario.discussionKeys.length).toBeGreaterThanOrEqual(4);
    expect(scenario.discussionKeys.length).toBeLessThanOrEqual(6);
    expect(scenario.estimatedMinutes).toBeLessThanOrEqual(45);
  });

  it('has text for every key it uses, and no unused text', () => {
    const used = keysOf(scenario);
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((k) => typeof lookup(pack, k) !== 'string')).toEqual([]);
    const unused = leafPaths(pack.textsFor('en'))
      .map((p) => `${scenario.namespace}:${p}`)
      .filter((k) => !used.includes(k));
    expect(unused).toEqual([]);
  });

  it('lists each source once, with a title, publisher, date and address', () => {
    for (const source of scenario.sources) {
      expect(source.title.length).toBeGreaterThan(3);
      expect(source.publisher.length).toBeGreaterThan(1);
      expect(source.date).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/);
      expect(source.url).toMatch(/^https?:\/\//);
    }
    expect(new Set(scenario.sources.map((s) => s.id)).size).toBe(scenario.sources.length);
  });

  it('replays a full game twice to byte-identical final states', () => {
    // The cheapest option of each turn: the validator guarantees one is always affordable.
    const decisions = scenario.rules.turns.map((t) => ({
      turnId: t.id,
      optionId: [...t.options].sort((a, b) => a.cost - b.cost)[0]!.id,
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
});

describe('engine messages', () => {
  it('has English text for every key the engine itself emits', () => {
    const [, pack] = packs[0]!;
    for (const key of ['engine.limit.max', 'engine.limit.min', 'engine.ending.termEnded']) {
      expect(typeof lookup(pack, key)).toBe('string');
    }
  });
});

describe('validateScenario', () => {
  it('names each broken reference with its path', () => {
    const [, pack] = packs[0]!;
    const { scenario } = pack;
    const rules = scenario.rules;
    const broken: Scenario = {
      ...scenario,
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
        `rules.levers[${rules.levers.length}].id duplicateId`,
        `rules.levers[${rules.levers.length}].excludes[0] unknownLever`,
        'rules.roles[0].levers[0] unknownLever',
        'rules.events[0].effects[0].sources noSources',
        'rules.events[0].chanceBy unknownAssumption',
      ]),
    );
  });
});
