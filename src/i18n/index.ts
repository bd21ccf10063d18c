import i18next, { type i18n } from 'i18next';
import { DEFAULT_NAMESPACE, EN_RESOURCES, NAMESPACES } from './resources';

export type { i18n as I18n } from 'i18next';

export async function createI18n(language = 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en'],
    ns: NAMESPACES,
    defaultNS: DEFAULT_NAMESPACE,
    resources: { en: EN_RESOURCES },
    // Text is always set with textContent, never parsed as HTML, so escaping would only show entities.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Every locale file, each loadable on demand in its own chunk. */
const LOCALE_FILES = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

/**
 * Loads a namespace for the active language (and English, the fallback) if it is not there yet:
 * only what is needed is downloaded.
 */
export async function loadNamespace(
  instance: i18n,
  namespace: string,
  language: string = instance.language,
): Promise<void> {
  for (const lng of new Set([language, 'en'])) {
    if (instance.hasResourceBundle(lng, namespace)) continue;
    const load = LOCALE_FILES[`./locales/${lng}/${namespace}.json`];
    if (!load) continue;
    const strings = await load();
    instance.addResourceBundle(lng, namespace, strings.default, true, true);
  }
}

export interface DynamicText {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * Translates a key that arrives as data (from the engine or a scenario). Typed keys cannot cover
 * those, so a unit test checks that every key the content uses exists in every language.
 */
export function translateDynamic(instance: i18n, text: DynamicText | string): string {
  const ref = typeof text === 'string' ? { key: text } : text;
  const t = instance.t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return t(ref.key, ref.params ? { ...ref.params } : undefined);
}

/** Adds (or replaces) a scenario's texts for a language; they are data from a pack, not code. */
export function addScenarioTexts(
  instance: i18n,
  namespace: string,
  texts: Readonly<Record<string, unknown>>,
): void {
  instance.addResourceBundle(instance.language, namespace, texts, true, true);
}
