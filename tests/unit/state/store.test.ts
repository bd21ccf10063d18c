import { describe, expect, it } from 'vitest';
import { createGameStore, SAVE_VERSION, STORAGE_KEY, UNREADABLE_KEY } from '../../../src/state';
import { loadBuiltIn } from '../../../src/content';
import { GOING_DARK_PATH, MemoryStorage } from '../../fixtures/goingDark';

// Built-in scenarios load on demand in the game; the store restores saves of loaded ones.
await loadBuiltIn('goingDark');

function playTurns(store: ReturnType<typeof createGameStore>, count: number) {
  for (const optionId of GOING_DARK_PATH.slice(0, count)) {
    expect(store.getState().decide(optionId).ok).toBe(true);
    store.getState().continueFromConsequences();
  }
}

describe('game store', () => {
  it('starts a scenario, plays turns and reaches the ending', () => {
    const store = createGameStore({ storage: () => new MemoryStorage() });
    expect(store.getState().screen).toBe('title');
    store.getState().startScenario('goingDark', { seed: 'seed-a' });
    expect(store.getState().screen).toBe('briefing');
    store.getState().beginTurns();
    playTurns(store, GOING_DARK_PATH.length);
    expect(store.getState().screen).toBe('ending');
    expect(store.getState().game?.ending).not.toBeNull();
    expect(store.getState().reports).toHaveLength(GOING_DARK_PATH.length);
  });

  it('rejects an invalid decision with a typed error and keeps the game', () => {
    const store = createGameStore({ storage: () => new MemoryStorage() });
    store.getState().startScenario('goingDark', { seed: 'seed-a' });
    const before = store.getState().game;
    const result = store.getState().decide('no-such-option');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'unknownOption', optionId: 'no-such-option' },
    });
    expect(store.getState().game).toBe(before);
    expect(store.getState().lastError).toEqual({
      kind: 'unknownOption',
      optionId: 'no-such-option',
    });
  });

  it('resumes after a reload at the same turn with the same state', () => {
    const storage = new MemoryStorage();
    const first = createGameStore({ storage: () => storage });
    first.getState().startScenario('goingDark', { seed: 'seed-b' });
    first.getState().beginTurns();
    playTurns(first, 3);
    const saved = JSON.parse(storage.data.get(STORAGE_KEY) ?? '{}') as { version: number };
    expect(saved.version).toBe(SAVE_VERSION);

    const second = createGameStore({ storage: () => storage });
    expect(second.getState().screen).toBe('turn');
    expect(JSON.stringify(second.getState().game)).toBe(JSON.stringify(first.getState().game));
    expect(second.getState().reports).toHaveLength(3);
  });

  it.each([
    ['bad JSON', '{not json', 'badJson'],
    ['wrong shape', JSON.stringify({ state: { game: 3 }, version: 1 }), 'badShape'],
    ['a version from the future', JSON.stringify({ state: {}, version: 99 }), 'futureVersion'],
    [
      'an assumption setting that does not exist',
      JSON.stringify({
        version: 2,
        state: {
          game: {
            scenarioId: 'goingDark',
            setup: { seed: 's', assumptions: { accessBreach: 'nonsense' } },
            screen: 'turn',
            decisions: [],
            draft: { optionId: null, levers: {} },
          },
          settings: { motion: 'system' },
        },
      }),
      'badShape',
    ],
    [
      'a text size the game does not offer',
      JSON.stringify({
        version: 2,
        state: {
          game: {
            scenarioId: null,
            setup: { seed: 's' },
            screen: 'title',
            decisions: [],
            draft: { optionId: null, levers: {} },
          },
          settings: { motion: 'system', textSize: 900 },
        },
      }),
      'badShape',
    ],
    [
      'decisions the rules never allowed',
      JSON.stringify({
        version: 1,
        state: {
          game: {
            scenarioId: 'goingDark',
            seed: 's',
            screen: 'turn',
            decisions: [{ turnId: 'call', optionId: 'hack' }],
          },
          settings: { motion: 'system' },
        },
      }),
      'replayFailed',
    ],
  ])('starts fresh with a message and keeps the raw save on %s', (_label, raw, reason) => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, raw);
    const store = createGameStore({ storage: () => storage });
    expect(store.getState().loadProblem).toMatchObject({ reason });
    expect(store.getState().screen).toBe('title');
    store.getState().startScenario('goingDark', { seed: 'fresh' });
    expect(store.getState().game?.turn).toBe(0);
    expect(storage.data.get(UNREADABLE_KEY)).toBe(raw);
    expect(storage.data.get(STORAGE_KEY)).toContain('fresh');
  });

  it('keeps playing in memory when storage refuses writes or is missing', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const store = createGameStore({ storage: () => storage });
    store.getState().startScenario('goingDark', { seed: 'quota' });
    store.getState().beginTurns();
    expect(store.getState().decide('call.talks').ok).toBe(true);

    const noStorage = createGameStore({ storage: () => undefined });
    noStorage.getState().startScenario('goingDark', { seed: 'none' });
    expect(noStorage.getState().screen).toBe('briefing');
  });

  it('restarts with the same seed to the same opening state', () => {
    const store = createGameStore({ storage: () => new MemoryStorage() });
    store.getState().startScenario('goingDark', { seed: 'same' });
    store.getState().beginTurns();
    playTurns(store, 2);
    store.getState().restart({ sameSeed: true });
    expect(store.getState().setup.seed).toBe('same');
    expect(store.getState().game?.turn).toBe(0);
    store.getState().restart({ sameSeed: false });
    expect(store.getState().setup.seed).not.toBe('same');
  });
});

describe('settings', () => {
  it('are saved, and a save from before text size and contrast existed gets the defaults', () => {
    const storage = new MemoryStorage();
    const first = createGameStore({ storage: () => storage });
    expect(first.getState().settings).toEqual({
      motion: 'system',
      textSize: 100,
      contrast: 'normal',
      sound: false,
      volume: 60,
      language: null,
    });
    first.getState().setTextSize(150);
    first.getState().setContrast('high');
    const second = createGameStore({ storage: () => storage });
    expect(second.getState().settings).toMatchObject({ textSize: 150, contrast: 'high' });

    const old = new MemoryStorage();
    old.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        state: {
          game: {
            scenarioId: null,
            setup: { seed: 's' },
            screen: 'title',
            decisions: [],
            draft: { optionId: null, levers: {} },
          },
          settings: { motion: 'reduce' },
        },
      }),
    );
    const restored = createGameStore({ storage: () => old });
    expect(restored.getState().loadProblem).toBeNull();
    expect(restored.getState().settings).toEqual({
      motion: 'reduce',
      textSize: 100,
      contrast: 'normal',
      sound: false,
      volume: 60,
      language: null,
    });
  });
});

describe('setup screen', () => {
  it('keeps the saved game until Start is pressed', () => {
    const storage = new MemoryStorage();
    const store = createGameStore({ storage: () => storage });
    store.getState().startScenario('goingDark', { seed: 'kept' });
    store.getState().beginTurns();
    expect(store.getState().decide('call.talks').ok).toBe(true);
    store.getState().chooseScenario('goingDark');
    store.getState().setRole('cyberAdviser');
    expect(store.getState().screen).toBe('setup');
    expect(store.getState().decisions).toHaveLength(1);
    store.getState().goToTitle();
    const reloaded = createGameStore({ storage: () => storage });
    expect(reloaded.getState().setup.seed).toBe('kept');
    expect(reloaded.getState().decisions).toHaveLength(1);
    reloaded.getState().chooseScenario('goingDark');
    reloaded.getState().setRole('cyberAdviser');
    expect(reloaded.getState().startScenario().ok).toBe(true);
    expect(reloaded.getState().game?.role).toBe('cyberAdviser');
    expect(reloaded.getState().decisions).toHaveLength(0);
  });

  it('restores a saved game whose screen disagrees with its decisions without a blank page', () => {
    const storage = new MemoryStorage();
    const first = createGameStore({ storage: () => storage });
    first.getState().startScenario('goingDark', { seed: 'edited' });
    first.getState().beginTurns();
    for (const option of [
      'call.talks',
      'territory.platforms',
      'juniper.pressOn',
      'shifting.hashes',
      'order.narrow',
      'congress.stats',
      'outsideParty.keep',
      'byDefault.adapt',
    ]) {
      first.getState().decide(option);
    }
    const saved = JSON.parse(storage.data.get(STORAGE_KEY) ?? '{}') as {
      state: { game: { screen: string } };
    };
    saved.state.game.screen = 'briefing';
    storage.data.set(STORAGE_KEY, JSON.stringify(saved));
    const second = createGameStore({ storage: () => storage });
    expect(second.getState().game?.ending).not.toBeNull();
    expect(second.getState().screen).toBe('ending');
  });
});
