import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltIns } from '../../src/content';
import {
  advanceTurn,
  checkDecision,
  type AssumptionChoice,
  forecastTurn,
  METRIC_IDS,
  newGame,
  resolveTurn,
  type Decision,
  type GameState,
  type ScenarioRules,
  type TurnReport,
} from '../../src/engine';
import { MINI_RULES } from '../fixtures/miniRules';

const BUILT_INS = [...(await loadBuiltIns()).values()].flatMap((r) =>
  r.ok ? [r.pack.scenario] : [],
);
const RULE_SETS: readonly ScenarioRules[] = [MINI_RULES, ...BUILT_INS.map((s) => s.rules)];

interface Pick {
  readonly option: number;
  readonly levers: readonly { readonly lever: number; readonly level: number }[];
}

/** Turns a random pick into a legal decision: the levers it names if legal, else fewer. */
function legalDecision(rules: ScenarioRules, state: GameState, pick: Pick): Decision {
  const turn = rules.turns[state.turn]!;
  const role = rules.roles.find((r) => r.id === state.role);
  const leverIds = role?.levers ?? rules.levers.map((l) => l.id);
  const levers: Record<string, string> = {};
  for (const change of pick.levers) {
    const lever = rules.levers.find((l) => l.id === leverIds[change.lever % leverIds.length]);
    if (lever) levers[lever.id] = lever.levels[change.level % lever.levels.length]!;
  }
  const candidates: Decision[] = turn.options.flatMap((_, i) => {
    const option = turn.options[(pick.option + i) % turn.options.length]!;
    return [
      { turnId: turn.id, optionId: option.id, levers },
      { turnId: turn.id, optionId: option.id },
    ];
  });
  const legal = candidates.find((d) => checkDecision(rules, state, d).ok);
  if (!legal) throw new Error('no legal decision: content validation should prevent this');
  return legal;
}

function playPicks(
  rules: ScenarioRules,
  seed: string,
  role: string | undefined,
  picks: readonly Pick[],
  check: (before: GameState, after: GameState, report: TurnReport) => void,
): GameState {
  const game = newGame(rules, role ? { seed, role } : { seed });
  if (!game.ok) throw new Error(game.error.kind);
  let state = game.value;
  for (const pick of picks) {
    if (state.ending) break;
    const result = resolveTurn(rules, state, legalDecision(rules, state, pick));
    if (!result.ok) throw new Error(`legal decision rejected: ${result.error.kind}`);
    check(state, result.value.state, result.value.report);
    state = result.value.state;
  }
  return state;
}

const pickArb = fc.record({
  option: fc.nat(5),
  levers: fc.array(fc.record({ lever: fc.nat(30), level: fc.nat(3) }), { maxLength: 3 }),
});
const runArb = fc.constantFrom(...RULE_SETS).chain((rules) =>
  fc.record({
    rules: fc.constant(rules),
    role: fc.constantFrom(undefined, ...rules.roles.map((r) => r.id)),
    seed: fc.string({ maxLength: 12 }),
    picks: fc.array(pickArb, { minLength: 1, maxLength: 14 }),
  }),
);

describe('engine properties', () => {
  it('keeps every metric and approval within 0–100 and every ledger summing to its change', () => {
    fc.assert(
      fc.property(runArb, ({ rules, role, seed, picks }) => {
        playPicks(rules, seed, role, picks, (before, after, report) => {
          for (const metric of METRIC_IDS) {
            const value = after.metrics[metric];
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
            const change = report.changes.find((c) => c.metric === metric)!;
            expect(change.before).toBe(before.metrics[metric]);
            expect(change.after).toBe(value);
            expect(change.causes.reduce((s, c) => s + c.amount, 0)).toBe(value - change.before);
          }
          for (const change of report.approval) {
            expect(change.after).toBeGreaterThanOrEqual(0);
            expect(change.after).toBeLessThanOrEqual(100);
            expect(change.causes.reduce((s, c) => s + c.amount, 0)).toBe(
              change.after - change.before,
            );
          }
          expect(after.capital).toBeGreaterThanOrEqual(0);
          expect(after.capital).toBeLessThanOrEqual(rules.capital.max);
        });
      }),
      { numRuns: 250 },
    );
  });

  it('is deterministic: the same seed and decisions give byte-identical states', () => {
    fc.assert(
      fc.property(runArb, ({ rules, role, seed, picks }) => {
        const noop = () => undefined;
        const a = playPicks(rules, seed, role, picks, noop);
        const b = playPicks(rules, seed, role, picks, noop);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the turn without its ledger', () => {
  it('gives byte for byte the state resolveTurn gives, whatever the assumptions', () => {
    const settingArb = fc.constantFrom<AssumptionChoice[]>('optimistic', 'pessimistic', 'random');
    fc.assert(
      fc.property(runArb, fc.array(settingArb, { maxLength: 8 }), (run, settings) => {
        const { rules, role, seed, picks } = run;
        const assumptions = Object.fromEntries(
          rules.assumptions.map((a, i) => [a.id, settings[i] ?? 'random']),
        );
        const game = newGame(rules, { seed, assumptions, ...(role ? { role } : {}) });
        if (!game.ok) throw new Error(game.error.kind);
        let state = game.value;
        for (const pick of picks) {
          if (state.ending) break;
          const decision = legalDecision(rules, state, pick);
          const full = resolveTurn(rules, state, decision);
          const lean = advanceTurn(rules, state, decision);
          if (!full.ok || !lean.ok) throw new Error('legal decision rejected');
          expect(JSON.stringify(lean.value)).toBe(JSON.stringify(full.value.state));
          state = lean.value;
        }
        // An illegal decision is refused the same way by both.
        const wrong: Decision = { turnId: 'no-such-turn', optionId: 'x' };
        expect(advanceTurn(rules, state, wrong)).toEqual(resolveTurn(rules, state, wrong));
      }),
      { numRuns: 300 },
    );
  });
});

describe('forecast', () => {
  it('contains the realized outcome in at least 90 % of sampled cases', () => {
    const [scenario] = BUILT_INS;
    let inside = 0;
    let total = 0;
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.array(pickArb, { minLength: 1, maxLength: 7 }),
        (seed, picks) => {
          const rules = scenario!.rules;
          const game = newGame(rules, { seed });
          if (!game.ok) throw new Error(game.error.kind);
          let state = game.value;
          for (const pick of picks) {
            if (state.ending) break;
            const decision = legalDecision(rules, state, pick);
            const forecast = forecastTurn(rules, state, decision);
            const result = resolveTurn(rules, state, decision);
            if (!forecast.ok || !result.ok) throw new Error('legal decision rejected');
            for (const f of forecast.value) {
              const realized = result.value.state.metrics[f.metric];
              total += 1;
              if (realized >= f.low && realized <= f.high) inside += 1;
            }
            state = result.value.state;
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(total).toBeGreaterThan(500);
    expect(inside / total).toBeGreaterThanOrEqual(0.9);
  });
});
