import type { StateCreator } from 'zustand/vanilla';
import type { RootState, StoreMutators } from './rootState';

export const MOTION_PREFERENCES = ['system', 'reduce', 'full'] as const;
export type MotionPreference = (typeof MOTION_PREFERENCES)[number];

export interface SettingsSlice {
  readonly settings: { readonly motion: MotionPreference };
  setMotion(motion: MotionPreference): void;
}

export const DEFAULT_SETTINGS: SettingsSlice['settings'] = { motion: 'system' };

export const createSettingsSlice: StateCreator<RootState, StoreMutators, [], SettingsSlice> = (
  set,
) => ({
  settings: DEFAULT_SETTINGS,
  setMotion: (motion) => set((s) => ({ settings: { ...s.settings, motion } })),
});
