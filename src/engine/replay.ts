import { newGame } from './newGame';
import { resolveTurn } from './resolveTurn';
import { err, ok, type Result } from './result';
import type {
  Decision,
  GameSetup,
  GameState,
  ScenarioRules,
  SetupError,
  TurnError,
  TurnReport,
} from './types';

export interface Replay {
  readonly state: GameState;
  readonly reports: readonly TurnReport[];
}

export type ReplayError =
  | { readonly kind: 'setup'; readonly error: SetupError }
  | { readonly kind: 'turn'; readonly at: number; readonly error: TurnError };

/**
 * Rebuilds a game from its setup and decisions. Saves and share links store only these, so a
 * tampered file cannot claim a state the rules never produce.
 */
export function replay(
  rules: ScenarioRules,
  setup: GameSetup,
  decisions: readonly Decision[],
): Result<Replay, ReplayError> {
  const start = newGame(rules, setup);
  if (!start.ok) return err({ kind: 'setup', error: start.error });
  let state = start.value;
  const reports: TurnReport[] = [];
  for (const [at, decision] of decisions.entries()) {
    const outcome = resolveTurn(rules, state, decision);
    if (!outcome.ok) return err({ kind: 'turn', at, error: outcome.error });
    state = outcome.value.state;
    reports.push(outcome.value.report);
  }
  return ok({ state, reports });
}
