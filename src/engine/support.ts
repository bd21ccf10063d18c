import { compile } from './compiled';
import type { GameState, ScenarioRules } from './types';

/** Influence-weighted approval of all stakeholder groups, 0–100: how much room the player has. */
export function supportIndex(rules: ScenarioRules, approval: GameState['approval']): number {
  const total = compile(rules).totalInfluence;
  if (total === 0) return 50;
  let weighted = 0;
  for (const group of rules.stakeholders)
    weighted += group.influence * (approval[group.id] ?? group.approval);
  return Math.round(weighted / total);
}
