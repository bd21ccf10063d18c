import { balanceIndex, collapsedMetrics } from './balance';
import type { Condition, GameState, ScenarioRules } from './types';

function leverLevelIndex(rules: ScenarioRules, leverId: string, level: string): number {
  const lever = rules.levers.find((l) => l.id === leverId);
  return lever ? lever.levels.indexOf(level) : -1;
}

export function conditionHolds(
  rules: ScenarioRules,
  state: GameState,
  condition: Condition,
): boolean {
  switch (condition.kind) {
    case 'lever': {
      const current = state.levers[condition.lever];
      if (current === undefined) return false;
      const wanted = leverLevelIndex(rules, condition.lever, condition.atLeast);
      return wanted >= 0 && leverLevelIndex(rules, condition.lever, current) >= wanted;
    }
    case 'metric': {
      const value = state.metrics[condition.metric];
      const belowOk = condition.below === undefined || value < condition.below;
      const aboveOk = condition.above === undefined || value > condition.above;
      return belowOk && aboveOk;
    }
    case 'chose':
      return state.decisions.some((d) => d.optionId === condition.option);
    case 'balance': {
      const index = balanceIndex(state.metrics);
      const atLeastOk = condition.atLeast === undefined || index >= condition.atLeast;
      const belowOk = condition.below === undefined || index < condition.below;
      return atLeastOk && belowOk;
    }
    case 'collapse':
      return collapsedMetrics(state.metrics, rules.collapseMargin).length > 0;
    case 'eventFired':
      return state.firedEvents.includes(condition.event);
  }
}

export function allHold(
  rules: ScenarioRules,
  state: GameState,
  conditions: readonly Condition[],
): boolean {
  return conditions.every((c) => conditionHolds(rules, state, c));
}
