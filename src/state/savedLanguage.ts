/** Where the game is saved in the browser's storage (see persistence.ts). */
export const STORAGE_KEY = 'key-decisions';

/**
 * The language saved with the game, read before anything else loads: it decides which strings to
 * download first. Kept apart from the persistence code so that the page's tiny entry can read it.
 */
export function savedLanguage(): unknown {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    return typeof raw === 'string'
      ? (JSON.parse(raw) as { state?: { settings?: { language?: unknown } } }).state?.settings
          ?.language
      : undefined;
  } catch {
    // Storage switched off or a broken save: the browser's language decides; the game says why.
    return undefined;
  }
}
