import type { PackLoad } from './pack/loadPack';
import type { CompiledPack } from './pack/compile';
import type { Scenario } from './types';

/**
 * The built-in scenarios, in the order the picker lists them. Each is a pack file loaded on demand
 * (its own chunk in the build), so the first screen does not wait for scenario text.
 */
const BUILT_INS: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  goingDark: () => import('./scenarios/goingDark.json'),
  clipper: () => import('./scenarios/clipper.json'),
  virtualTerritory: () => import('./scenarios/virtualTerritory.json'),
  chatControl: () => import('./scenarios/chatControl.json'),
  capabilityNotices: () => import('./scenarios/capabilityNotices.json'),
  saltTyphoon: () => import('./scenarios/saltTyphoon.json'),
  sandbox: () => import('./scenarios/sandbox.json'),
};

export const BUILT_IN_IDS: readonly string[] = Object.keys(BUILT_INS);

const loaded = new Map<string, CompiledPack>();

/** Loads a built-in's translation into a language, if one ships (the browser supplies it). */
export type TranslationLoader = (id: string, language: string) => Promise<unknown>;
let translationLoader: TranslationLoader | undefined;
let contentLanguage = 'en';

/** Sets where built-in translations come from, and the language scenarios are wanted in. */
export function useTranslations(loader: TranslationLoader, language: string): void {
  translationLoader = loader;
  contentLanguage = language;
}

async function addTranslation(pack: CompiledPack, language: string): Promise<void> {
  if (pack.scenario.origin !== 'builtIn' || pack.hasTranslation(language) || !translationLoader)
    return;
  const translation = await translationLoader(pack.scenario.id, language);
  if (translation !== undefined) pack.addTranslation(language, translation);
}

/**
 * Brings every loaded scenario into a language (their translations load now, one chunk each)
 * and tells the listeners again, so their texts are registered in that language.
 */
export async function switchContentLanguage(language: string): Promise<void> {
  contentLanguage = language;
  await Promise.all([...loaded.values()].map((pack) => addTranslation(pack, language)));
  loaded.forEach((pack) => listeners.forEach((listener) => listener(pack)));
}
const listeners = new Set<(pack: CompiledPack) => void>();

/** A scenario that has been loaded (built-in) or imported; scenarios load through `loadScenario`. */
export function findScenario(id: string): Scenario | undefined {
  return loaded.get(id)?.scenario;
}

export function findPack(id: string): CompiledPack | undefined {
  return loaded.get(id);
}

/** Every loaded scenario: built-ins in their order, then imported packs. */
export function loadedScenarios(): Scenario[] {
  const all = [...loaded.values()].map((p) => p.scenario);
  const order = (s: Scenario) => {
    const i = BUILT_IN_IDS.indexOf(s.id);
    return i === -1 ? BUILT_IN_IDS.length : i;
  };
  return all.sort((a, b) => order(a) - order(b));
}

export const isBuiltIn = (id: string): boolean => BUILT_IN_IDS.includes(id);

/** Makes a scenario playable; listeners add its texts to the translator. */
export function registerPack(pack: CompiledPack): void {
  loaded.set(pack.scenario.id, pack);
  listeners.forEach((listener) => listener(pack));
}

export function unregisterPack(id: string): void {
  if (!isBuiltIn(id)) loaded.delete(id);
}

/** Calls back for every scenario registered now and later; returns the unsubscribe. */
export function onPackRegistered(listener: (pack: CompiledPack) => void): () => void {
  listeners.add(listener);
  loaded.forEach((pack) => listener(pack));
  return () => listeners.delete(listener);
}

/**
 * Checks and compiles a pack file's text. The checker and compiler load on demand, in their own
 * chunk: the first screen does not need them.
 */
export async function loadPack(text: string, origin: Scenario['origin']): Promise<PackLoad> {
  const { loadPackText } = await import('./pack/loadPack');
  return loadPackText(text, origin);
}

/** Loads, checks and registers one built-in scenario (once). */
export async function loadBuiltIn(id: string): Promise<PackLoad> {
  const known = loaded.get(id);
  if (known) return { ok: true, pack: known, warnings: [] };
  const load = BUILT_INS[id];
  if (!load)
    return {
      ok: false,
      problems: [
        {
          path: 'id',
          code: 'oneOf',
          params: { allowed: BUILT_IN_IDS.join(', '), got: id },
          severity: 'error',
        },
      ],
    };
  const [{ loadPackData }, data] = await Promise.all([import('./pack/loadPack'), load()]);
  const result = loadPackData(data.default, 'builtIn');
  if (result.ok) {
    await addTranslation(result.pack, contentLanguage);
    registerPack(result.pack);
  }
  return result;
}

/** Loads every built-in; a broken one is reported, the others still load. */
export async function loadBuiltIns(): Promise<Map<string, PackLoad>> {
  const results = await Promise.all(
    BUILT_IN_IDS.map(async (id) => [id, await loadBuiltIn(id)] as const),
  );
  return new Map(results);
}
