import { findScenario, type Scenario, type TurnContent } from '../content';
import { balanceIndex, previewOptions, type OptionPreview, type TurnReport } from '../engine';
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
  return s.game && scenario ? previewOptions(scenario.rules, s.game) : [];
};

export const selectLastReport = (s: RootState): TurnReport | undefined =>
  s.reports[s.reports.length - 1];

export const selectBalance = (s: RootState): number | undefined =>
  s.game ? balanceIndex(s.game.metrics) : undefined;

export const selectMetrics = (s: RootState) => s.game?.metrics;
