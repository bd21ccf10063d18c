import { describe, expect, it } from 'vitest';
import { loadBuiltIn } from '../../../src/content';
import { MemoryStorage } from '../../fixtures/goingDark';
import { createGameStore, SAVE_VERSION, STORAGE_KEY } from '../../../src/state';

await loadBuiltIn('goingDark');

function played(storage = new MemoryStorage()) {
  const store = createGameStore({ storage: () => storage });
  store.getState().startScenario('goingDark', { seed: 'move-me', role: 'cyberAdviser' });
  store.getState().beginTurns();
  expect(store.getState().decide('call.talks').ok).toBe(true);
  store.getState().continueFromConsequences();
  return { store, storage };
}

describe('save files', () => {
  it('a file refused before it is read is remembered for the title to say, changing nothing', () => {
    const { store } = played();
    const before = store.getState().game;
    const problem = { kind: 'tooLarge', bytes: 9_000_000, max: 2_000_000 } as const;
    store.getState().refuseSaveFile('huge.json', problem);
    expect(store.getState().lastSaveImport).toEqual({ file: 'huge.json', problem });
    expect(store.getState().game).toBe(before);
  });

  it('move a game to another device: export, import elsewhere, continue identically', () => {
    const { store } = played();
    const file = store.getState().exportSave();
    const elsewhere = createGameStore({ storage: () => new MemoryStorage() });
    expect(elsewhere.getState().importSave(file)).toEqual({ ok: true, value: undefined });
    expect(elsewhere.getState().game).toEqual(store.getState().game);
    expect(elsewhere.getState().screen).toBe('turn');
    expect(elsewhere.getState().decide('territory.targeted').ok).toBe(true);
  });

  it('refuse a bad file with its reason and place, changing nothing', () => {
    const { store } = played();
    const before = store.getState().game;
    const cases: [string, unknown][] = [
      [
        '{"app": "key-decisions-save", "version": 3, ',
        {
          kind: 'unreadable',
          problem: {
            reason: 'badJson',
            where: expect.stringMatching(/^line 1, column \d+$/) as unknown,
          },
        },
      ],
      ['{"hello": "world"}', { kind: 'notASave', where: 'app' }],
      [
        JSON.stringify({ app: 'key-decisions-save', version: 99, state: {} }),
        { kind: 'unreadable', problem: { reason: 'futureVersion', where: 'version' } },
      ],
      [
        JSON.stringify({
          app: 'key-decisions-save',
          version: 3,
          state: { game: {}, settings: {} },
        }),
        { kind: 'unreadable', problem: { reason: 'badShape', where: 'state.game.scenarioId' } },
      ],
      [
        '{"app": "key-decisions-save", "__proto__": {"polluted": true}}',
        { kind: 'unreadable', problem: { reason: 'badShape', where: '__proto__' } },
      ],
      [
        `${'['.repeat(100)}${']'.repeat(100)}`,
        { kind: 'unreadable', problem: expect.objectContaining({ reason: 'badShape' }) as unknown },
      ],
      [' '.repeat(1_100_000), { kind: 'tooLarge', bytes: 1_100_000, max: 1_000_000 }],
    ];
    for (const [text, error] of cases) {
      expect(store.getState().importSave(text)).toEqual({ ok: false, error });
      expect(store.getState().game).toBe(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('broken storage', () => {
  it('keeps a damaged save in memory (for download) and says where it broke', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"state": {"game": ');
    const state = createGameStore({ storage: () => storage }).getState();
    expect(state.loadProblem).toMatchObject({ reason: 'badJson', raw: '{"state": {"game": ' });
    expect(state.loadProblem?.where).toMatch(/^line 1, column \d+$/);
  });

  it('plays in memory when storage is switched off, and says so', () => {
    const store = createGameStore({
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(store.getState().loadProblem).toEqual({ reason: 'storageUnavailable' });
    store.getState().startScenario('goingDark', { seed: 'x' });
    store.getState().beginTurns();
    expect(store.getState().decide('call.talks').ok).toBe(true);
  });

  it('says once that saving stopped when storage is full, and plays on', () => {
    const { store, storage } = played();
    storage.failWrites = true;
    expect(store.getState().decide('territory.targeted').ok).toBe(true);
    expect(store.getState().loadProblem).toEqual({ reason: 'storageFull' });
    store.getState().dismissLoadProblem();
    store.getState().continueFromConsequences();
    expect(store.getState().loadProblem).toBeNull();
    storage.failWrites = false;
    store.getState().continueFromConsequences();
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
      version: SAVE_VERSION,
    });
  });
});
