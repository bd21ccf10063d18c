import type { GameSlice } from './gameSlice';
import type { LibrarySlice } from './librarySlice';
import type { ResultSlice } from './resultSlice';
import type { SaveSlice } from './saveFile';
import type { SessionSlice } from './session/sessionSlice';
import type { SettingsSlice } from './settingsSlice';

export type RootState = GameSlice &
  SettingsSlice &
  LibrarySlice &
  SessionSlice &
  ResultSlice &
  SaveSlice;

/** The root middleware stack, in the order store.ts applies it; slices declare it for typing. */
export type StoreMutators = [
  ['zustand/subscribeWithSelector', never],
  ['zustand/persist', unknown],
];
