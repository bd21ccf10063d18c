export { createGameStore, getInitialState, type GameStore, type StoreOptions } from './store';
export type { RootState } from './rootState';
export type { LoadProblem } from './gameSlice';
export { SCREENS, type Screen } from './screens';
export { MOTION_PREFERENCES, type MotionPreference } from './settingsSlice';
export { STORAGE_KEY, UNREADABLE_KEY, SAVE_VERSION } from './persistence';
export * from './selectors';
export { prepareScenarios, PACKS_KEY } from './packStore';
export type { ImportOutcome, PackFile } from './librarySlice';
