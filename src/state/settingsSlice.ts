import type { StateCreator } from 'zustand/vanilla';
import type { RootState, StoreMutators } from './rootState';

export const MOTION_PREFERENCES = ['system', 'reduce', 'full'] as const;
export type MotionPreference = (typeof MOTION_PREFERENCES)[number];

/** Text size in per cent of the browser's own: up to 200 % without losing anything. */
export const TEXT_SIZES = [100, 125, 150, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const CONTRASTS = ['normal', 'high'] as const;
export type Contrast = (typeof CONTRASTS)[number];

export interface Settings {
  readonly motion: MotionPreference;
  readonly textSize: TextSize;
  readonly contrast: Contrast;
  /** Sound cues: off by default (a classroom), with their own volume, 0–100. */
  readonly sound: boolean;
  readonly volume: number;
  /** The interface language the player chose (a two-letter code), or null to follow the browser. */
  readonly language: string | null;
}

export interface SettingsSlice {
  readonly settings: Settings;
  setMotion(motion: MotionPreference): void;
  setTextSize(size: TextSize): void;
  setContrast(contrast: Contrast): void;
  setSound(on: boolean): void;
  setVolume(volume: number): void;
  setLanguage(language: string | null): void;
}

export const DEFAULT_SETTINGS: Settings = {
  motion: 'system',
  textSize: 100,
  contrast: 'normal',
  sound: false,
  volume: 60,
  language: null,
};

export const createSettingsSlice: StateCreator<RootState, StoreMutators, [], SettingsSlice> = (
  set,
) => ({
  settings: DEFAULT_SETTINGS,
  setMotion: (motion) => set((s) => ({ settings: { ...s.settings, motion } })),
  setTextSize: (textSize) => set((s) => ({ settings: { ...s.settings, textSize } })),
  setContrast: (contrast) => set((s) => ({ settings: { ...s.settings, contrast } })),
  setSound: (sound) => set((s) => ({ settings: { ...s.settings, sound } })),
  setLanguage: (language) => set((s) => ({ settings: { ...s.settings, language } })),
  setVolume: (volume) =>
    set((s) => ({
      settings: { ...s.settings, volume: Math.max(0, Math.min(100, Math.round(volume))) },
    })),
});
