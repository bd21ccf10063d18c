import { seedFromText } from './prng';
import type { GameState, ScenarioRules } from './types';

/** The state before the first turn. The seed is text so a class can share it ("period-3"). */
export function newGame(rules: ScenarioRules, seed: string): GameState {
  const levers: Record<string, string> = {};
  for (const lever of rules.levers) {
    const off = lever.levels[0];
    if (off !== undefined) levers[lever.id] = off;
  }
  return {
    format: 1,
    scenarioId: rules.id,
    seed,
    turn: 0,
    metrics: { ...rules.initialMetrics },
    capital: rules.capital.start,
    levers,
    pending: [],
    firedEvents: [],
    decisions: [],
    rng: seedFromText(`${rules.id}:${seed}`),
    history: [{ ...rules.initialMetrics }],
    ending: null,
  };
}
