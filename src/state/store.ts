import { persist, subscribeWithSelector, type StateStorage } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createGameSlice, INITIAL_GAME } from './gameSlice';
import {
  migrateSave,
  partialize,
  restore,
  safeStorage,
  SAVE_VERSION,
  STORAGE_KEY,
  type SavedState,
} from './persistence';
import type { RootState } from './rootState';
import { createLibrarySlice } from './librarySlice';
import { createSettingsSlice, DEFAULT_SETTINGS } from './settingsSlice';

export type GameStore = ReturnType<typeof createGameStore>;

export interface StoreOptions {
  /** Where saves go; `undefined` plays in memory. Defaults to the browser's localStorage. */
  readonly storage?: () => StateStorage | undefined;
}

const browserStorage = (): StateStorage | undefined =>
  typeof localStorage === 'undefined' ? undefined : localStorage;

/** One vanilla store from typed slices; middleware only here, at the root. */
export function createGameStore(options: StoreOptions = {}) {
  const backing = options.storage ?? browserStorage;
  const storage = safeStorage(backing);
  return createStore<RootState>()(
    subscribeWithSelector(
      persist(
        (...a) => ({
          ...createGameSlice(...a),
          ...createSettingsSlice(...a),
          ...createLibrarySlice(backing)(...a),
        }),
        {
          name: STORAGE_KEY,
          version: SAVE_VERSION,
          storage,
          partialize,
          migrate: migrateSave,
          merge: (persisted, current) => {
            const restored = restore(
              persisted as SavedState | undefined,
              current,
              storage.takeProblem(),
            );
            if (restored.loadProblem) storage.preserveLastRead();
            return restored;
          },
        },
      ),
    ),
  );
}

/** Everything a fresh game starts with, for tests and "reset". */
export function getInitialState(): Pick<RootState, keyof typeof INITIAL_GAME | 'settings'> {
  return { ...INITIAL_GAME, settings: DEFAULT_SETTINGS };
}

export type { StoreApi };
