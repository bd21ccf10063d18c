import { numberLocale } from './languages';

/**
 * One formatter per language and kind, made on first use: making an Intl formatter is far dearer
 * than using it (every number in a message, a list per scenario card, a number per cause, the
 * meters' numbers on every frame of their animation).
 */
function cached<T>(make: (language: string) => T): (language: string) => T {
  const byLanguage = new Map<string, T>();
  return (language) => {
    let formatter = byLanguage.get(language);
    if (!formatter) byLanguage.set(language, (formatter = make(language)));
    return formatter;
  };
}

const changeFormat = cached(
  (language) => new Intl.NumberFormat(numberLocale(language), { signDisplay: 'exceptZero' }),
);
const numberFormat = cached((language) => new Intl.NumberFormat(numberLocale(language)));
const listFormat = cached(
  (language) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }),
);

/** Numbers go through Intl for the active language; signs always shown on changes. */
export function formatChange(language: string, value: number): string {
  return changeFormat(language).format(value);
}

export function formatNumber(language: string, value: number): string {
  return numberFormat(language).format(value);
}

export function formatList(language: string, items: readonly string[]): string {
  return listFormat(language).format(items);
}
