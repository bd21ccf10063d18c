import i18next, { type i18n } from 'i18next';
import { formatNumber } from './format';
import { isLanguage, LANGUAGES, type Language } from './languages';
import { CORE_NAMESPACES, LOCALE_FILES } from './localeFiles';

export type { i18n as I18n } from 'i18next';
export { formatChange, formatList, formatNumber } from './format';
export {
  LANGUAGES,
  LANGUAGE_NAMES,
  isLanguage,
  numberLocale,
  pickLanguage,
  type Language,
} from './languages';

const LAZY_NAMESPACES = ['facilitator'] as const;

/**
 * Numbers in any message are written the active language's way (Arabic-Indic digits, a decimal
 * comma…). Plurals still choose their form from the raw count.
 */
const numberFormatter = {
  type: 'formatter' as const,
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format: string | undefined, lng: string | undefined) {
    return typeof value === 'number' ? formatNumber(lng ?? 'en', value) : value;
  },
};

export async function createI18n(language: Language = 'en'): Promise<i18n> {
  const instance = i18next.createInstance().use(numberFormatter);
  await instance.init({
    lng: language,
    // Every language has every key (a test checks it), so nothing falls back to another download.
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: [...CORE_NAMESPACES],
    defaultNS: 'ui',
    resources: {},
    partialBundledLanguages: true,
    // Text is always set with textContent, never parsed as HTML, so escaping would only show entities.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  await Promise.all(CORE_NAMESPACES.map((ns) => loadNamespace(instance, ns, language)));
  return instance;
}

/** Loads a namespace for a language, once: only what is needed is downloaded. */
export async function loadNamespace(
  instance: i18n,
  namespace: string,
  language: string = instance.language,
): Promise<void> {
  if (instance.hasResourceBundle(language, namespace)) return;
  const load = LOCALE_FILES[`./locales/${language}/${namespace}.json`];
  if (!load) return;
  const strings = await load();
  instance.addResourceBundle(language, namespace, strings.default, true, true);
}

/**
 * Switches the whole interface to a language: its strings first (so nothing shows half
 * translated), then the document's language and direction.
 */
export async function switchLanguage(
  instance: i18n,
  language: string,
  extraNamespaces: readonly string[] = [],
): Promise<void> {
  if (!isLanguage(language)) return;
  // The namespaces loaded on demand so far come along (the facilitator's, when it was opened).
  const onDemand = LAZY_NAMESPACES.filter((ns) =>
    instance.hasResourceBundle(instance.language, ns),
  );
  const namespaces = new Set([...CORE_NAMESPACES, ...onDemand, ...extraNamespaces]);
  await Promise.all([...namespaces].map((ns) => loadNamespace(instance, ns, language)));
  await instance.changeLanguage(language);
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
  language: string,
  namespace: string,
  texts: Readonly<Record<string, unknown>>,
): void {
  instance.addResourceBundle(language, namespace, texts, true, true);
}
