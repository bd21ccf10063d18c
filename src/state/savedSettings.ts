import {
  CONTRASTS,
  DEFAULT_SETTINGS,
  MOTION_PREFERENCES,
  TEXT_SIZES,
  type Settings,
} from './settingsSlice';

/** Where the game is saved in the browser's storage (see persistence.ts). */
export const STORAGE_KEY = 'key-decisions';

/** The settings that change how the page looks, which must hold from its first paint. */
export type DisplaySettings = Pick<Settings, 'motion' | 'textSize' | 'contrast'>;

/**
 * The settings saved with the game, read before anything else loads: the language decides which
 * strings to download first, and text size and contrast must be right on the first paint (a
 * player who needs 200 % text should not see the title at 100 % first). Kept apart from the
 * persistence code so that the page's tiny entry can read them. The full save is validated later,
 * by persistence.ts; here every value is checked on its own and a bad one is simply not used.
 */
function savedSettingsRecord(): Record<string, unknown> {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    if (typeof raw !== 'string') return {};
    const settings = (JSON.parse(raw) as { state?: { settings?: unknown } } | null)?.state
      ?.settings;
    return typeof settings === 'object' && settings !== null
      ? (settings as Record<string, unknown>)
      : {};
  } catch {
    // Storage switched off or a broken save: the defaults hold; the game says why once it loads.
    return {};
  }
}

const oneOf = <T>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** The saved language, unchecked: pickLanguage decides whether it is one the game has. */
export function savedLanguage(): unknown {
  return savedSettingsRecord().language;
}

export function savedDisplaySettings(): DisplaySettings {
  const saved = savedSettingsRecord();
  return {
    motion: oneOf(MOTION_PREFERENCES, saved.motion, DEFAULT_SETTINGS.motion),
    textSize: oneOf(TEXT_SIZES, saved.textSize, DEFAULT_SETTINGS.textSize),
    contrast: oneOf(CONTRASTS, saved.contrast, DEFAULT_SETTINGS.contrast),
  };
}
