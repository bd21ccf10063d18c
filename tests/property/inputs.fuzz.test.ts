import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findScenario, loadBuiltIn, loadPackText } from '../../src/content';
import { seedFromText, type Decision } from '../../src/engine';
import ui from '../../src/i18n/locales/en/ui.json';
import { createGameStore, encodeResult, RESULT_PREFIX, STORAGE_KEY } from '../../src/state';
import { parseResultLink, resolveResultLink } from '../../src/state/resultLink';
import { describeProblem } from '../../scripts/lib/problems';
import { goingDarkDecisions } from '../fixtures/goingDark';

/**
 * 10,000 generated and mutated inputs for each door into the game: a scenario pack, a save, a
 * result link. None may throw, and every refusal must carry a message a person can read.
 */

const RUNS = 10_000;
await loadBuiltIn('goingDark');
const scenario = findScenario('goingDark')!;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON tree, so a mutation can land anywhere. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

const mutation = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'wrap', 'duplicate'),
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies mutations to a copy of a tree: replace a node, delete it, bury it deep, or copy it. */
function mutate(tree: Json, mutations: readonly Mutation[]): Json {
  let root: Json = structuredClone(tree);
  for (const m of mutations) {
    const all = paths(root);
    const path = all[m.at % all.length]!;
    if (path.length === 0) {
      root = m.op === 'replace' ? m.value : m.op === 'wrap' ? [[[[root]]]] : root;
      continue;
    }
    const parent = path
      .slice(0, -1)
      .reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, root) as
      Json[] | Record<string, Json>;
    const key = path[path.length - 1]!;
    const target = parent as Record<string | number, Json>;
    if (m.op === 'replace') target[key] = m.value;
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete target[key];
    } else if (m.op === 'wrap') target[key] = { deeper: [target[key] ?? null] };
    else if (Array.isArray(parent)) parent.push(structuredClone(target[key] ?? null));
  }
  return root;
}

/** Text-level damage on top: cut it short, inject a prototype key, or nest it absurdly. */
const textDamage = fc.oneof(
  fc.constant((t: string) => t),
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
  fc.constant((t: string) => t.replace('{', '{"__proto__": {"polluted": 1},')),
  fc.constant((t: string) => `${'['.repeat(200)}${t}${']'.repeat(200)}`),
  fc
    .string()
    .map((junk) => (t: string) => `${t.slice(0, t.length >> 1)}${junk}${t.slice(t.length >> 1)}`),
);

const uiTexts = JSON.stringify(ui);
/** A message came from a template (an unknown one comes back as its key) and says something. */
const isReadable = (message: string) =>
  message.trim().length > 0 && !/packProblem(_types)?\./.test(message);

// Each property runs 10,000 cases: seconds, not milliseconds, on a shared two-core machine.
describe('fuzzing every door into the game', { timeout: 120_000 }, () => {
  it('pack validation: 10,000 mutated packs and strings; no throw, every problem described', () => {
    const example = JSON.parse(readFileSync('docs/examples/exam-phones.json', 'utf8')) as Json;
    const input = fc.oneof(
      {
        weight: 8,
        arbitrary: fc
          .tuple(fc.array(mutation, { minLength: 1, maxLength: 4 }), textDamage)
          .map(([ms, damage]) => damage(JSON.stringify(mutate(example, ms)))),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
      { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    );
    fc.assert(
      fc.property(input, (text) => {
        const result = loadPackText(text, 'imported');
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(isReadable(describeProblem('pack.json', problem))).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('save loading: 10,000 mutated saves from storage and from files; no throw, every refusal has its reason', () => {
    const fixtures = ['v1-going-dark-turn3', 'v2-going-dark-draft', 'v3-going-dark-session'].map(
      (name) => JSON.parse(readFileSync(`tests/fixtures/saves/${name}.json`, 'utf8')) as Json,
    );
    const input = fc.tuple(
      fc.nat(fixtures.length - 1),
      fc.array(mutation, { minLength: 0, maxLength: 4 }),
      textDamage,
      fc.boolean(),
    );
    fc.assert(
      fc.property(input, ([which, ms, damage, asFile]) => {
        const tree = mutate(fixtures[which]!, ms);
        if (asFile) {
          const text = damage(
            JSON.stringify(
              typeof tree === 'object' && tree !== null && !Array.isArray(tree)
                ? { app: 'key-decisions-save', ...tree }
                : tree,
            ),
          );
          const store = createGameStore({ storage: () => undefined });
          const result = store.getState().importSave(text, 'save.json');
          if (!result.ok) {
            const reason =
              result.error.kind === 'unreadable' ? result.error.problem.reason : result.error.kind;
            expect(uiTexts).toContain(`"${reason}"`);
          }
          return;
        }
        const data = new Map([[STORAGE_KEY, damage(JSON.stringify(tree))]]);
        const store = createGameStore({
          storage: () => ({
            getItem: (k) => data.get(k) ?? null,
            setItem: (k, v) => void data.set(k, v),
            removeItem: (k) => void data.delete(k),
          }),
        });
        const problem = store.getState().loadProblem;
        if (problem) expect(uiTexts).toContain(`"${problem.reason}"`);
      }),
      { numRuns: RUNS },
    );
  });

  it('result links: 10,000 tampered, truncated and forged links; no throw, every refusal named', () => {
    const decisions: Decision[] = goingDarkDecisions();
    const valid = encodeResult(
      scenario.rules,
      { seed: 'fuzz', role: 'attorneyGeneral' },
      decisions,
    );
    const body = JSON.parse(
      atob(valid.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')),
    ) as Json;
    /** A forged link: any JSON body, with a checksum that matches, so the deeper checks are reached. */
    const forge = (tree: Json) => {
      const encoded = btoa(unescape(encodeURIComponent(JSON.stringify(tree))))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
      return `${RESULT_PREFIX}1.${encoded}.${seedFromText(encoded).toString(36)}`;
    };
    const input = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .array(mutation, { minLength: 1, maxLength: 3 })
          .map((ms) => forge(mutate(body, ms))),
      },
      { weight: 3, arbitrary: textDamage.map((damage) => damage(valid)) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 1 }))
          .map(
            ([at, c]) =>
              valid.slice(0, at % valid.length) + c + valid.slice((at % valid.length) + 1),
          ),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 300 }).map((s) => `${RESULT_PREFIX}${s}`) },
    );
    const known = [
      'notALink',
      'tooLong',
      'damaged',
      'newerVersion',
      'unknownScenario',
      'badRun',
      'notFinished',
    ];
    fc.assert(
      fc.property(input, (link) => {
        const parsed = parseResultLink(link);
        if (!parsed.ok) {
          expect(known).toContain(parsed.problem);
          return;
        }
        const resolved = resolveResultLink(parsed.value);
        if (!resolved.ok) expect(known).toContain(resolved.problem);
        else expect(resolved.value.state.ending).not.toBeNull();
      }),
      { numRuns: RUNS },
    );
    for (const problem of known) expect(uiTexts).toContain(`"${problem}"`);
  });
});
