import type { StateCreator } from 'zustand/vanilla';
import { findScenario, isBuiltIn, loadBuiltIn } from '../content';
import type { RootState, StoreMutators } from './rootState';
import {
  parseResultLink,
  resolveResultLink,
  type LinkProblem,
  type SharedResult,
} from './resultLink';

/** A result link being looked at: never saved, and it never touches the game in progress. */
export type SharedView =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly result: SharedResult }
  | { readonly status: 'problem'; readonly problem: LinkProblem };

export interface ResultSlice {
  readonly shared: SharedView | null;
  /** Opens a result link (the page's fragment); the run is rebuilt by the engine. */
  openResultLink(fragment: string): Promise<void>;
  /** Starts a new game with the shared run's scenario, role, values, assumptions and seed. */
  playSharedSeed(): void;
  closeShared(): void;
}

export const createResultSlice: StateCreator<RootState, StoreMutators, [], ResultSlice> = (
  set,
  get,
) => ({
  shared: null,

  async openResultLink(fragment) {
    const parsed = parseResultLink(fragment);
    if (!parsed.ok) {
      set({ shared: { status: 'problem', problem: parsed.problem }, screen: 'result' });
      return;
    }
    set({ shared: { status: 'loading' }, screen: 'result' });
    const { scenarioId } = parsed.value;
    if (!findScenario(scenarioId) && isBuiltIn(scenarioId)) await loadBuiltIn(scenarioId);
    const resolved = resolveResultLink(parsed.value);
    set({
      shared: resolved.ok
        ? { status: 'ready', result: resolved.value }
        : { status: 'problem', problem: resolved.problem },
    });
  },

  playSharedSeed() {
    const shared = get().shared;
    if (shared?.status !== 'ready') return;
    const { scenarioId, setup } = shared.result;
    set({ shared: null });
    get().startScenario(scenarioId, setup);
  },

  closeShared() {
    set({ shared: null, screen: 'title' });
  },
});
