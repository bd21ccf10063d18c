export {
  activeSubscriptions,
  browserStorage,
  createGameStore,
  getInitialState,
  type GameStore,
  type StoreOptions,
} from './store';
export type { RootState } from './rootState';
export type { LoadProblem } from './gameSlice';
export { SCREENS, type Screen } from './screens';
export {
  CONTRASTS,
  MOTION_PREFERENCES,
  TEXT_SIZES,
  type Contrast,
  type MotionPreference,
  type TextSize,
} from './settingsSlice';
export { STORAGE_KEY, UNREADABLE_KEY, SAVE_VERSION } from './persistence';
export * from './selectors';
export { prepareScenarios, PACKS_KEY } from './packStore';
export type { ImportOutcome, PackFile } from './librarySlice';
export * from './session/model';
export { localDate, timerRemaining, type SessionError } from './session/sessionSlice';
export { activeTeams, allEnded, runSetup, type Worlds } from './session/runs';
export { tallyVotes, type Tally } from './session/tally';
export {
  checkTeamChoice,
  divergentTurns,
  summarizeRuns,
  type RunSummary,
  type TurnRecord,
} from './session/summary';
export { encodeResult, RESULT_PREFIX, type LinkProblem, type SharedResult } from './resultLink';
export type { SharedView } from './resultSlice';
export { SAVE_FILE_APP, type SaveImportProblem } from './saveFile';
export type { SaveImportOutcome } from './saveFile';
