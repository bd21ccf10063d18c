import type { StateCreator } from 'zustand/vanilla';
import { findScenario } from '../content';
import {
  err,
  newGame,
  ok,
  resolveTurn,
  type Decision,
  type GameState,
  type Result,
  type TurnError,
  type TurnReport,
} from '../engine';
import type { RootState, StoreMutators } from './rootState';
import type { Screen } from './screens';
import { randomSeed } from './seed';

/** Why the saved game could not be restored; the UI turns it into a message. */
export interface LoadProblem {
  readonly reason: 'badJson' | 'badShape' | 'futureVersion' | 'unknownScenario' | 'replayFailed';
}

export interface GameSlice {
  readonly screen: Screen;
  readonly scenarioId: string | null;
  readonly seed: string;
  /** The only record of play that is saved: the state is always rebuilt from it by the engine. */
  readonly decisions: readonly Decision[];
  /** Derived from scenario, seed and decisions; never persisted. */
  readonly game: GameState | null;
  readonly reports: readonly TurnReport[];
  readonly lastError: TurnError | null;
  readonly loadProblem: LoadProblem | null;

  startScenario(scenarioId: string, seed?: string): Result<GameState, 'unknownScenario'>;
  beginTurns(): void;
  decide(optionId: string): Result<TurnReport, TurnError>;
  continueFromConsequences(): void;
  restart(options: { sameSeed: boolean }): void;
  goToTitle(): void;
  resume(): void;
  dismissLoadProblem(): void;
}

export const INITIAL_GAME: Pick<
  GameSlice,
  'screen' | 'scenarioId' | 'seed' | 'decisions' | 'game' | 'reports' | 'lastError' | 'loadProblem'
> = {
  screen: 'title',
  scenarioId: null,
  seed: '',
  decisions: [],
  game: null,
  reports: [],
  lastError: null,
  loadProblem: null,
};

export const createGameSlice: StateCreator<RootState, StoreMutators, [], GameSlice> = (
  set,
  get,
) => ({
  ...INITIAL_GAME,

  startScenario(scenarioId, seed = randomSeed()) {
    const scenario = findScenario(scenarioId);
    if (!scenario) return err('unknownScenario');
    const game = newGame(scenario.rules, seed);
    set({
      screen: 'briefing',
      scenarioId,
      seed,
      decisions: [],
      game,
      reports: [],
      lastError: null,
    });
    return ok(game);
  },

  beginTurns() {
    if (get().game) set({ screen: 'turn' });
  },

  decide(optionId) {
    const { game, scenarioId, decisions, reports } = get();
    const scenario = scenarioId ? findScenario(scenarioId) : undefined;
    const turn = scenario && game ? scenario.rules.turns[game.turn] : undefined;
    if (!scenario || !game || !turn) {
      set({ lastError: { kind: 'gameOver' } });
      return err({ kind: 'gameOver' });
    }
    const decision: Decision = { turnId: turn.id, optionId };
    const outcome = resolveTurn(scenario.rules, game, decision);
    if (!outcome.ok) {
      set({ lastError: outcome.error });
      return outcome;
    }
    set({
      game: outcome.value.state,
      decisions: [...decisions, decision],
      reports: [...reports, outcome.value.report],
      screen: 'consequences',
      lastError: null,
    });
    return ok(outcome.value.report);
  },

  continueFromConsequences() {
    const { game } = get();
    if (game) set({ screen: game.ending ? 'ending' : 'turn' });
  },

  restart({ sameSeed }) {
    const { scenarioId, seed } = get();
    if (scenarioId) get().startScenario(scenarioId, sameSeed ? seed : randomSeed());
  },

  goToTitle() {
    set({ screen: 'title' });
  },

  resume() {
    const { game, reports } = get();
    if (!game) return;
    if (game.ending) set({ screen: 'ending' });
    else set({ screen: game.turn === 0 && reports.length === 0 ? 'briefing' : 'turn' });
  },

  dismissLoadProblem() {
    set({ loadProblem: null });
  },
});
