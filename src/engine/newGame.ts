import { nextFloat, seedFromText } from './prng';
import { err, ok, type Result } from './result';
import {
  ASSUMPTION_SETTINGS,
  METRIC_IDS,
  type AssumptionSetting,
  type GameSetup,
  type GameState,
  type MetricId,
  type ScenarioRules,
  type SetupError,
} from './types';

export const MAX_VALUE_WEIGHT = 3;

/**
 * The state before the first turn. The seed is text so a class can share it ("period-3"); random
 * assumptions are drawn from it here, so the same setup always gives the same world.
 */
export function newGame(rules: ScenarioRules, setup: GameSetup): Result<GameState, SetupError> {
  const role = setup.role ?? rules.roles[0]?.id ?? 'player';
  if (rules.roles.length > 0 && !rules.roles.some((r) => r.id === role)) {
    return err({ kind: 'unknownRole', role });
  }
  for (const [id, choice] of Object.entries(setup.assumptions ?? {})) {
    if (!rules.assumptions.some((a) => a.id === id))
      return err({ kind: 'unknownAssumption', assumption: id });
    // A save or link is untrusted: a setting outside these three would silently break the odds.
    if (choice !== 'random' && !(ASSUMPTION_SETTINGS as readonly string[]).includes(choice)) {
      return err({ kind: 'badAssumption', assumption: id });
    }
  }
  const values = {} as Record<MetricId, number>;
  for (const metric of METRIC_IDS) {
    const weight = setup.values?.[metric] ?? 1;
    if (!Number.isInteger(weight) || weight < 0 || weight > MAX_VALUE_WEIGHT) {
      return err({ kind: 'badValue', metric });
    }
    values[metric] = weight;
  }
  for (const key of Object.keys(setup.values ?? {})) {
    if (!(METRIC_IDS as readonly string[]).includes(key))
      return err({ kind: 'badValue', metric: key });
  }

  let rng = seedFromText(`${rules.id}:${setup.seed}`);
  const assumptions: Record<string, AssumptionSetting> = {};
  for (const assumption of rules.assumptions) {
    const choice = setup.assumptions?.[assumption.id] ?? 'random';
    if (choice === 'random') {
      const draw = nextFloat(rng);
      rng = draw.rng;
      assumptions[assumption.id] = draw.value < 0.5 ? 'optimistic' : 'pessimistic';
    } else {
      assumptions[assumption.id] = choice;
    }
  }

  const bonus = rules.roles.find((r) => r.id === role)?.capitalBonus ?? 0;

  return ok({
    format: 3,
    scenarioId: rules.id,
    seed: setup.seed,
    role,
    values,
    assumptions,
    turn: 0,
    metrics: { ...rules.initialMetrics },
    capital: Math.min(rules.capital.max, rules.capital.start + bonus),
    levers: new Array<number>(rules.levers.length).fill(0),
    leverStrength: new Array<number>(rules.levers.length).fill(-1),
    fading: [],
    approval: rules.stakeholders.map((group) => group.approval),
    pending: [],
    firedEvents: [],
    decisions: [],
    rng,
    history: [{ ...rules.initialMetrics }],
    ending: null,
  });
}
