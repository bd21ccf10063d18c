import type { Scenario } from '../../src/content';
import { balanceIndex, METRIC_IDS, scoreRun, type ScenarioRules } from '../../src/engine';
import { playToEnd } from './play';
import { makeStrategy } from './scenarios';

export const STRATEGIES = ['random', 'role', ...METRIC_IDS.map((m) => `greedy:${m}`)];
/** The share of a role's runs, by role score, that counts as "the best runs". */
const TOP_SHARE = 0.1;
const DOMINANT_SHARE = 0.9;
/** A good ending: the term completed with at least this share of the role's objectives met. */
const GOOD_ROLE_SCORE = 75;

/** One played run, compact enough to send between threads: policies and options as bit masks. */
export interface RunSummary {
  readonly strategy: number;
  readonly ending: string;
  readonly endingKind: string;
  readonly roleScore: number;
  readonly balance: number;
  readonly leverMask: number;
  readonly optionMask: number;
}

export interface Unit {
  /** A built-in id or a pack file: what the worker loads. */
  readonly source: string;
  readonly scenario: string;
  readonly role: string;
  readonly strategy: number;
}

/**
 * A unit's runs column by column, as a worker process sends them: typed arrays are copied whole
 * between processes, where a list of objects is serialized and parsed one field at a time (that
 * cost the main process several seconds of a full report).
 */
export interface PackedRuns {
  readonly strategy: number;
  /** Each ending reached, once; `ending` holds indexes into it. */
  readonly endings: readonly { readonly id: string; readonly kind: string }[];
  readonly ending: Uint8Array;
  readonly roleScore: Float64Array;
  readonly balance: Float64Array;
  readonly leverMask: Int32Array;
  readonly optionMask: Float64Array;
}

export function packRuns(strategy: number, summaries: readonly RunSummary[]): PackedRuns {
  const endings: { id: string; kind: string }[] = [];
  const endingIndex = new Map<string, number>();
  const packed = {
    strategy,
    endings,
    ending: new Uint8Array(summaries.length),
    roleScore: new Float64Array(summaries.length),
    balance: new Float64Array(summaries.length),
    leverMask: new Int32Array(summaries.length),
    optionMask: new Float64Array(summaries.length),
  };
  summaries.forEach((s, i) => {
    let index = endingIndex.get(s.ending);
    if (index === undefined) {
      index = endings.length;
      if (index > 255) throw new Error('more than 256 different endings in one unit');
      endings.push({ id: s.ending, kind: s.endingKind });
      endingIndex.set(s.ending, index);
    }
    packed.ending[i] = index;
    packed.roleScore[i] = s.roleScore;
    packed.balance[i] = s.balance;
    packed.leverMask[i] = s.leverMask;
    packed.optionMask[i] = s.optionMask;
  });
  return packed;
}

export function unpackRuns(packed: PackedRuns): RunSummary[] {
  return Array.from(packed.roleScore, (roleScore, i) => {
    const ending = packed.endings[packed.ending[i]!]!;
    return {
      strategy: packed.strategy,
      ending: ending.id,
      endingKind: ending.kind,
      roleScore,
      balance: packed.balance[i]!,
      leverMask: packed.leverMask[i]!,
      optionMask: packed.optionMask[i]!,
    };
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Plays every run of one (scenario, role, strategy) unit. */
export function playUnit(rules: ScenarioRules, unit: Unit, runsPerUnit: number): RunSummary[] {
  const spec = STRATEGIES[unit.strategy]!;
  const leverBit = new Map(rules.levers.map((l, i) => [l.id, 1 << i]));
  const optionBit = new Map(rules.turns.flatMap((t) => t.options).map((o, i) => [o.id, 2 ** i]));
  const summaries: RunSummary[] = [];
  for (let i = 0; i < runsPerUnit; i += 1) {
    const seed = `${spec}-${i}`;
    const state = playToEnd(rules, { seed, role: unit.role }, makeStrategy(spec, seed));
    let leverMask = 0;
    let optionMask = 0;
    for (const decision of state.decisions) {
      for (const lever in decision.levers) leverMask |= leverBit.get(lever) ?? 0;
      optionMask += optionBit.get(decision.optionId) ?? 0;
    }
    for (const lever of rules.levers) {
      if (state.levers[lever.id] !== lever.levels[0]) leverMask |= leverBit.get(lever.id) ?? 0;
    }
    summaries.push({
      strategy: unit.strategy,
      ending: state.ending?.id ?? 'none',
      endingKind: state.ending?.kind ?? 'none',
      roleScore: scoreRun(rules, state).roleScore,
      balance: balanceIndex(state.metrics),
      leverMask,
      optionMask,
    });
  }
  return summaries;
}

export function analyseScenario(
  scenario: Scenario,
  results: ReadonlyMap<string, RunSummary[]>,
  runs: number,
) {
  const { rules } = scenario;
  const roles: Record<string, unknown> = {};
  const problems: string[] = [];
  const topLeverShare = new Map<string, number[]>();
  const topOptionShare = new Map<string, number[]>();
  const options = rules.turns.flatMap((t) => t.options);
  const reached = new Set<string>();
  for (const role of rules.roles) {
    const summaries = results.get(`${scenario.id}/${role.id}`) ?? [];
    const endings: Record<string, number> = {};
    for (const s of summaries) {
      endings[s.ending] = (endings[s.ending] ?? 0) + 1;
      reached.add(s.ending);
    }
    const sorted = [...summaries].sort(
      (a, b) => b.roleScore - a.roleScore || b.balance - a.balance,
    );
    const top = sorted.slice(0, Math.max(1, Math.floor(sorted.length * TOP_SHARE)));
    rules.levers.forEach((lever, i) => {
      const list = topLeverShare.get(lever.id) ?? [];
      list.push(top.filter((s) => (s.leverMask & (1 << i)) !== 0).length / top.length);
      topLeverShare.set(lever.id, list);
    });
    options.forEach((option, i) => {
      const list = topOptionShare.get(option.id) ?? [];
      list.push(top.filter((s) => Math.floor(s.optionMask / 2 ** i) % 2 === 1).length / top.length);
      topOptionShare.set(option.id, list);
    });
    const good = summaries.filter(
      (s) => s.endingKind === 'term' && s.roleScore >= GOOD_ROLE_SCORE,
    ).length;
    if (good === 0) problems.push(`role ${role.id} never reaches a good ending`);
    const scores = summaries.map((s) => s.roleScore).sort((a, b) => a - b);
    const balances = summaries.map((s) => s.balance).sort((a, b) => a - b);
    const byStrategy: Record<string, number> = {};
    STRATEGIES.forEach((spec, index) => {
      const own = summaries.filter((s) => s.strategy === index);
      byStrategy[spec] = own.length
        ? Math.round(own.reduce((sum, s) => sum + s.roleScore, 0) / own.length)
        : 0;
    });
    roles[role.id] = {
      runs: summaries.length,
      endings: Object.fromEntries(
        Object.entries(endings).map(([k, v]) => [
          k,
          Number(((100 * v) / summaries.length).toFixed(1)),
        ]),
      ),
      goodEndingShare: Number(((100 * good) / summaries.length).toFixed(1)),
      roleScore: {
        p10: percentile(scores, 0.1),
        median: percentile(scores, 0.5),
        p90: percentile(scores, 0.9),
      },
      balanceIndex: {
        p10: percentile(balances, 0.1),
        median: percentile(balances, 0.5),
        p90: percentile(balances, 0.9),
      },
      meanRoleScoreByStrategy: byStrategy,
    };
  }
  const every = (shares: number[], test: (x: number) => boolean) =>
    shares.length > 0 && shares.every(test);
  const dominantLevers = [...topLeverShare]
    .filter(([, s]) => every(s, (x) => x > DOMINANT_SHARE))
    .map(([id]) => id);
  const deadLevers = [...topLeverShare]
    .filter(([, s]) => every(s, (x) => x === 0))
    .map(([id]) => id);
  const dominantOptions = [...topOptionShare]
    .filter(([, s]) => every(s, (x) => x > DOMINANT_SHARE))
    .map(([id]) => id);
  if (dominantLevers.length)
    problems.push(
      `dominant levers (in > 90 % of every role's best runs): ${dominantLevers.join(', ')}`,
    );
  if (dominantOptions.length)
    problems.push(
      `dominant options (in > 90 % of every role's best runs): ${dominantOptions.join(', ')}`,
    );
  if (deadLevers.length)
    problems.push(`dead levers (in none of any role's best runs): ${deadLevers.join(', ')}`);
  return {
    scenario: scenario.id,
    runsPerStrategy: runs,
    strategies: STRATEGIES,
    roles,
    dominantLevers,
    dominantOptions,
    deadLevers,
    /** Not a failure (a catastrophe may be rare by design), but worth a look. */
    unreachableEndings: rules.endings.filter((e) => !reached.has(e.id)).map((e) => e.id),
    problems,
  };
}
