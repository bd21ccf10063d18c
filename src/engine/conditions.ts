import { balanceIndex, collapsedMetrics } from './balance';
import { levelIndexOf } from './compiled';
import { scoreRun } from './scoring';
import { supportIndex } from './support';
import type { Condition, GameState, ScenarioRules } from './types';

export function leverLevelIndex(rules: ScenarioRules, leverId: string, level: string): number {
  return levelIndexOf(rules, leverId, level);
}

const within = (value: number, below?: number, above?: number) =>
  (below === undefined || value < below) && (above === undefined || value > above);

export function conditionHolds(
  rules: ScenarioRules,
  state: GameState,
  condition: Condition,
): boolean {
  switch (condition.kind) {
    case 'lever':
    case 'leverBelow': {
      const current = state.levers[condition.lever];
      if (current === undefined) return false;
      const threshold = condition.kind === 'lever' ? condition.atLeast : condition.level;
      const wanted = leverLevelIndex(rules, condition.lever, threshold);
      const now = leverLevelIndex(rules, condition.lever, current);
      if (wanted < 0) return false;
      return condition.kind === 'lever' ? now >= wanted : now < wanted;
    }
    case 'metric':
      return within(state.metrics[condition.metric], condition.below, condition.above);
    case 'chose':
      return state.decisions.some((d) => d.optionId === condition.option);
    case 'balance': {
      const index = balanceIndex(state.metrics);
      return (
        (condition.atLeast === undefined || index >= condition.atLeast) &&
        within(index, condition.below)
      );
    }
    case 'collapse':
      return collapsedMetrics(state.metrics, rules.collapseMargin).length > 0;
    case 'eventFired':
      return state.firedEvents.includes(condition.event);
    case 'stakeholder':
      return within(state.approval[condition.stakeholder] ?? 0, condition.below, condition.above);
    case 'support': {
      const support = supportIndex(rules, state.approval);
      return (
        (condition.atLeast === undefined || support >= condition.atLeast) &&
        within(support, condition.below)
      );
    }
    case 'assumption':
      return state.assumptions[condition.assumption] === condition.is;
    case 'role':
      return state.role === condition.role;
    case 'objectives':
      return scoreRun(rules, state).roleScore >= condition.atLeast;
  }
}

export function allHold(
  rules: ScenarioRules,
  state: GameState,
  conditions: readonly Condition[],
): boolean {
  for (const condition of conditions) if (!conditionHolds(rules, state, condition)) return false;
  return true;
}
