import {
  advanceTurn,
  newGame,
  resolveTurn,
  type GameSetup,
  type GameState,
  type ScenarioRules,
  type TurnReport,
} from '../../src/engine';
import { decisionOf, type Strategy } from './strategies';

export interface Run {
  readonly state: GameState;
  readonly reports: readonly TurnReport[];
}

/** Plays a whole game with a strategy; a strategy that returns an illegal decision is a bug. */
export function playRun(rules: ScenarioRules, setup: GameSetup, strategy: Strategy): Run {
  let state = startGame(rules, setup);
  const reports: TurnReport[] = [];
  while (state.ending === null && state.turn < rules.turns.length) {
    const outcome = resolveTurn(rules, state, decisionOf(strategy(rules, state)));
    if (!outcome.ok) throw new Error(`turn ${state.turn + 1}: ${JSON.stringify(outcome.error)}`);
    state = outcome.value.state;
    reports.push(outcome.value.report);
  }
  return { state, reports };
}

/** The same game to its end without reports (the same final state): what balance runs need. */
export function playToEnd(rules: ScenarioRules, setup: GameSetup, strategy: Strategy): GameState {
  let state = startGame(rules, setup);
  while (state.ending === null && state.turn < rules.turns.length) {
    const choice = strategy(rules, state);
    const outcome =
      'decision' in choice
        ? advanceTurn(rules, state, choice.decision, choice)
        : advanceTurn(rules, state, choice);
    if (!outcome.ok) throw new Error(`turn ${state.turn + 1}: ${JSON.stringify(outcome.error)}`);
    state = outcome.value;
  }
  return state;
}

function startGame(rules: ScenarioRules, setup: GameSetup): GameState {
  const game = newGame(rules, setup);
  if (!game.ok) {
    const error = game.error;
    const detail =
      error.kind === 'unknownRole'
        ? `unknown role "${error.role}" (roles: ${rules.roles.map((r) => r.id).join(', ')})`
        : error.kind === 'unknownAssumption'
          ? `unknown assumption "${error.assumption}"`
          : error.kind === 'badAssumption'
            ? `"${error.assumption}" must be optimistic, pessimistic or random`
            : `bad value weight for "${error.metric}" (0–3)`;
    throw new Error(`Setup rejected: ${detail}`);
  }
  return game.value;
}
