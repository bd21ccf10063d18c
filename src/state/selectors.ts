import { findScenario, type Scenario, type TurnContent } from '../content';
import {
  balanceIndex,
  checkDecision,
  checkPolicyPlan,
  counterfactual,
  forecastTurn,
  ok,
  previewLevers,
  previewOptions,
  scoreRun,
  supportIndex,
  type Counterfactual,
  type Decision,
  approvalById,
  leverLevelIndex,
  type LeverPreview,
  type MetricForecast,
  type OptionPreview,
  type ReplayError,
  type Result,
  type RunScore,
  type TurnError,
  type TurnReport,
} from '../engine';
import { encodeResult } from './resultLink';
import type { RootState } from './rootState';

/** Small adapters the UI and scenes read through, so they never reach into engine internals. */
export const selectScenario = (s: RootState): Scenario | undefined =>
  s.scenarioId ? findScenario(s.scenarioId) : undefined;

export const selectCurrentTurn = (s: RootState): TurnContent | undefined => {
  const scenario = selectScenario(s);
  return s.game && scenario ? scenario.turns[s.game.turn] : undefined;
};

export const selectOptionPreviews = (s: RootState): OptionPreview[] => {
  const scenario = selectScenario(s);
  return s.game && scenario ? previewOptions(scenario.rules, s.game, s.draft.levers) : [];
};

export const selectLastReport = (s: RootState): TurnReport | undefined =>
  s.reports[s.reports.length - 1];

export const selectBalance = (s: RootState): number | undefined =>
  s.game ? balanceIndex(s.game.metrics) : undefined;

export const selectMetrics = (s: RootState) => s.game?.metrics;

/** The decision the turn screen is preparing, if an option is picked. */
export const selectDraftDecision = (s: RootState): Decision | undefined => {
  const scenario = selectScenario(s);
  const turn = scenario && s.game ? scenario.rules.turns[s.game.turn] : undefined;
  if (!turn || s.draft.optionId === null) return undefined;
  const levers = s.draft.levers;
  return Object.keys(levers).length > 0
    ? { turnId: turn.id, optionId: s.draft.optionId, levers }
    : { turnId: turn.id, optionId: s.draft.optionId };
};

export const selectDraftCost = (s: RootState): Result<number, TurnError> | undefined => {
  const scenario = selectScenario(s);
  const decision = selectDraftDecision(s);
  if (!scenario || !s.game || !decision) return undefined;
  const checked = checkDecision(scenario.rules, s.game, decision);
  return checked.ok ? ok(checked.value.cost) : checked;
};

/** Capital the planned policy changes cost, as the engine will charge it. */
export const selectPlannedLeverCost = (s: RootState): number => {
  const scenario = selectScenario(s);
  if (!scenario || !s.game) return 0;
  const decision = selectDraftDecision(s);
  if (decision) {
    const checked = checkDecision(scenario.rules, s.game, decision);
    if (checked.ok) return checked.value.cost - checked.value.option.cost;
  }
  const plan = checkPolicyPlan(scenario.rules, s.game, s.draft.levers);
  if (plan.ok) return plan.value.cost;
  // An impossible plan still shows what its steps would cost.
  let cost = 0;
  for (const [leverId, level] of Object.entries(s.draft.levers)) {
    const lever = scenario.rules.levers.find((l) => l.id === leverId);
    if (!lever) continue;
    const from = leverLevelIndex(scenario.rules, s.game, leverId);
    cost += Math.abs(lever.levels.indexOf(level) - from) * lever.costPerStep;
  }
  return cost;
};

export const selectForecast = (s: RootState): Result<MetricForecast[], TurnError> | undefined => {
  const scenario = selectScenario(s);
  const decision = selectDraftDecision(s);
  return scenario && s.game && decision
    ? forecastTurn(scenario.rules, s.game, decision)
    : undefined;
};

export const selectLeverPreviews = (s: RootState): LeverPreview[] => {
  const scenario = selectScenario(s);
  if (!scenario || !s.game) return [];
  return previewLevers(scenario.rules, s.game, s.draft.optionId, s.draft.levers);
};

export const selectSupport = (s: RootState): number | undefined => {
  const scenario = selectScenario(s);
  return scenario && s.game ? supportIndex(scenario.rules, s.game.approval) : undefined;
};

/** Each group's approval by id (empty before a game): the game keeps them by index. */
export const selectApprovalById = (s: RootState): Readonly<Record<string, number>> => {
  const scenario = selectScenario(s);
  return scenario && s.game ? approvalById(scenario.rules, s.game) : {};
};

export const selectRunScore = (s: RootState): RunScore | undefined => {
  const scenario = selectScenario(s);
  return scenario && s.game ? scoreRun(scenario.rules, s.game) : undefined;
};

/** The finished run replayed with one decision changed (same setup and seed), for the debrief. */
export const selectCounterfactual = (
  s: RootState,
  at: number,
  optionId: string,
): Result<Counterfactual, ReplayError> | undefined => {
  const scenario = selectScenario(s);
  const turn = scenario?.rules.turns[at];
  if (!scenario || !turn) return undefined;
  return counterfactual(scenario.rules, s.setup, s.decisions, at, { turnId: turn.id, optionId });
};

/** The result link of a finished game (the fragment part), for sharing. */
export const selectResultLink = (s: RootState): string | undefined => {
  const scenario = selectScenario(s);
  return scenario && s.game?.ending
    ? encodeResult(scenario.rules, s.setup, s.decisions)
    : undefined;
};
