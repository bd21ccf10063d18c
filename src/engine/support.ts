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

/** The same from approval values by stakeholder index, as a turn holds them (no lookups by id). */
export function supportIndexOf(rules: ScenarioRules, values: readonly number[]): number {
  const total = compile(rules).totalInfluence;
  if (total === 0) return 50;
  let weighted = 0;
  rules.stakeholders.forEach((group, index) => {
    weighted += group.influence * (values[index] ?? group.approval);
  });
  return Math.round(weighted / total);
}
