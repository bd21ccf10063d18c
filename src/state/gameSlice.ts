import type { StateCreator } from 'zustand/vanilla';
import { findScenario } from '../content';
import {
  err,
  newGame,
  ok,
  resolveTurn,
  type AssumptionChoice,
  type Decision,
  type GameSetup,
  type GameState,
  type MetricId,
  type Result,
  type SetupError,
  type TurnError,
  type TurnReport,
  leverLevel,
} from '../engine';
import type { RootState, StoreMutators } from './rootState';
import type { Screen } from './screens';
import { randomSeed } from './seed';

/** Why the saved game could not be restored; the UI turns it into a message. */
export interface LoadProblem {
  readonly reason:
    | 'badJson'
    | 'badShape'
    | 'futureVersion'
    | 'unknownScenario'
    | 'replayFailed'
    | 'storageUnavailable'
    | 'storageFull';
  /** Where in the save it went wrong (a path, or a line and column), when that is known. */
  readonly where?: string;
  /** The save as it was read, kept in memory so it can be downloaded even where storage fails. */
  readonly raw?: string;
}

/** The decision being prepared on the turn screen; saved, so a reload loses nothing. */
export interface Draft {
  readonly optionId: string | null;
  readonly levers: Readonly<Record<string, string>>;
}

export const EMPTY_DRAFT: Draft = { optionId: null, levers: {} };

export interface PendingSetup {
  readonly scenarioId: string;
  readonly setup: GameSetup;
}

export type StartError = { readonly kind: 'unknownScenario' } | SetupError;

export interface GameSlice {
  readonly screen: Screen;
  readonly scenarioId: string | null;
  readonly setup: GameSetup;
  /** The only record of play that is saved: the state is always rebuilt from it by the engine. */
  readonly decisions: readonly Decision[];
  readonly draft: Draft;
  /**
   * The setup screen's choices for a game not started yet. Kept apart from `setup`, so opening
   * the setup never touches the saved game until the player presses Start.
   */
  readonly pendingSetup: PendingSetup | null;
  /** Derived from scenario, setup and decisions; never persisted. */
  readonly game: GameState | null;
  readonly reports: readonly TurnReport[];
  readonly lastError: TurnError | StartError | null;
  readonly loadProblem: LoadProblem | null;

  /** Opens the role, values and assumptions setup for a scenario, with fresh defaults. */
  chooseScenario(scenarioId: string): void;
  setRole(role: string): void;
  setValue(metric: MetricId, weight: number): void;
  setAssumption(assumption: string, choice: AssumptionChoice): void;
  /** Starts the chosen scenario with the setup as it stands (or the one given). */
  startScenario(scenarioId?: string, setup?: Partial<GameSetup>): Result<GameState, StartError>;
  beginTurns(): void;
  chooseOption(optionId: string | null): void;
  planLever(leverId: string, level: string | null): void;
  /** Resolves the turn with the draft (or the given option) and the planned policy changes. */
  decide(optionId?: string): Result<TurnReport, TurnError>;
  continueFromConsequences(): void;
  restart(options: { sameSeed: boolean }): void;
  goToTitle(): void;
  /** Ends the game in progress (its scenario was removed) and returns to the title. */
  abandonGame(): void;
  resume(): void;
  dismissLoadProblem(): void;
}

export const DEFAULT_SETUP: GameSetup = { seed: '' };

export const INITIAL_GAME: Pick<
  GameSlice,
  | 'screen'
  | 'scenarioId'
  | 'setup'
  | 'decisions'
  | 'draft'
  | 'pendingSetup'
  | 'game'
  | 'reports'
  | 'lastError'
  | 'loadProblem'
> = {
  screen: 'title',
  scenarioId: null,
  setup: DEFAULT_SETUP,
  decisions: [],
  draft: EMPTY_DRAFT,
  pendingSetup: null,
  game: null,
  reports: [],
  lastError: null,
  loadProblem: null,
};

/** Changes the setup being prepared, if the setup screen is open; otherwise nothing. */
function updatePending(
  set: (partial: (s: RootState) => Partial<RootState>) => void,
  change: (setup: GameSetup) => GameSetup,
): void {
  set((s) =>
    s.pendingSetup
      ? { pendingSetup: { ...s.pendingSetup, setup: change(s.pendingSetup.setup) } }
      : {},
  );
}

export const createGameSlice: StateCreator<RootState, StoreMutators, [], GameSlice> = (
  set,
  get,
) => ({
  ...INITIAL_GAME,

  chooseScenario(scenarioId) {
    const scenario = findScenario(scenarioId);
    if (!scenario) return;
    set({
      screen: 'setup',
      pendingSetup: {
        scenarioId,
        setup: { seed: randomSeed(), role: scenario.rules.roles[0]?.id ?? '' },
      },
      lastError: null,
    });
  },

  setRole(role) {
    updatePending(set, (setup) => ({ ...setup, role }));
  },

  setValue(metric, weight) {
    updatePending(set, (setup) => ({ ...setup, values: { ...setup.values, [metric]: weight } }));
  },

  setAssumption(assumption, choice) {
    updatePending(set, (setup) => ({
      ...setup,
      assumptions: { ...setup.assumptions, [assumption]: choice },
    }));
  },

  startScenario(scenarioId = get().pendingSetup?.scenarioId ?? get().scenarioId ?? '', setup = {}) {
    const scenario = findScenario(scenarioId);
    if (!scenario) {
      set({ lastError: { kind: 'unknownScenario' } });
      return err({ kind: 'unknownScenario' });
    }
    const pending = get().pendingSetup;
    const current =
      pending?.scenarioId === scenarioId
        ? pending.setup
        : get().scenarioId === scenarioId
          ? get().setup
          : DEFAULT_SETUP;
    const merged: GameSetup = {
      ...current,
      ...setup,
      seed: setup.seed ?? (current.seed || randomSeed()),
    };
    const game = newGame(scenario.rules, merged);
    if (!game.ok) {
      set({ lastError: game.error });
      return game;
    }
    set({
      screen: 'briefing',
      scenarioId,
      setup: merged,
      decisions: [],
      draft: EMPTY_DRAFT,
      pendingSetup: null,
      game: game.value,
      reports: [],
      lastError: null,
    });
    return ok(game.value);
  },

  beginTurns() {
    if (get().game) set({ screen: 'turn' });
  },

  chooseOption(optionId) {
    set((s) => ({ draft: { ...s.draft, optionId } }));
  },

  planLever(leverId, level) {
    set((s) => {
      const levers = { ...s.draft.levers };
      const scenario = s.scenarioId ? findScenario(s.scenarioId) : undefined;
      const current = s.game && scenario ? leverLevel(scenario.rules, s.game, leverId) : undefined;
      if (level === null || current === level) delete levers[leverId];
      else levers[leverId] = level;
      return { draft: { ...s.draft, levers } };
    });
  },

  decide(optionId) {
    const { game, scenarioId, decisions, reports, draft } = get();
    const scenario = scenarioId ? findScenario(scenarioId) : undefined;
    const turn = scenario && game ? scenario.rules.turns[game.turn] : undefined;
    const chosen = optionId ?? draft.optionId;
    if (!scenario || !game || !turn) {
      set({ lastError: { kind: 'gameOver' } });
      return err({ kind: 'gameOver' });
    }
    if (chosen === null) {
      const error: TurnError = { kind: 'unknownOption', optionId: '' };
      set({ lastError: error });
      return err(error);
    }
    const decision: Decision =
      Object.keys(draft.levers).length > 0
        ? { turnId: turn.id, optionId: chosen, levers: draft.levers }
        : { turnId: turn.id, optionId: chosen };
    const outcome = resolveTurn(scenario.rules, game, decision);
    if (!outcome.ok) {
      set({ lastError: outcome.error });
      return outcome;
    }
    set({
      game: outcome.value.state,
      decisions: [...decisions, decision],
      reports: [...reports, outcome.value.report],
      draft: EMPTY_DRAFT,
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
    const { scenarioId, setup } = get();
    if (scenarioId)
      get().startScenario(scenarioId, { ...setup, seed: sameSeed ? setup.seed : randomSeed() });
  },

  goToTitle() {
    set({ screen: 'title', pendingSetup: null });
  },

  abandonGame() {
    set({ ...INITIAL_GAME, loadProblem: get().loadProblem });
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
