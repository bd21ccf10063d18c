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

export interface Unit {
  /** A built-in id or a pack file: what the worker loads. */
  readonly source: string;
  readonly scenario: string;
  readonly role: string;
  readonly strategy: number;
}

/**
 * A unit's runs column by column, in seed order: typed arrays are copied whole between processes
 * (a list of objects is serialized and parsed one field at a time), and the analysis reads them
 * without making an object per run. Policies and options chosen are bit masks.
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

const percentile = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Plays every run of one (scenario, role, strategy) unit. */
export function playUnit(rules: ScenarioRules, unit: Unit, runsPerUnit: number): PackedRuns {
  const spec = STRATEGIES[unit.strategy]!;
  const leverBit = new Map(rules.levers.map((l, i) => [l.id, 1 << i]));
  const optionBit = new Map(rules.turns.flatMap((t) => t.options).map((o, i) => [o.id, 2 ** i]));
  const endings: { id: string; kind: string }[] = [];
  const endingIndex = new Map<string, number>();
  const packed = {
    strategy: unit.strategy,
    endings,
    ending: new Uint8Array(runsPerUnit),
    roleScore: new Float64Array(runsPerUnit),
    balance: new Float64Array(runsPerUnit),
    leverMask: new Int32Array(runsPerUnit),
    optionMask: new Float64Array(runsPerUnit),
  };
  for (let i = 0; i < runsPerUnit; i += 1) {
    const seed = `${spec}-${i}`;
    const state = playToEnd(rules, { seed, role: unit.role }, makeStrategy(spec, seed));
    let leverMask = 0;
    let optionMask = 0;
    for (const decision of state.decisions) {
      for (const lever in decision.levers) leverMask |= leverBit.get(lever) ?? 0;
      optionMask += optionBit.get(decision.optionId) ?? 0;
    }
    state.levers.forEach((level, i) => {
      if (level !== 0) leverMask |= 1 << i;
    });
    const endingId = state.ending?.id ?? 'none';
    let index = endingIndex.get(endingId);
    if (index === undefined) {
      index = endings.length;
      if (index > 255) throw new Error('more than 256 different endings in one unit');
      endings.push({ id: endingId, kind: state.ending?.kind ?? 'none' });
      endingIndex.set(endingId, index);
    }
    packed.ending[i] = index;
    packed.roleScore[i] = scoreRun(rules, state).roleScore;
    packed.balance[i] = balanceIndex(state.metrics);
    packed.leverMask[i] = leverMask;
    packed.optionMask[i] = optionMask;
  }
  return packed;
}

/** One role's runs of every strategy as single columns, in strategy order, then seed order. */
function joinRuns(units: readonly PackedRuns[]) {
  const total = units.reduce((sum, unit) => sum + unit.roleScore.length, 0);
  const roleScore = new Float64Array(total);
  const balance = new Float64Array(total);
  const leverMask = new Int32Array(total);
  const optionMask = new Float64Array(total);
  const endingCounts = new Map<string, number>();
  let good = 0;
  let at = 0;
  for (const unit of units) {
    roleScore.set(unit.roleScore, at);
    balance.set(unit.balance, at);
    leverMask.set(unit.leverMask, at);
    optionMask.set(unit.optionMask, at);
    at += unit.roleScore.length;
    unit.ending.forEach((index, i) => {
      const ending = unit.endings[index]!;
      endingCounts.set(ending.id, (endingCounts.get(ending.id) ?? 0) + 1);
      if (ending.kind === 'term' && unit.roleScore[i]! >= GOOD_ROLE_SCORE) good += 1;
    });
  }
  return { total, roleScore, balance, leverMask, optionMask, endingCounts, good };
}

/**
 * The report of one scenario from its runs, keyed "scenario/role", each role's units in strategy
 * order.
 */
export function analyseScenario(
  scenario: Scenario,
  results: ReadonlyMap<string, readonly PackedRuns[]>,
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
    const units = results.get(`${scenario.id}/${role.id}`) ?? [];
    const all = joinRuns(units);
    const { total } = all;
    for (const ending of all.endingCounts.keys()) reached.add(ending);
    // Best first by role score, then balance; ties keep strategy and seed order.
    const order = Uint32Array.from({ length: total }, (_, i) => i).sort(
      (a, b) => all.roleScore[b]! - all.roleScore[a]! || all.balance[b]! - all.balance[a]! || a - b,
    );
    const top = order.subarray(0, Math.max(1, Math.floor(total * TOP_SHARE)));
    const topCount = total === 0 ? 0 : top.length;
    const leverHits = new Array<number>(rules.levers.length).fill(0);
    const optionHits = new Array<number>(options.length).fill(0);
    for (const run of total === 0 ? [] : top) {
      const levers = all.leverMask[run]!;
      for (let i = 0; i < leverHits.length; i += 1)
        if ((levers & (1 << i)) !== 0) leverHits[i]! += 1;
      const chosen = all.optionMask[run]!;
      for (let i = 0; i < optionHits.length; i += 1)
        if (Math.floor(chosen / 2 ** i) % 2 === 1) optionHits[i]! += 1;
    }
    rules.levers.forEach((lever, i) => {
      const list = topLeverShare.get(lever.id) ?? [];
      list.push(leverHits[i]! / topCount);
      topLeverShare.set(lever.id, list);
    });
    options.forEach((option, i) => {
      const list = topOptionShare.get(option.id) ?? [];
      list.push(optionHits[i]! / topCount);
      topOptionShare.set(option.id, list);
    });
    if (all.good === 0) problems.push(`role ${role.id} never reaches a good ending`);
    const scores = Float64Array.from(all.roleScore).sort();
    const balances = Float64Array.from(all.balance).sort();
    const byStrategy: Record<string, number> = {};
    STRATEGIES.forEach((spec, index) => {
      const own = units.find((unit) => unit.strategy === index)?.roleScore;
      byStrategy[spec] = own?.length
        ? Math.round(own.reduce((sum, score) => sum + score, 0) / own.length)
        : 0;
    });
    roles[role.id] = {
      runs: total,
      endings: Object.fromEntries(
        [...all.endingCounts].map(([k, v]) => [k, Number(((100 * v) / total).toFixed(1))]),
      ),
      goodEndingShare: Number(((100 * all.good) / total).toFixed(1)),
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
