import { checkDecision, checkPolicyPlan } from './decisionCheck';
import { leverLevelIndex } from './compiled';
import {
  METRIC_IDS,
  type GameState,
  type MetricId,
  type ScenarioRules,
  type TurnError,
} from './types';

export interface OptionPreview {
  readonly optionId: string;
  readonly cost: number;
  /** Why the option cannot be taken with the policy changes planned, if it cannot. */
  readonly blocked: TurnError | null;
  /**
   * Which metrics the option touches, not in which direction: like Reigns, the player sees what is at
   * stake without being handed the answer (the forecast gives the direction on request).
   */
  readonly touches: readonly MetricId[];
  readonly setsLevers: Readonly<Record<string, string>>;
}

export interface LeverLevelPreview {
  readonly level: string;
  readonly current: boolean;
  /** Capital this change costs on its own. */
  readonly cost: number;
  readonly blocked: TurnError | null;
}

export interface LeverPreview {
  readonly leverId: string;
  readonly level: string;
  readonly levels: readonly LeverLevelPreview[];
}

/** What the screen needs to show about the current turn's options, without reaching into rules. */
export function previewOptions(
  rules: ScenarioRules,
  state: GameState,
  plannedLevers: Readonly<Record<string, string>> = {},
): OptionPreview[] {
  const turn = rules.turns[state.turn];
  if (turn === undefined || state.ending !== null) return [];
  return turn.options.map((option) => {
    const touched = new Set<MetricId>(option.effects.map((e) => e.metric));
    for (const [leverId, level] of Object.entries(option.setLevers ?? {})) {
      const lever = rules.levers.find((l) => l.id === leverId);
      for (const effect of lever?.ongoing[level] ?? []) touched.add(effect.metric);
    }
    const check = checkDecision(rules, state, {
      turnId: turn.id,
      optionId: option.id,
      levers: plannedLevers,
    });
    return {
      optionId: option.id,
      cost: option.cost,
      blocked: check.ok ? null : check.error,
      touches: METRIC_IDS.filter((id) => touched.has(id)),
      setsLevers: option.setLevers ?? {},
    };
  });
}

/**
 * The levers the player's role may change this turn, with what each level would cost and why a
 * level is impossible. Without a chosen option, only the planned policy changes are checked.
 */
export function previewLevers(
  rules: ScenarioRules,
  state: GameState,
  optionId: string | null,
  planned: Readonly<Record<string, string>>,
): LeverPreview[] {
  const turn = rules.turns[state.turn];
  const check = (levers: Record<string, string>) =>
    optionId === null || turn === undefined
      ? checkPolicyPlan(rules, state, levers)
      : checkDecision(rules, state, { turnId: turn.id, optionId, levers });
  const role = rules.roles.find((r) => r.id === state.role);
  const available = rules.levers.filter((l) => !role || role.levers.includes(l.id));
  return available.map((lever) => {
    const from = leverLevelIndex(rules, state, lever.id);
    const level = lever.levels[from] ?? '';
    return {
      leverId: lever.id,
      level,
      levels: lever.levels.map((candidate) => {
        const levers: Record<string, string> = { ...planned, [lever.id]: candidate };
        if (candidate === level) delete levers[lever.id];
        const result = check(levers);
        const blocked = result.ok || result.error.kind === 'notEnoughCapital' ? null : result.error;
        return {
          level: candidate,
          current: candidate === level,
          cost: Math.abs(lever.levels.indexOf(candidate) - from) * lever.costPerStep,
          blocked: candidate === level ? null : blocked,
        };
      }),
    };
  });
}
