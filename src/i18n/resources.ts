import policy from './locales/en/policy.json';
import ui from './locales/en/ui.json';

/**
 * English ships inside the entry chunk: it is the fallback and must be there before first paint.
 * Other languages will load on demand, one chunk per language and namespace.
 */
export const EN_RESOURCES = { ui, policy } as const;

export const DEFAULT_NAMESPACE = 'ui';
export type Namespace = keyof typeof EN_RESOURCES;
export const NAMESPACES = Object.keys(EN_RESOURCES) as Namespace[];
