import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/content';
import { METRIC_IDS } from '../../../src/engine';
import { analyseScenario, type PackedRuns } from '../../../scripts/lib/balanceCore';
import { MINI_RULES } from '../../fixtures/miniRules';

const SCENARIO = { id: 'mini', rules: MINI_RULES } as unknown as Scenario;
const STEADY = { id: 'steady', kind: 'term' };
const COLLAPSE = { id: 'collapse', kind: 'collapse' };

/** One unit's runs, column by column, as a worker sends them. */
function unit(
  strategy: number,
  runs: { score: number; ending: 0 | 1; levers?: number; options?: number }[],
): PackedRuns {
  return {
    strategy,
    endings: [STEADY, COLLAPSE],
    ending: Uint8Array.from(runs, (r) => r.ending),
    roleScore: Float64Array.from(runs, (r) => r.score),
    balance: Float64Array.from(runs, () => 50),
    leverMask: Int32Array.from(runs, (r) => r.levers ?? 0),
    optionMask: Float64Array.from(runs, (r) => r.options ?? 0),
  };
}

/**
 * Per role: random play scores 0, 10 … 90 and always ends steadily; role play has two perfect runs
 * (the role's best 10 %, with the given policies and options) and eight of 20 that collapse.
 */
function runsOfRole(levers: number, options: number): PackedRuns[] {
  const random = Array.from({ length: 10 }, (_, i) => ({ score: i * 10, ending: 0 as const }));
  const role = Array.from({ length: 10 }, (_, i) =>
    i < 2
      ? { score: 100, ending: 0 as const, levers, options }
      : { score: 20, ending: 1 as const, levers: 0b100 },
  );
  return [unit(0, random), unit(1, role)];
}

describe('the balance analysis', () => {
  // Levers: mandate (bit 0), shield (1), hack (2). Options: a, b, huge, c, d, e (bits 0–5).
  const results = new Map([
    ['mini/chief', runsOfRole(0b011, 1 + 8 + 32)],
    ['mini/clerk', runsOfRole(0b001, 2 + 16 + 32)],
  ]);
  const report = analyseScenario(SCENARIO, results, 10);

  it('reads each role’s endings, scores and good endings from the runs', () => {
    expect(report.roles.chief).toEqual({
      runs: 20,
      endings: { steady: 60, collapse: 40 },
      // Random play's 80 and 90, and role play's two perfect runs.
      goodEndingShare: 20,
      roleScore: { p10: 20, median: 20, p90: 100 },
      balanceIndex: { p10: 50, median: 50, p90: 50 },
      meanRoleScoreByStrategy: {
        random: 45,
        role: 36,
        ...Object.fromEntries(METRIC_IDS.map((m) => [`greedy:${m}`, 0])),
      },
    });
  });

  it('finds the levers and options in every role’s best runs, and the levers in none', () => {
    expect(report.dominantLevers).toEqual(['mandate']);
    expect(report.dominantOptions).toEqual(['e']);
    // hack is in runs, but never in a role's best ones; shield is in the chief's best only.
    expect(report.deadLevers).toEqual(['hack']);
    expect(report.problems).toEqual([
      "dominant levers (in > 90 % of every role's best runs): mandate",
      "dominant options (in > 90 % of every role's best runs): e",
      "dead levers (in none of any role's best runs): hack",
    ]);
  });

  it('reports a role that never reaches a good ending', () => {
    const poor = new Map([
      ...results,
      [
        'mini/clerk',
        [
          unit(0, [
            { score: 100, ending: 1 },
            { score: 50, ending: 0 },
          ]),
        ],
      ],
    ]);
    expect(analyseScenario(SCENARIO, poor, 2).problems).toContain(
      'role clerk never reaches a good ending',
    );
  });
});
