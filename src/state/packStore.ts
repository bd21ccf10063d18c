import type { StateStorage } from 'zustand/middleware';
import {
  findScenario,
  isBuiltIn,
  loadBuiltIn,
  loadPack,
  registerPack,
  type PackProblem,
} from '../content';
import { STORAGE_KEY } from './persistence';

/** Imported packs, kept as the text the player gave us: id → pack file text. */
export const PACKS_KEY = 'key-decisions:packs';

export type PackStorage = () => StateStorage | undefined;

/** The stored packs; unreadable storage reads as none (the packs stay in storage untouched). */
export function readStoredPacks(storage: PackStorage): Record<string, string> {
  try {
    const raw = storage()?.getItem(PACKS_KEY);
    if (typeof raw !== 'string') return {};
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

/** Writes the stored packs; false when storage is full or disabled (the pack stays in memory). */
export function writeStoredPacks(storage: PackStorage, packs: Record<string, string>): boolean {
  try {
    const backing = storage();
    if (!backing) return false;
    void backing.setItem(PACKS_KEY, JSON.stringify(packs));
    return true;
  } catch {
    return false;
  }
}

/** Registers every stored pack that still loads; returns the problems of those that do not. */
export async function registerStoredPacks(
  storage: PackStorage,
): Promise<{ id: string; problems: readonly PackProblem[] }[]> {
  const broken: { id: string; problems: readonly PackProblem[] }[] = [];
  for (const [id, text] of Object.entries(readStoredPacks(storage))) {
    if (findScenario(id)?.origin === 'imported') continue;
    const result = await loadPack(text, 'imported');
    if (result.ok && result.pack.scenario.id === id && !isBuiltIn(id)) registerPack(result.pack);
    else broken.push({ id, problems: result.ok ? [] : result.problems });
  }
  return broken;
}

/**
 * The scenarios a save refers to (the game, a setup being prepared, a facilitator's session and
 * its setup), read without trusting it.
 */
function savedScenarioIds(storage: PackStorage): string[] {
  type Ref = { scenarioId?: unknown } | null | undefined;
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    if (typeof raw !== 'string') return [];
    const state = (
      JSON.parse(raw) as {
        state?: {
          game?: { scenarioId?: unknown; pendingSetup?: Ref };
          session?: { draft?: Ref; current?: { setup?: Ref } | null };
        };
      }
    ).state;
    return [
      state?.game?.scenarioId,
      state?.game?.pendingSetup?.scenarioId,
      state?.session?.draft?.scenarioId,
      state?.session?.current?.setup?.scenarioId,
    ].filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

/**
 * Before the store restores a save, the scenarios it needs must be loaded: built-ins arrive in
 * their own chunks, imported packs from storage. Whatever is missing shows as a load problem later.
 */
export async function prepareScenarios(storage: PackStorage): Promise<void> {
  await registerStoredPacks(storage);
  const needed = savedScenarioIds(storage).filter((id) => isBuiltIn(id) && !findScenario(id));
  await Promise.all(needed.map((id) => loadBuiltIn(id)));
}
