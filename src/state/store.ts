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
import { createResultSlice } from './resultSlice';
import { createSaveSlice } from './saveFile';
import { createSessionSlice } from './session/sessionSlice';
import { createSettingsSlice, DEFAULT_SETTINGS } from './settingsSlice';

export type GameStore = ReturnType<typeof createGameStore>;

export interface StoreOptions {
  /** Where saves go; `undefined` plays in memory. Defaults to the browser's localStorage. */
  readonly storage?: () => StateStorage | undefined;
}

/** The browser's localStorage, when there is one (tests and Node run without). */
export const browserStorage = (): StateStorage | undefined =>
  typeof localStorage === 'undefined' ? undefined : localStorage;

/** One vanilla store from typed slices; middleware only here, at the root. */
export function createGameStore(options: StoreOptions = {}) {
  const backing = options.storage ?? browserStorage;
  const storage = safeStorage(backing);
  const store = countSubscriptions(createRawStore(backing, storage));
  // A save that cannot be written is said once; the game goes on in memory.
  storage.whenWriteFails(() => {
    if (!store.getState().loadProblem) store.setState({ loadProblem: { reason: 'storageFull' } });
  });
  return store;
}

const subscriptionCounts = new WeakMap<object, () => number>();

/** How many listeners are subscribed right now: leak tests start and leave scenarios and compare. */
export function activeSubscriptions(store: object): number {
  return subscriptionCounts.get(store)?.() ?? 0;
}

function countSubscriptions<S extends { subscribe: (...args: never[]) => () => void }>(
  store: S,
): S {
  let active = 0;
  const subscribe = store.subscribe.bind(store) as (...args: unknown[]) => () => void;
  (store as { subscribe: unknown }).subscribe = (...args: unknown[]) => {
    active += 1;
    const unsubscribe = subscribe(...args);
    let done = false;
    return () => {
      if (!done) active -= 1;
      done = true;
      unsubscribe();
    };
  };
  subscriptionCounts.set(store, () => active);
  return store;
}

function createRawStore(
  backing: () => StateStorage | undefined,
  storage: ReturnType<typeof safeStorage>,
) {
  return createStore<RootState>()(
    subscribeWithSelector(
      persist(
        (...a) => ({
          ...createGameSlice(...a),
          ...createSettingsSlice(...a),
          ...createLibrarySlice(backing)(...a),
          ...createSessionSlice(...a),
          ...createResultSlice(...a),
          ...createSaveSlice(...a),
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
            if (!restored.loadProblem) return restored;
            // The save that could not be used stays downloadable, even where storage fails.
            const raw = storage.preserveLastRead();
            return raw === null || restored.loadProblem.raw !== undefined
              ? restored
              : { ...restored, loadProblem: { ...restored.loadProblem, raw } };
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
