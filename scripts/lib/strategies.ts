/**
 * Decision strategies for the command-line tools: how a simulated player chooses each turn. All are
 * deterministic given their own seeded generator, so every report can be reproduced.
 */
import {
  checkDecision,
  leverLevelIndex,
  METRIC_DIRECTION,
  METRIC_IDS,
  nextFloat,
  seedFromText,
  type CheckedTurn,
  type Decision,
  type Effect,
  type GameState,
  type MetricId,
  type OptionDefinition,
  type ScenarioRules,
} from '../../src/engine';

/**
 * A strategy's choice: a decision, or a decision it has already checked against the state (the
 * turn is then played without checking it again).
 */
export type Choice = Decision | CheckedTurn;
export type Strategy = (rules: ScenarioRules, state: GameState) => Choice;

/** The decision of a choice. */
export const decisionOf = (choice: Choice): Decision =>
  'decision' in choice ? choice.decision : choice;

/** A small generator for strategies, separate from the game's own. */
export function strategyRandom(seed: string): () => number {
  let rng = seedFromText(`strategy:${seed}`);
  return () => {
    const draw = nextFloat(rng);
    rng = draw.rng;
    return draw.value;
  };
}

function roleLevers(rules: ScenarioRules, state: GameState) {
  const role = rules.roles.find((r) => r.id === state.role);
  return rules.levers.filter((l) => !role || role.levers.includes(l.id));
}

/** Random legal play: a random option, and now and then a random policy change. */
export function randomStrategy(
  random: () => number,
): (rules: ScenarioRules, state: GameState) => Decision {
  return (rules, state) => {
    const turn = rules.turns[state.turn]!;
    const levers = roleLevers(rules, state);
    const options = [...turn.options].sort(() => random() - 0.5);
    for (const option of options) {
      const decision: Decision = { turnId: turn.id, optionId: option.id };
      if (random() < 0.4 && levers.length > 0) {
        const lever = levers[Math.floor(random() * levers.length)]!;
        const level = lever.levels[Math.floor(random() * lever.levels.length)]!;
        const withLever: Decision = { ...decision, levers: { [lever.id]: level } };
        if (checkDecision(rules, state, withLever).ok) return withLever;
      }
      if (checkDecision(rules, state, decision).ok) return decision;
    }
    throw new Error(`no legal decision on turn ${turn.id}`);
  };
}

/** Weights on raw metric values: what a greedy player is trying to push up (negative: down). */
export type MetricWeights = Readonly<Partial<Record<MetricId, number>>>;

const metricWeightCache = new Map<MetricId, MetricWeights>();

/** One weights object per metric, so the tables made from it are made once (see leverPromises). */
export function metricWeights(metric: MetricId): MetricWeights {
  let weights = metricWeightCache.get(metric);
  if (!weights) {
    weights = { [metric]: METRIC_DIRECTION[metric] };
    metricWeightCache.set(metric, weights);
  }
  return weights;
}

export const valuesWeights = (weights: Partial<Record<MetricId, number>>): MetricWeights =>
  Object.fromEntries(METRIC_IDS.map((m) => [m, (weights[m] ?? 0) * METRIC_DIRECTION[m]]));

const roleWeightCache = new WeakMap<ScenarioRules, Map<string, MetricWeights>>();

/** A role's objectives read as weights: raise what must be at least, lower what must be at most. */
export function roleWeights(rules: ScenarioRules, roleId: string): MetricWeights {
  const cached = roleWeightCache.get(rules)?.get(roleId);
  if (cached) return cached;
  const weights: Partial<Record<MetricId, number>> = {};
  for (const objective of rules.roles.find((r) => r.id === roleId)?.objectives ?? []) {
    if (objective.kind === 'metric') {
      weights[objective.metric] =
        (weights[objective.metric] ?? 0) + (objective.atMost !== undefined ? -1 : 1);
    } else {
      // Support and approval follow public trust most closely.
      weights.trust = (weights.trust ?? 0) + 0.5;
    }
  }
  const byRole = roleWeightCache.get(rules) ?? new Map<string, MetricWeights>();
  byRole.set(roleId, weights);
  roleWeightCache.set(rules, byRole);
  return weights;
}

interface LeverPromises {
  readonly byLevel: ReadonlyMap<string, number>;
  /** The same promises by level index, as a game's state holds levels. */
  readonly byIndex: readonly number[];
  readonly best: { readonly level: string; readonly index: number; readonly promise: number };
  /** The plan that moves the lever to its best level, made once and shared by the decisions. */
  readonly bestPlan: Readonly<Record<string, string>>;
}

/** Per rules and weights: each lever's promise per level and its best level, computed once. */
const leverPromiseCache = new WeakMap<
  ScenarioRules,
  WeakMap<MetricWeights, ReadonlyMap<string, LeverPromises>>
>();

function leverPromises(
  rules: ScenarioRules,
  weights: MetricWeights,
): ReadonlyMap<string, LeverPromises> {
  const byWeights = leverPromiseCache.get(rules) ?? new WeakMap();
  leverPromiseCache.set(rules, byWeights);
  const cached = byWeights.get(weights);
  if (cached) return cached;
  const table = new Map<string, LeverPromises>();
  for (const lever of rules.levers) {
    const byIndex = lever.levels.map((level) => promise(lever.ongoing[level] ?? [], weights));
    const byLevel = new Map(lever.levels.map((level, i) => [level, byIndex[i]!]));
    let best = { level: lever.levels[0] ?? '', index: 0, promise: byIndex[0] ?? 0 };
    lever.levels.forEach((level, index) => {
      if (byIndex[index]! > best.promise) best = { level, index, promise: byIndex[index]! };
    });
    table.set(lever.id, { byLevel, byIndex, best, bestPlan: { [lever.id]: best.level } });
  }
  byWeights.set(weights, table);
  return table;
}

/** Each option's own promise (its listed effects) under one set of weights. */
const optionPromiseCache = new WeakMap<MetricWeights, WeakMap<OptionDefinition, number>>();

interface RoleLever {
  /** The lever's index in the rules. */
  readonly index: number;
  readonly entry: LeverPromises;
}

/** Per table of promises and role: the role's levers with their promises, in the rules' order. */
const roleLeverCache = new WeakMap<ReadonlyMap<string, LeverPromises>, Map<string, RoleLever[]>>();

function roleLeverPromises(
  rules: ScenarioRules,
  state: GameState,
  promises: ReadonlyMap<string, LeverPromises>,
): readonly RoleLever[] {
  const byRole = roleLeverCache.get(promises) ?? new Map<string, RoleLever[]>();
  roleLeverCache.set(promises, byRole);
  let list = byRole.get(state.role);
  if (!list) {
    const allowed = new Set(roleLevers(rules, state));
    list = rules.levers.flatMap((lever, index) => {
      const entry = promises.get(lever.id);
      return entry && allowed.has(lever) ? [{ index, entry }] : [];
    });
    byRole.set(state.role, list);
  }
  return list;
}

/** Expected immediate value of a list of effects under the weights (ranges at their middle). */
function promise(effects: readonly Effect[], weights: MetricWeights): number {
  let total = 0;
  for (const effect of effects) {
    const amount =
      typeof effect.amount === 'number' ? effect.amount : (effect.amount[0] + effect.amount[1]) / 2;
    total += (weights[effect.metric] ?? 0) * amount;
  }
  return total;
}

/**
 * Greedy play on the model's stated effects: each turn, the option and single policy change whose
 * listed effects promise most for the weights, among the legal ones. Myopic on purpose — it tests
 * whether following the obvious numbers is enough — and cheap: one resolution a turn.
 */
export function greedyStrategy(
  weightsFor: (rules: ScenarioRules, state: GameState) => MetricWeights,
): Strategy {
  // The tables of the last rules, role and weights seen: a strategy plays one game at a time.
  let last: { rules: ScenarioRules; role: string; weights: MetricWeights } | undefined;
  let promises: ReadonlyMap<string, LeverPromises> = new Map();
  let levers: readonly RoleLever[] = [];
  let optionPromises = new WeakMap<OptionDefinition, number>();
  const leverPromise = (leverId: string, level: string | undefined) =>
    promises.get(leverId)?.byLevel.get(level ?? '') ?? 0;
  const currentPromise = (rules: ScenarioRules, state: GameState, leverId: string) =>
    promises.get(leverId)?.byIndex[leverLevelIndex(rules, state, leverId)] ?? 0;
  return (rules, state) => {
    const weights = weightsFor(rules, state);
    if (last?.rules !== rules || last.role !== state.role || last.weights !== weights) {
      last = { rules, role: state.role, weights };
      promises = leverPromises(rules, weights);
      levers = roleLeverPromises(rules, state, promises);
      optionPromises = optionPromiseCache.get(weights) ?? new WeakMap();
      optionPromiseCache.set(weights, optionPromises);
    }
    const turn = rules.turns[state.turn]!;
    // Each lever's best move is to its most promising level; only improvements are candidates.
    const changes: { plan: Readonly<Record<string, string>>; gain: number }[] = [];
    for (const { index, entry } of levers) {
      const current = state.levers[index] ?? 0;
      if (entry.best.index === current) continue;
      const gain = entry.best.promise - (entry.byIndex[current] ?? 0);
      if (gain > 0) changes.push({ plan: entry.bestPlan, gain });
    }
    changes.sort((x, y) => y.gain - x.gain);
    // The most promising legal option first, then the best policy change that still fits.
    let best: { checked: CheckedTurn; score: number } | undefined;
    for (const option of turn.options) {
      let score = optionPromises.get(option);
      if (score === undefined) {
        score = promise(option.effects, weights);
        optionPromises.set(option, score);
      }
      for (const leverId in option.setLevers) {
        const level = option.setLevers[leverId];
        score += leverPromise(leverId, level) - currentPromise(rules, state, leverId);
      }
      if (best && !(score > best.score)) continue;
      const plain = checkDecision(rules, state, { turnId: turn.id, optionId: option.id });
      if (plain.ok) best = { checked: plain.value, score };
    }
    if (!best) throw new Error(`no legal decision on turn ${turn.id}`);
    const { turnId, optionId } = best.checked.decision;
    for (let i = 0; i < changes.length && i < 6; i += 1) {
      const candidate = checkDecision(rules, state, { turnId, optionId, levers: changes[i]!.plan });
      if (candidate.ok) return candidate.value;
    }
    return best.checked;
  };
}

/** Plays a fixed list of decisions (from a file), turn by turn. */
export function scriptStrategy(decisions: readonly Decision[]): Strategy {
  return (_rules, state) => {
    const decision = decisions[state.turn];
    if (!decision) throw new Error(`the script has no decision for turn ${state.turn + 1}`);
    return decision;
  };
}

/** Parses "security=3,liberties=2" into weights; unknown metrics are an error. */
export function parseWeights(text: string): Partial<Record<MetricId, number>> {
  const weights: Partial<Record<MetricId, number>> = {};
  for (const part of text.split(',').filter(Boolean)) {
    const [name, value] = part.split('=');
    if (!name || !(METRIC_IDS as readonly string[]).includes(name))
      throw new Error(`unknown metric "${name}" in "${text}"`);
    const weight = Number(value ?? '1');
    if (!Number.isFinite(weight)) throw new Error(`weight for ${name} is not a number`);
    weights[name as MetricId] = weight;
  }
  return weights;
}
