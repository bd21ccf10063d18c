/** The languages Key Decisions speaks; each loads on demand, only when chosen. */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, so a player finds theirs whatever language is showing. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ar: 'العربية',
};

/**
 * The locale numbers are written in: Arabic with Arabic-Indic digits (٠١٢…), as the translated
 * texts write them, rather than the Western digits some browsers default to.
 */
export const numberLocale = (language: string): string =>
  language === 'ar' ? 'ar-u-nu-arab' : language;

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The player's own choice if they made one, else the browser's first language we speak, else English. */
export function pickLanguage(chosen: unknown, browser: readonly string[]): Language {
  if (isLanguage(chosen)) return chosen;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
