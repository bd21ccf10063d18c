import type { PersistStorage, StorageValue, StateStorage } from 'zustand/middleware';
import { findScenario } from '../content';
import { replay, type Decision } from '../engine';
import type { LoadProblem } from './gameSlice';
import type { RootState } from './rootState';
import { isScreen, type Screen } from './screens';
import { DEFAULT_SETTINGS, MOTION_PREFERENCES, type MotionPreference } from './settingsSlice';

export const STORAGE_KEY = 'key-decisions';
/** Where an unreadable save is copied before a new game overwrites the main key. */
export const UNREADABLE_KEY = 'key-decisions:unreadable';
export const SAVE_VERSION = 1;

/** What is written to storage: the decisions, never the derived state. */
export interface SavedState {
  readonly game: {
    readonly scenarioId: string | null;
    readonly seed: string;
    readonly decisions: readonly Decision[];
    readonly screen: Screen;
  };
  readonly settings: { readonly motion: MotionPreference };
}

export function partialize(state: RootState): SavedState {
  return {
    game: {
      scenarioId: state.scenarioId,
      seed: state.seed,
      decisions: state.decisions,
      screen: state.screen,
    },
    settings: state.settings,
  };
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
  return isRecord(v) && typeof v.turnId === 'string' && typeof v.optionId === 'string';
}

/** Checks the shape of what storage returned; `undefined` means it can be used. */
function checkSaved(value: unknown): LoadProblem['reason'] | undefined {
  if (!isRecord(value)) return 'badShape';
  if (typeof value.version === 'number' && value.version > SAVE_VERSION) return 'futureVersion';
  if (value.version !== SAVE_VERSION || !isRecord(value.state)) return 'badShape';
  const { game, settings } = value.state;
  if (!isRecord(game) || !isRecord(settings)) return 'badShape';
  if (game.scenarioId !== null && typeof game.scenarioId !== 'string') return 'badShape';
  if (typeof game.seed !== 'string' || !isScreen(game.screen)) return 'badShape';
  if (!Array.isArray(game.decisions) || !game.decisions.every(isDecision)) return 'badShape';
  if (!(MOTION_PREFERENCES as readonly unknown[]).includes(settings.motion)) return 'badShape';
  return undefined;
}

/** Rebuilds the whole game from a checked save by replaying it through the engine. */
export function restore(
  saved: SavedState | undefined,
  current: RootState,
  problem: LoadProblem | null,
): RootState {
  if (problem || !saved) return { ...current, loadProblem: problem };
  const settings = { ...DEFAULT_SETTINGS, ...saved.settings };
  const { scenarioId, seed, decisions, screen } = saved.game;
  if (scenarioId === null) return { ...current, settings };
  const scenario = findScenario(scenarioId);
  if (!scenario) return { ...current, settings, loadProblem: { reason: 'unknownScenario' } };
  const replayed = replay(scenario.rules, seed, decisions);
  if (!replayed.ok) return { ...current, settings, loadProblem: { reason: 'replayFailed' } };
  const { state: game, reports } = replayed.value;
  return {
    ...current,
    settings,
    scenarioId,
    seed,
    decisions,
    game,
    reports,
    screen: consistentScreen(screen, reports.length, game.ending !== null),
  };
}

/** A saved screen must agree with the replayed game (a hand-edited save might not). */
function consistentScreen(screen: Screen, played: number, ended: boolean): Screen {
  if (screen === 'title' || screen === 'briefing')
    return played === 0 ? screen : screen === 'title' ? 'title' : 'turn';
  if (screen === 'consequences') return played > 0 ? screen : 'briefing';
  if (ended) return screen === 'turn' ? 'ending' : screen;
  return screen === 'ending' ? 'turn' : screen;
}
