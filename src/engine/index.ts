export * from './types';
export * from './result';
export { balanceIndex, collapsedMetrics, goodness, isImprovement } from './balance';
export { newGame, MAX_VALUE_WEIGHT } from './newGame';
export {
  checkDecision,
  checkPolicyPlan,
  type CheckedDecision,
  type CheckedTurn,
} from './decisionCheck';
export { advanceTurn, resolveTurn, type TurnOutcome } from './resolveTurn';
export { replay, type Replay, type ReplayError } from './replay';
export { forecastTurn, FORECAST_SAMPLES, type MetricForecast } from './forecast';
export { counterfactual, type Counterfactual, type TurnComparison } from './counterfactual';
export {
  previewLevers,
  previewOptions,
  type LeverLevelPreview,
  type LeverPreview,
  type OptionPreview,
} from './preview';
export { scoreRun, judgeObjective, type ObjectiveResult, type RunScore } from './scoring';
export { approvalById, supportIndex } from './support';
export { leverLevel, leverLevelIndex } from './compiled';
export { nextFloat, seedFromText } from './prng';
