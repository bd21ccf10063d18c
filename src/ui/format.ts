import { numberLocale } from '../i18n';

/** Numbers go through Intl for the active language; signs always shown on changes. */
export function formatChange(language: string, value: number): string {
  return new Intl.NumberFormat(numberLocale(language), { signDisplay: 'exceptZero' }).format(value);
}

export function formatNumber(language: string, value: number): string {
  return new Intl.NumberFormat(numberLocale(language)).format(value);
}

export function formatList(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
