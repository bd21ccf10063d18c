import { compile } from './compiled';
import type { GameState, ScenarioRules } from './types';

/** Influence-weighted approval of all stakeholder groups, 0–100: how much room the player has. */
export function supportIndex(rules: ScenarioRules, approval: GameState['approval']): number {
  const total = compile(rules).totalInfluence;
  if (total === 0) return 50;
  let weighted = 0;
  const groups = rules.stakeholders;
  for (let index = 0; index < groups.length; index += 1)
    weighted += groups[index]!.influence * (approval[index] ?? groups[index]!.approval);
  return Math.round(weighted / total);
}

/** Each group's approval by id, for display. */
export function approvalById(rules: ScenarioRules, state: GameState): Record<string, number> {
  const byId: Record<string, number> = {};
  rules.stakeholders.forEach((group, index) => {
    byId[group.id] = state.approval[index] ?? group.approval;
  });
  return byId;
}
