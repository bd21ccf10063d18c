import type { StateCreator } from 'zustand/vanilla';
import {
  isBuiltIn,
  BUILT_IN_IDS,
  loadBuiltIn,
  loadBuiltIns,
  loadedScenarios,
  loadPack,
  MAX_FILE_BYTES,
  registerPack,
  unregisterPack,
  type PackProblem,
} from '../content';
import {
  readStoredPacks,
  registerStoredPacks,
  writeStoredPacks,
  type PackStorage,
} from './packStore';
import type { RootState, StoreMutators } from './rootState';

/** What became of a pack file the player gave us. */
export interface ImportOutcome {
  readonly fileName: string;
  readonly ok: boolean;
  /** The scenario now playable (when ok). */
  readonly scenarioId: string | null;
  /** Errors when not ok; warnings when ok. */
  readonly problems: readonly PackProblem[];
  /** True when the pack replaced an earlier import with the same id. */
  readonly replaced: boolean;
  /** False when storage refused it: playable now, gone after a reload. */
  readonly stored: boolean;
}

/** A file as the page hands it over; its size is checked before its text is read. */
export interface PackFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface LibrarySlice {
  readonly library: {
    readonly status: 'idle' | 'loading' | 'ready';
    /** Every playable scenario, built-ins first, in the picker's order. */
    readonly scenarioIds: readonly string[];
    readonly lastImport: ImportOutcome | null;
    /** Built-ins or stored packs that failed to load: named, never silently dropped. */
    readonly broken: readonly { readonly id: string; readonly problems: readonly PackProblem[] }[];
  };
  /**
   * Loads every built-in scenario (each its own chunk) and the packs stored on this device: the
   * first built-in first, then, once `settle` has resolved (the page waits for its next paint),
   * the others, so that the first card can be played before the rest are even requested.
   */
  loadLibrary(settle?: () => Promise<void>): Promise<void>;
  importPack(file: PackFile): Promise<ImportOutcome>;
  /** Forgets an imported pack; a game in progress with it is ended first by the caller's choice. */
  removePack(id: string): void;
  dismissImport(): void;
}

const playableIds = () => loadedScenarios().map((s) => s.id);

const failed = (fileName: string, problems: readonly PackProblem[]): ImportOutcome => ({
  fileName,
  ok: false,
  scenarioId: null,
  problems,
  replaced: false,
  stored: false,
});

export const createLibrarySlice =
  (storage: PackStorage): StateCreator<RootState, StoreMutators, [], LibrarySlice> =>
  (set, get) => ({
    library: { status: 'idle', scenarioIds: playableIds(), lastImport: null, broken: [] },

    async loadLibrary(settle) {
      if (get().library.status !== 'idle') return;
      set((s) => ({ library: { ...s.library, status: 'loading' } }));
      // The first scenario first: its card can be played while the others download. On a slow
      // network that is about a second sooner, after half the bytes (npm run bench:web).
      const [first] = BUILT_IN_IDS;
      if (first !== undefined) {
        await loadBuiltIn(first);
        set((s) => ({ library: { ...s.library, scenarioIds: playableIds() } }));
        await settle?.();
      }
      const results = await loadBuiltIns();
      const broken = [
        ...[...results].flatMap(([id, r]) => (r.ok ? [] : [{ id, problems: r.problems }])),
        ...(await registerStoredPacks(storage)),
      ];
      set((s) => ({
        library: { ...s.library, status: 'ready', scenarioIds: playableIds(), broken },
      }));
    },

    async importPack(file) {
      let outcome: ImportOutcome;
      if (file.size > MAX_FILE_BYTES) {
        outcome = failed(file.name, [
          {
            path: '',
            code: 'tooLarge',
            params: { bytes: file.size, max: MAX_FILE_BYTES },
            severity: 'error',
          },
        ]);
      } else {
        const text = await file.text();
        const result = await loadPack(text, 'imported');
        if (!result.ok) outcome = failed(file.name, result.problems);
        else if (isBuiltIn(result.pack.scenario.id)) {
          outcome = failed(file.name, [
            {
              path: 'id',
              code: 'duplicateId',
              params: { id: result.pack.scenario.id },
              severity: 'error',
            },
          ]);
        } else {
          const { id } = result.pack.scenario;
          const packs = readStoredPacks(storage);
          const replaced = playableIds().includes(id);
          const stored = writeStoredPacks(storage, { ...packs, [id]: text });
          registerPack(result.pack);
          outcome = {
            fileName: file.name,
            ok: true,
            scenarioId: id,
            problems: result.warnings,
            replaced,
            stored,
          };
        }
      }
      set((s) => ({ library: { ...s.library, scenarioIds: playableIds(), lastImport: outcome } }));
      return outcome;
    },

    removePack(id) {
      if (isBuiltIn(id)) return;
      const packs = readStoredPacks(storage);
      delete packs[id];
      writeStoredPacks(storage, packs);
      unregisterPack(id);
      if (get().scenarioId === id || get().pendingSetup?.scenarioId === id) get().abandonGame();
      set((s) => ({ library: { ...s.library, scenarioIds: playableIds(), lastImport: null } }));
    },

    dismissImport() {
      set((s) => ({ library: { ...s.library, lastImport: null } }));
    },
  });
