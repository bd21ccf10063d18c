import type facilitator from './locales/en/facilitator.json';
import policy from './locales/en/policy.json';
import ui from './locales/en/ui.json';

/**
 * English ships inside the entry chunk: it is the fallback and must be there before first paint.
 * Other namespaces (the facilitator's) and other languages load on demand, one chunk per language
 * and namespace.
 */
export const EN_RESOURCES = { ui, policy } as const;

/** Every namespace, for typed keys: the bundled ones and those loaded on demand. */
export type Resources = typeof EN_RESOURCES & { readonly facilitator: typeof facilitator };

export const DEFAULT_NAMESPACE = 'ui';
export type Namespace = keyof Resources;
export const NAMESPACES = Object.keys(EN_RESOURCES) as Namespace[];
