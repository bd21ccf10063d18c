import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createGameStore, SAVE_VERSION, STORAGE_KEY } from '../../../src/state';
import { findScenario, loadBuiltIn } from '../../../src/content';
import { leverLevel } from '../../../src/engine';

// Built-in scenarios load on demand in the game; the store restores saves of loaded ones.
await loadBuiltIn('goingDark');

const DIR = 'tests/fixtures/saves';

function storageWith(raw: string): StateStorage & { data: Map<string, string> } {
  const data = new Map([[STORAGE_KEY, raw]]);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('save migrations', () => {
  it('keeps a fixture for every save version up to the current one', () => {
    const versions = readdirSync(DIR).map((f) => Number(/^v(\d+)-/.exec(f)?.[1]));
    for (let v = 1; v <= SAVE_VERSION; v += 1) expect(versions).toContain(v);
  });

  it.each(readdirSync(DIR).map((f) => [f]))(
    'restores %s without a problem and resumes play',
    (file) => {
      const raw = readFileSync(join(DIR, file), 'utf8');
      const saved = JSON.parse(raw) as { state: { game: { decisions: unknown[] } } };
      const store = createGameStore({ storage: () => storageWith(raw) });
      const state = store.getState();
      expect(state.loadProblem).toBeNull();
      expect(state.screen).toBe('turn');
      expect(state.game?.turn).toBe(saved.state.game.decisions.length);
      expect(state.reports).toHaveLength(saved.state.game.decisions.length);
      const option = store.getState().draft.optionId ?? 'territory.platforms';
      const turnOption = state.game?.turn === 1 ? option : 'juniper.pressOn';
      expect(store.getState().decide(turnOption).ok).toBe(true);
    },
  );

  it('brings a version 1 save to the current shape', () => {
    const raw = readFileSync(join(DIR, 'v1-going-dark-turn3.json'), 'utf8');
    const storage = storageWith(raw);
    const store = createGameStore({ storage: () => storage });
    expect(store.getState().setup).toEqual({ seed: 'k7fq-3mzd' });
    expect(store.getState().settings.motion).toBe('reduce');
    store.getState().chooseOption('juniper.review');
    const rewritten = JSON.parse(storage.data.get(STORAGE_KEY) ?? '{}') as {
      version: number;
      state: { game: { setup: unknown } };
    };
    expect(rewritten.version).toBe(SAVE_VERSION);
    expect(rewritten.state.game.setup).toEqual({ seed: 'k7fq-3mzd' });
  });

  it('keeps the role, values, assumptions and draft of a version 2 save', () => {
    const raw = readFileSync(join(DIR, 'v2-going-dark-draft.json'), 'utf8');
    const store = createGameStore({ storage: () => storageWith(raw) });
    const { game, draft } = store.getState();
    expect(game?.role).toBe('attorneyGeneral');
    expect(game?.values.investigation).toBe(3);
    expect(game?.assumptions.accessBreach).toBe('pessimistic');
    expect(game && leverLevel(findScenario('goingDark')!.rules, game, 'lawfulHacking')).toBe(
      'limited',
    );
    expect(draft).toEqual({ optionId: 'territory.platforms', levers: { infiltration: 'funded' } });
  });
});
