import { compile } from './compiled';
import { goodness } from './balance';
import { supportIndex } from './support';
import { METRIC_IDS, type GameState, type Objective, type ScenarioRules } from './types';

export interface ObjectiveResult {
  readonly objective: Objective;
  readonly met: boolean;
  /** The value the objective was judged on. */
  readonly value: number;
}

export interface RunScore {
  readonly objectives: readonly ObjectiveResult[];
  /** Share of the role's objectives met, 0–100. */
  readonly roleScore: number;
  /** The metrics' goodness weighted by the player's own values, 0–100. */
  readonly valuesScore: number;
}

export function judgeObjective(
  rules: ScenarioRules,
  state: GameState,
  objective: Objective,
): ObjectiveResult {
  switch (objective.kind) {
    case 'metric': {
      const value = state.metrics[objective.metric];
      const met =
        (objective.atLeast === undefined || value >= objective.atLeast) &&
        (objective.atMost === undefined || value <= objective.atMost);
      return { objective, met, value };
    }
    case 'stakeholder': {
      const group = compile(rules).stakeholderIndex.get(objective.stakeholder);
      const value = group === undefined ? 0 : (state.approval[group] ?? 0);
      return { objective, met: value >= objective.atLeast, value };
    }
    case 'support': {
      const value = supportIndex(rules, state.approval);
      return { objective, met: value >= objective.atLeast, value };
    }
  }
}

/** How a run did against the role's objectives and against the player's stated values. */
export function scoreRun(rules: ScenarioRules, state: GameState): RunScore {
  const role = rules.roles.find((r) => r.id === state.role);
  const objectives = (role?.objectives ?? []).map((o) => judgeObjective(rules, state, o));
  const roleScore =
    objectives.length === 0
      ? 0
      : Math.round((100 * objectives.filter((o) => o.met).length) / objectives.length);
  let weighted = 0;
  let weights = 0;
  for (const metric of METRIC_IDS) {
    const weight = state.values[metric];
    weighted += weight * goodness(metric, state.metrics[metric]);
    weights += weight;
  }
  const valuesScore = weights === 0 ? 0 : Math.round(weighted / weights);
  return { objectives, roleScore, valuesScore };
}
