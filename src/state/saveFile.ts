import type { StateCreator } from 'zustand/vanilla';
import { MAX_FILE_BYTES, parseUntrustedJson } from '../content';
import { err, ok, type Result } from '../engine';
import type { LoadProblem } from './gameSlice';
import {
  checkSaved,
  migrateSave,
  parseProblemOfSave,
  partialize,
  restore,
  SAVE_VERSION,
} from './persistence';
import type { RootState, StoreMutators } from './rootState';

/** Marks a file as a Key Decisions save, so a stranger's JSON is named for what it is. */
export const SAVE_FILE_APP = 'key-decisions-save';

export type SaveImportProblem =
  | { readonly kind: 'tooLarge'; readonly bytes: number; readonly max: number }
  | { readonly kind: 'notASave'; readonly where?: string }
  | { readonly kind: 'unreadable'; readonly problem: LoadProblem };

export interface SaveImportOutcome {
  readonly file: string;
  readonly problem: SaveImportProblem | null;
}

export interface SaveSlice {
  /** What the last save import did, for the title screen to say (it re-renders on success). */
  readonly lastSaveImport: SaveImportOutcome | null;
  /** The game (and any facilitator's session) as a file's text, to move to another device. */
  exportSave(): string;
  /** Replaces the game with one from a save file; on any problem nothing changes. */
  importSave(text: string, file?: string): Result<void, SaveImportProblem>;
  /** A file refused before its text could be read (too large, unreadable): nothing changes. */
  refuseSaveFile(file: string, problem: SaveImportProblem): void;
}

export const createSaveSlice: StateCreator<RootState, StoreMutators, [], SaveSlice> = (
  set,
  get,
) => ({
  lastSaveImport: null,

  exportSave() {
    return `${JSON.stringify({ app: SAVE_FILE_APP, version: SAVE_VERSION, state: partialize(get()) }, null, 2)}\n`;
  },

  importSave(text, file = '') {
    const result = readSaveFile(text, get());
    if (!result.ok) {
      set({ lastSaveImport: { file, problem: result.error } });
      return result;
    }
    set({ ...result.value, lastError: null, lastSaveImport: { file, problem: null } });
    return ok(undefined);
  },

  refuseSaveFile(file, problem) {
    set({ lastSaveImport: { file, problem } });
  },
});

/** A save file's text to the state it restores, or the first problem, with its place. */
function readSaveFile(text: string, current: RootState): Result<RootState, SaveImportProblem> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return err({ kind: 'tooLarge', bytes, max: MAX_FILE_BYTES });
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return err({ kind: 'unreadable', problem: parseProblemOfSave(parsed.problem) });
  const value = parsed.value as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null || value.app !== SAVE_FILE_APP)
    return err({ kind: 'notASave', where: 'app' });
  const problem = checkSaved(value);
  if (problem) return err({ kind: 'unreadable', problem });
  const saved = migrateSave(value.state, value.version as number);
  const restored = restore(saved, current, null);
  if (restored.loadProblem) return err({ kind: 'unreadable', problem: restored.loadProblem });
  return ok(restored);
}
