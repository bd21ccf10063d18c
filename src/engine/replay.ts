import { newGame } from './newGame';
import { resolveTurn } from './resolveTurn';
import { err, ok, type Result } from './result';
import type { Decision, GameState, ScenarioRules, TurnError, TurnReport } from './types';

export interface Replay {
  readonly state: GameState;
  readonly reports: readonly TurnReport[];
}

export interface ReplayError {
  /** Index of the first decision that could not be played. */
  readonly at: number;
  readonly error: TurnError;
}

/**
 * Rebuilds a game from its seed and decisions. Saves and share links store only these, so a
 * tampered file cannot claim a state the rules never produce.
 */
export function replay(
  rules: ScenarioRules,
  seed: string,
  decisions: readonly Decision[],
): Result<Replay, ReplayError> {
  let state = newGame(rules, seed);
  const reports: TurnReport[] = [];
  for (const [at, decision] of decisions.entries()) {
    const outcome = resolveTurn(rules, state, decision);
    if (!outcome.ok) return err({ at, error: outcome.error });
    state = outcome.value.state;
    reports.push(outcome.value.report);
  }
  return ok({ state, reports });
}
