import type { PersistStorage, StorageValue, StateStorage } from 'zustand/middleware';
import { findScenario, parseUntrustedJson, type ParseProblem } from '../content';
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

export { STORAGE_KEY } from './savedSettings';
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

export type SaveProblem = Pick<LoadProblem, 'reason' | 'where'>;

/** A reader's problem (bad JSON, too deep, a prototype key, too large) as a save problem with its place. */
export function parseProblemOfSave(p: ParseProblem): SaveProblem {
  const where =
    p.code === 'badJson'
      ? `line ${p.params.line}, column ${p.params.column}`
      : 'path' in p
        ? p.path
        : p.code === 'tooDeep'
          ? p.params.path
          : undefined;
  return { reason: p.code === 'badJson' ? 'badJson' : 'badShape', ...(where ? { where } : {}) };
}

/**
 * A save's text, read without trusting it: size and nesting limits and prototype keys first (the
 * same reader as packs), then the shape of every version we know.
 */
export function readSave(
  text: string,
): { ok: true; value: StorageValue<SavedState> } | { ok: false; problem: SaveProblem } {
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return { ok: false, problem: parseProblemOfSave(parsed.problem) };
  const problem = checkSaved(parsed.value);
  return problem
    ? { ok: false, problem }
    : { ok: true, value: parsed.value as StorageValue<SavedState> };
}

/** Storage that never throws: quota errors and disabled storage leave the game running in memory. */
export function safeStorage(
  getBacking: () => StateStorage | undefined,
): PersistStorage<SavedState> & {
  takeProblem(): LoadProblem | null;
  /** Called when a save cannot be written (storage full or switched off). */
  whenWriteFails(listener: () => void): void;
  /** Copies the last save read aside, before a new game overwrites it; returns it. */
  preserveLastRead(): string | null;
} {
  let problem: LoadProblem | null = null;
  let lastRead: string | null = null;
  let writeFailed = false;
  let onWriteFailure: (() => void) | undefined;
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
        raw = (getBacking()?.getItem(name) as string | null | undefined) ?? null;
      } catch {
        // Storage switched off (a browser setting, a school policy): play goes on in memory.
        problem = { reason: 'storageUnavailable' };
        return null;
      }
      lastRead = raw;
      if (raw === null) return null;
      const read = readSave(raw);
      if (!read.ok) {
        problem = { ...read.problem, raw };
        return null;
      }
      return read.value;
    },
    setItem(name, value) {
      try {
        void backing()?.setItem(name, JSON.stringify(value));
        writeFailed = false;
      } catch {
        // Told once per run of failures, not on every step.
        if (!writeFailed) onWriteFailure?.();
        writeFailed = true;
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
      return lastRead;
    },
    whenWriteFails(listener: () => void) {
      onWriteFailure = listener;
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

const oneOf = (list: readonly unknown[], value: unknown) => list.includes(value);

/**
 * Checks the shape of a save (from storage or a file) for every version we know. `undefined`
 * means usable; otherwise the reason and the first place that is wrong.
 */
export function checkSaved(value: unknown): SaveProblem | undefined {
  const bad = (where: string): SaveProblem => ({ reason: 'badShape', where });
  if (!isRecord(value)) return bad('(top)');
  const { version, state } = value;
  if (typeof version === 'number' && version > SAVE_VERSION)
    return { reason: 'futureVersion', where: 'version' };
  if (version !== 1 && version !== 2 && version !== 3) return bad('version');
  if (!isRecord(state)) return bad('state');
  if (!isRecord(state.game)) return bad('state.game');
  if (!isRecord(state.settings)) return bad('state.settings');
  const { game, settings } = state;
  const checks: [string, boolean][] = [
    ['state.game.scenarioId', game.scenarioId === null || typeof game.scenarioId === 'string'],
    ['state.game.screen', isScreen(game.screen)],
    ['state.game.decisions', Array.isArray(game.decisions) && game.decisions.every(isDecision)],
    ['state.settings.motion', oneOf(MOTION_PREFERENCES, settings.motion)],
    [
      'state.settings.textSize',
      settings.textSize === undefined || oneOf(TEXT_SIZES, settings.textSize),
    ],
    [
      'state.settings.contrast',
      settings.contrast === undefined || oneOf(CONTRASTS, settings.contrast),
    ],
    ['state.settings.sound', settings.sound === undefined || typeof settings.sound === 'boolean'],
    [
      'state.settings.language',
      settings.language === undefined ||
        settings.language === null ||
        (typeof settings.language === 'string' && /^[a-z]{2}$/.test(settings.language)),
    ],
    [
      'state.settings.volume',
      settings.volume === undefined ||
        (typeof settings.volume === 'number' && settings.volume >= 0 && settings.volume <= 100),
    ],
    ...(version === 1
      ? ([['state.game.seed', typeof game.seed === 'string']] as [string, boolean][])
      : ([
          ['state.game.setup', isSetup(game.setup)],
          ['state.game.draft', isDraft(game.draft)],
          ['state.game.pendingSetup', isPendingSetup(game.pendingSetup)],
        ] as [string, boolean][])),
    ...(version === 3
      ? ([['state.session', isSavedSession(state.session)]] as [string, boolean][])
      : []),
  ];
  const failed = checks.find(([, ok]) => !ok);
  return failed ? bad(failed[0]) : undefined;
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
  if (screen === 'title' || screen === 'facilitator' || screen === 'result') return 'title';
  if (screen === 'consequences' && played > 0) return 'consequences';
  if (ended) return 'ending';
  if (played === 0) return screen === 'turn' ? 'turn' : 'briefing';
  return 'turn';
}
