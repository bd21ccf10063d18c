/** Every locale file, each loadable on demand in its own chunk: only the active language downloads. */
export const LOCALE_FILES = import.meta.glob<{ default: Record<string, unknown> }>(
  './locales/*/*.json',
);

/** Namespaces every screen needs; others (the facilitator's) load with their views. */
export const CORE_NAMESPACES = ['ui', 'policy'] as const;

/**
 * Starts downloading a language's core strings without waiting for them: called by the page's
 * entry, so that they arrive with the rest of the code rather than after it. The browser keeps
 * the modules; loading them later takes them from there.
 */
export function prefetchCoreStrings(language: string): void {
  for (const namespace of CORE_NAMESPACES)
    LOCALE_FILES[`./locales/${language}/${namespace}.json`]?.().catch(() => undefined);
}
