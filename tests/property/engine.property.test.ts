import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/content';
import {
  METRIC_IDS,
  newGame,
  resolveTurn,
  type GameState,
  type ScenarioRules,
  type TurnReport,
} from '../../src/engine';
import { MINI_RULES } from '../fixtures/miniRules';

const RULE_SETS: readonly ScenarioRules[] = [MINI_RULES, ...BUILT_IN_SCENARIOS.map((s) => s.rules)];

/** Plays a run where each pick is an index into the options the player can afford. */
function playPicks(
  rules: ScenarioRules,
  seed: string,
  picks: readonly number[],
  check: (before: GameState, after: GameState, report: TurnReport) => void,
) {
  let state = newGame(rules, seed);
  for (const pick of picks) {
    const turn = rules.turns[state.turn];
    if (!turn || state.ending) break;
    const affordable = turn.options.filter((o) => o.cost <= state.capital);
    const option = affordable[pick % affordable.length];
    if (!option) throw new Error('no affordable option: content validation should prevent this');
    const result = resolveTurn(rules, state, { turnId: turn.id, optionId: option.id });
    if (!result.ok) throw new Error(`valid decision rejected: ${result.error.kind}`);
    check(state, result.value.state, result.value.report);
    state = result.value.state;
  }
  return state;
}

const runArb = fc.record({
  rules: fc.constantFrom(...RULE_SETS),
  seed: fc.string({ maxLength: 12 }),
  picks: fc.array(fc.nat(5), { minLength: 1, maxLength: 14 }),
});

describe('engine properties', () => {
  it('keeps every metric within 0–100 and the ledger summing to each change', () => {
    fc.assert(
      fc.property(runArb, ({ rules, seed, picks }) => {
        playPicks(rules, seed, picks, (before, after, report) => {
          for (const metric of METRIC_IDS) {
            const value = after.metrics[metric];
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
            const change = report.changes.find((c) => c.metric === metric);
            expect(change?.before).toBe(before.metrics[metric]);
            expect(change?.after).toBe(value);
            const sum = change?.causes.reduce((s, c) => s + c.amount, 0);
            expect(sum).toBe(value - before.metrics[metric]);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same seed and picks give byte-identical states', () => {
    fc.assert(
      fc.property(runArb, ({ rules, seed, picks }) => {
        const noop = () => undefined;
        expect(JSON.stringify(playPicks(rules, seed, picks, noop))).toBe(
          JSON.stringify(playPicks(rules, seed, picks, noop)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('never lets capital go below zero or above the maximum', () => {
    fc.assert(
      fc.property(runArb, ({ rules, seed, picks }) => {
        playPicks(rules, seed, picks, (_before, after) => {
          expect(after.capital).toBeGreaterThanOrEqual(0);
          expect(after.capital).toBeLessThanOrEqual(rules.capital.max);
        });
      }),
      { numRuns: 200 },
    );
  });
});
