import type { PersistStorage, StorageValue, StateStorage } from 'zustand/middleware';
import { findScenario } from '../content';
import { replay, type Decision, type GameSetup } from '../engine';
import { EMPTY_DRAFT, type Draft, type LoadProblem, type PendingSetup } from './gameSlice';
import type { RootState } from './rootState';
import { isScreen, type Screen } from './screens';
import { isSession, isSessionSetup } from './session/checkSession';
import type { Session, SessionSetup } from './session/model';
import { replayWorlds } from './session/runs';
import {
  CONTRASTS,
  DEFAULT_SETTINGS,
  MOTION_PREFERENCES,
  TEXT_SIZES,
  type Settings,
} from './settingsSlice';

export const STORAGE_KEY = 'key-decisions';
/** Where an unreadable save is copied before a new game overwrites the main key. */
export const UNREADABLE_KEY = 'key-decisions:unreadable';
/**
 * Save format history (each version keeps a fixture in tests/fixtures/saves/):
 * 1 — scenario, seed, decisions, screen.
 * 2 — a setup (seed, role, values, assumptions) replaces the seed; the turn's draft is kept.
 * 3 — the facilitator's session (its setup draft and the session in progress) is saved too.
 */
export const SAVE_VERSION = 3;

/** What is written to storage: the setup and decisions, never the derived state. */
export interface SavedState {
  readonly game: {
    readonly scenarioId: string | null;
    readonly setup: GameSetup;
    readonly decisions: readonly Decision[];
    readonly screen: Screen;
    readonly draft: Draft;
    /** Present while the setup screen is open (absent in older version 2 saves). */
    readonly pendingSetup?: PendingSetup | null;
  };
  /** Text size and contrast arrived later in version 2: older saves lack them (defaults apply). */
  readonly settings: Pick<Settings, 'motion'> & Partial<Settings>;
  readonly session: {
    readonly draft: SessionSetup | null;
    readonly current: Session | null;
  };
}

const NO_SESSION: SavedState['session'] = { draft: null, current: null };

export function partialize(state: RootState): SavedState {
  return {
    game: {
      scenarioId: state.scenarioId,
      setup: state.setup,
      decisions: state.decisions,
      screen: state.screen,
      draft: state.draft,
      pendingSetup: state.pendingSetup,
    },
    settings: state.settings,
    session: { draft: state.sessionDraft, current: state.session },
  };
}

/** Brings a checked save of any earlier version up to the current one. */
export function migrateSave(saved: unknown, version: number): SavedState {
  if (version === 1) {
    const v1 = saved as {
      game: { scenarioId: string | null; seed: string; decisions: Decision[]; screen: Screen };
      settings: SavedState['settings'];
    };
    return {
      game: {
        scenarioId: v1.game.scenarioId,
        setup: { seed: v1.game.seed },
        decisions: v1.game.decisions,
        screen: v1.game.screen,
        draft: EMPTY_DRAFT,
      },
      settings: v1.settings,
      session: NO_SESSION,
    };
  }
  if (version === 2) return { ...(saved as Omit<SavedState, 'session'>), session: NO_SESSION };
  return saved as SavedState;
}

/** Storage that never throws: quota errors and disabled storage leave the game running in memory. */
export function safeStorage(
  getBacking: () => StateStorage | undefined,
): PersistStorage<SavedState> & {
  takeProblem(): LoadProblem | null;
  /** Copies the last save read aside, before a new game overwrites it. */
  preserveLastRead(): void;
} {
  let problem: LoadProblem | null = null;
  let lastRead: string | null = null;
  const backing = (): StateStorage | undefined => {
    try {
      return getBacking();
    } catch {
      return undefined;
    }
  };
  const keepUnreadable = (raw: string) => {
    try {
      void backing()?.setItem(UNREADABLE_KEY, raw);
    } catch {
      // Nowhere left to keep it; the game still starts.
    }
  };
  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = (backing()?.getItem(name) as string | null | undefined) ?? null;
      } catch {
        return null;
      }
      lastRead = raw;
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw) as StorageValue<SavedState>;
        const reason = checkSaved(value);
        if (reason) {
          problem = { reason };
          return null;
        }
        return value;
      } catch {
        problem = { reason: 'badJson' };
        return null;
      }
    },
    setItem(name, value) {
      try {
        void backing()?.setItem(name, JSON.stringify(value));
      } catch {
        // Quota exceeded or storage disabled: play goes on in memory.
      }
    },
    removeItem(name) {
      try {
        void backing()?.removeItem(name);
      } catch {
        // As above.
      }
    },
    preserveLastRead() {
      if (lastRead !== null) keepUnreadable(lastRead);
    },
    takeProblem() {
      const taken = problem;
      problem = null;
      return taken;
    },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isDecision(v: unknown): v is Decision {
  return (
    isRecord(v) &&
    typeof v.turnId === 'string' &&
    typeof v.optionId === 'string' &&
    (v.levers === undefined || isStringRecord(v.levers))
  );
}

const isStringRecord = (v: unknown): boolean =>
  isRecord(v) && Object.values(v).every((x) => typeof x === 'string');

function isSetup(v: unknown): v is GameSetup {
  if (!isRecord(v) || typeof v.seed !== 'string') return false;
  if (v.role !== undefined && typeof v.role !== 'string') return false;
  if (
    v.values !== undefined &&
    !(isRecord(v.values) && Object.values(v.values).every((x) => typeof x === 'number'))
  )
    return false;
  return (
    v.assumptions === undefined ||
    (isRecord(v.assumptions) &&
      Object.values(v.assumptions).every(
        (x) => x === 'random' || x === 'optimistic' || x === 'pessimistic',
      ))
  );
}

function isPendingSetup(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (isRecord(v) && typeof v.scenarioId === 'string' && isSetup(v.setup))
  );
}

function isDraft(v: unknown): v is Draft {
  return (
    isRecord(v) &&
    (v.optionId === null || typeof v.optionId === 'string') &&
    isStringRecord(v.levers)
  );
}

/** Checks the shape of what storage returned, for every version we know; `undefined` means usable. */
function checkSaved(value: unknown): LoadProblem['reason'] | undefined {
  if (!isRecord(value)) return 'badShape';
  const { version, state } = value;
  if (typeof version === 'number' && version > SAVE_VERSION) return 'futureVersion';
  if (!isRecord(state) || !isRecord(state.game) || !isRecord(state.settings)) return 'badShape';
  const { game, settings } = state;
  if (game.scenarioId !== null && typeof game.scenarioId !== 'string') return 'badShape';
  if (!isScreen(game.screen)) return 'badShape';
  if (!Array.isArray(game.decisions) || !game.decisions.every(isDecision)) return 'badShape';
  if (!(MOTION_PREFERENCES as readonly unknown[]).includes(settings.motion)) return 'badShape';
  if (
    settings.textSize !== undefined &&
    !(TEXT_SIZES as readonly unknown[]).includes(settings.textSize)
  )
    return 'badShape';
  if (
    settings.contrast !== undefined &&
    !(CONTRASTS as readonly unknown[]).includes(settings.contrast)
  )
    return 'badShape';
  if (settings.sound !== undefined && typeof settings.sound !== 'boolean') return 'badShape';
  if (
    settings.volume !== undefined &&
    !(typeof settings.volume === 'number' && settings.volume >= 0 && settings.volume <= 100)
  )
    return 'badShape';
  if (version === 1) return typeof game.seed === 'string' ? undefined : 'badShape';
  const gameOk = isSetup(game.setup) && isDraft(game.draft) && isPendingSetup(game.pendingSetup);
  if (version === 2) return gameOk ? undefined : 'badShape';
  if (version === 3) return gameOk && isSavedSession(state.session) ? undefined : 'badShape';
  return 'badShape';
}

function isSavedSession(v: unknown): boolean {
  return (
    isRecord(v) &&
    (v.draft === null || isSessionSetup(v.draft)) &&
    (v.current === null || isSession(v.current))
  );
}

/** The saved session, replayed; a scenario that is gone or a replay that fails is a load problem. */
function restoreSession(
  saved: SavedState['session'],
): Pick<RootState, 'sessionDraft' | 'session' | 'worlds'> & { problem: LoadProblem | null } {
  const draft = saved.draft && findScenario(saved.draft.scenarioId) ? saved.draft : null;
  if (!saved.current) return { sessionDraft: draft, session: null, worlds: null, problem: null };
  const scenario = findScenario(saved.current.setup.scenarioId);
  if (!scenario)
    return {
      sessionDraft: draft,
      session: null,
      worlds: null,
      problem: { reason: 'unknownScenario' },
    };
  const worlds = replayWorlds(scenario, saved.current);
  return worlds.ok
    ? { sessionDraft: draft, session: saved.current, worlds: worlds.value, problem: null }
    : { sessionDraft: draft, session: null, worlds: null, problem: { reason: 'replayFailed' } };
}

/** Rebuilds the whole game (and any session) from a checked save by replaying it. */
export function restore(
  saved: SavedState | undefined,
  current: RootState,
  problem: LoadProblem | null,
): RootState {
  if (problem || !saved) return { ...current, loadProblem: problem };
  const { problem: sessionProblem, ...sessionState } = restoreSession(saved.session);
  const game = restoreGame(saved, { ...current, ...sessionState, loadProblem: sessionProblem });
  // The projector comes back to the session (or its setup) when that is what was showing.
  const facilitator =
    saved.game.screen === 'facilitator' &&
    (sessionState.session !== null || sessionState.sessionDraft !== null);
  return facilitator ? { ...game, screen: 'facilitator' } : game;
}

function restoreGame(saved: SavedState, current: RootState): RootState {
  const settings = { ...DEFAULT_SETTINGS, ...saved.settings };
  const { scenarioId, setup, decisions, screen, draft } = saved.game;
  const pendingSetup =
    saved.game.pendingSetup && findScenario(saved.game.pendingSetup.scenarioId)
      ? saved.game.pendingSetup
      : null;
  const openSetup = screen === 'setup' && pendingSetup !== null;
  if (scenarioId === null) {
    return { ...current, settings, pendingSetup, screen: openSetup ? 'setup' : 'title' };
  }
  const scenario = findScenario(scenarioId);
  if (!scenario) return { ...current, settings, loadProblem: { reason: 'unknownScenario' } };

  const replayed = replay(scenario.rules, setup, decisions);
  if (!replayed.ok) return { ...current, settings, loadProblem: { reason: 'replayFailed' } };
  const { state: game, reports } = replayed.value;
  return {
    ...current,
    settings,
    scenarioId,
    setup,
    decisions,
    draft,
    game,
    reports,
    pendingSetup,
    screen: openSetup ? 'setup' : consistentScreen(screen, reports.length, game.ending !== null),
  };
}

/** A saved screen must agree with the replayed game (a hand-edited save might not). */
function consistentScreen(screen: Screen, played: number, ended: boolean): Screen {
  if (screen === 'title' || screen === 'facilitator') return 'title';
  if (screen === 'consequences' && played > 0) return 'consequences';
  if (ended) return 'ending';
  if (played === 0) return screen === 'turn' ? 'turn' : 'briefing';
  return 'turn';
}
