import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { findScenario, loadBuiltIn } from '../../../src/content';
import { replay } from '../../../src/engine';
import {
  createGameStore,
  divergentTurns,
  runSetup,
  STORAGE_KEY,
  summarizeRuns,
  tallyVotes,
  type GameStore,
} from '../../../src/state';

await loadBuiltIn('goingDark');
const scenario = findScenario('goingDark')!;
const firstTurn = scenario.rules.turns[0]!;

class MemoryStorage implements StateStorage {
  readonly data = new Map<string, string>();
  getItem(name: string) {
    return this.data.get(name) ?? null;
  }
  setItem(name: string, value: string) {
    this.data.set(name, value);
  }
  removeItem(name: string) {
    this.data.delete(name);
  }
}

function newSession(
  mode: 'parallel' | 'parliament',
  options: { teams?: number; storage?: MemoryStorage; hotWash?: boolean } = {},
) {
  const storage = options.storage ?? new MemoryStorage();
  const store = createGameStore({ storage: () => storage });
  const s = store.getState();
  s.openSessionSetup('goingDark');
  s.editSession({ mode, seed: 'unit-room', hotWash: options.hotWash ?? false, opinion: null });
  s.setTeamCount(options.teams ?? 3);
  expect(store.getState().startSession().ok).toBe(true);
  expect(store.getState().session?.phase).toBe('briefing');
  store.getState().sessionNext();
  return { store, storage };
}

/** The first option the team at the device can afford (the engine judges it). */
function affordable(store: GameStore, preferred: number): string {
  const { session } = store.getState();
  const turn = scenario.rules.turns[session!.turn]!;
  const ids = turn.options.map((o) => o.id);
  const order = [...ids.slice(preferred % ids.length), ...ids.slice(0, preferred % ids.length)];
  for (const id of order) {
    const result = store.getState().enterChoice(id);
    if (result.ok) return id;
  }
  throw new Error('no affordable option');
}

/** Plays the current turn: every team chooses, reveal, results; returns the choices. */
function playTurn(store: GameStore, pick: (team: number) => number): string[] {
  const chosen: string[] = [];
  expect(store.getState().session?.phase).toBe('situation');
  store.getState().sessionNext();
  for (let team = 0; store.getState().session?.entryTeam; team += 1) {
    store.getState().openEntry();
    chosen.push(affordable(store, pick(team)));
  }
  expect(store.getState().sessionNext().ok).toBe(true); // reveal
  expect(store.getState().sessionNext().ok).toBe(true); // results
  return chosen;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('tallyVotes', () => {
  const [a, b, c] = firstTurn.options.map((o) => o.id) as [string, string, string];

  it('lets the majority decide', () => {
    const tally = tallyVotes(firstTurn, { t1: a, t2: b, t3: b }, 'facilitator', 's', null);
    expect(tally.decided).toBe(b);
    expect(tally.tieBrokenBy).toBeNull();
    expect(tally.counts.map((x) => x.votes)).toEqual([1, 2, 0]);
  });

  it('waits for the casting vote on a tie, and accepts only a tied option', () => {
    const votes = { t1: a, t2: b };
    expect(tallyVotes(firstTurn, votes, 'facilitator', 's', null).decided).toBeNull();
    expect(tallyVotes(firstTurn, votes, 'facilitator', 's', c).decided).toBeNull();
    const tally = tallyVotes(firstTurn, votes, 'facilitator', 's', b);
    expect(tally.decided).toBe(b);
    expect(tally.tieBrokenBy).toBe('facilitator');
  });

  it('draws a lot among the tied options, the same for the same seed', () => {
    const votes = { t1: a, t2: b, t3: c };
    const draws = new Set<string | null>();
    for (let i = 0; i < 40; i += 1) {
      const first = tallyVotes(firstTurn, votes, 'lot', `seed-${i}`, null).decided;
      expect(tallyVotes(firstTurn, votes, 'lot', `seed-${i}`, null).decided).toBe(first);
      draws.add(first);
    }
    expect([...draws].sort()).toEqual([a, b, c].sort());
  });

  it('gives a tie to the cheapest option', () => {
    const cheapest = [...firstTurn.options].sort((x, y) => x.cost - y.cost)[0]!.id;
    const votes = Object.fromEntries(firstTurn.options.map((o, i) => [`t${i}`, o.id]));
    expect(tallyVotes(firstTurn, votes, 'cheapest', 's', null).decided).toBe(cheapest);
  });
});

describe('a facilitator session', () => {
  it('plays parallel worlds to the end; every world is the engine replaying its team', () => {
    const { store } = newSession('parallel');
    for (let turn = 0; store.getState().session?.phase === 'situation'; turn += 1) {
      playTurn(store, (team) => turn + team);
      store.getState().sessionNext();
    }
    const { session, worlds } = store.getState();
    expect(session?.phase).toBe('report');
    for (const team of session!.setup.teams) {
      const replayed = replay(
        scenario.rules,
        runSetup(session!.setup, team.id),
        session!.decisions[team.id]!,
      );
      expect(replayed.ok && replayed.value.state).toEqual(worlds![team.id]!.state);
      expect(worlds![team.id]!.state.ending).not.toBeNull();
    }
    // Teams took different roles by default and different options: their choices diverged.
    const runs = summarizeRuns(scenario, session!, worlds!);
    expect(new Set(runs.map((r) => r.role)).size).toBe(3);
    expect(divergentTurns(session!, runs).length).toBeGreaterThan(0);
  });

  it('keeps choices hidden until all have decided, and refuses to reveal early', () => {
    const { store } = newSession('parallel');
    store.getState().sessionNext();
    expect(store.getState().session?.entryTeam).toBe('t1');
    expect(store.getState().session?.entryOpen).toBe(false);
    store.getState().openEntry();
    affordable(store, 0);
    expect(store.getState().session?.entryTeam).toBe('t2');
    expect(store.getState().session?.entryOpen).toBe(false);
    expect(store.getState().sessionNext()).toEqual({ ok: false, error: { kind: 'notAllDecided' } });
  });

  it('refuses a choice the engine rejects, with the engine’s typed error', () => {
    const { store } = newSession('parallel');
    store.getState().sessionNext();
    store.getState().openEntry();
    const result = store.getState().enterChoice('no.such.option');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'choice', error: { kind: 'unknownOption', optionId: 'no.such.option' } },
    });
  });

  it('takes a turn back from the results and plays it again identically', () => {
    const { store } = newSession('parallel');
    const chosen = playTurn(store, (team) => team);
    const after = store.getState().worlds;
    store.getState().sessionBack();
    const back = store.getState().session!;
    expect(back.phase).toBe('reveal');
    expect(Object.values(back.decisions).every((d) => d.length === 0)).toBe(true);
    expect(Object.values(back.entries)).toEqual(chosen);
    store.getState().sessionNext();
    expect(store.getState().worlds).toEqual(after);
  });

  it('parliament: the majority decides one shared run and the votes are kept', () => {
    const { store } = newSession('parliament');
    // Two teams for one option, one for another.
    playTurn(store, (team) => (team === 2 ? 1 : 0));
    const { session, worlds } = store.getState();
    expect(Object.keys(worlds!)).toEqual(['room']);
    const vote = session!.votes[0]!;
    expect(Object.keys(vote.votes)).toHaveLength(3);
    expect(session!.decisions.room).toEqual([{ turnId: vote.turnId, optionId: vote.decided }]);
    const counts = Object.values(vote.votes).filter((v) => v === vote.decided).length;
    expect(counts).toBeGreaterThanOrEqual(2);
  });

  it('survives a reload at any step: a new store from the same storage shows the same', () => {
    const storage = new MemoryStorage();
    const { store } = newSession('parliament', { storage, hotWash: true });
    playTurn(store, () => 0);
    store.getState().sessionNext(); // hot wash
    store.getState().sessionNext(); // next situation
    store.getState().sessionNext(); // decisions
    store.getState().openEntry();
    affordable(store, 0);
    const reloaded = createGameStore({ storage: () => storage }).getState();
    expect(reloaded.loadProblem).toBeNull();
    expect(reloaded.screen).toBe('facilitator');
    expect(reloaded.session).toEqual(store.getState().session);
    expect(reloaded.worlds).toEqual(store.getState().worlds);
  });

  it('keeps team counts within 2–8 and names short; asks for no one’s name', () => {
    const store = createGameStore({ storage: () => undefined });
    store.getState().openSessionSetup('goingDark');
    store.getState().setTeamCount(20);
    expect(store.getState().sessionDraft?.teams).toHaveLength(8);
    store.getState().setTeamCount(0);
    expect(store.getState().sessionDraft?.teams).toHaveLength(2);
    store.getState().editTeam('t1', { name: 'x'.repeat(100) });
    expect(store.getState().sessionDraft?.teams[0]?.name).toHaveLength(40);
    expect(Object.keys(store.getState().sessionDraft?.teams[0] ?? {}).sort()).toEqual([
      'id',
      'name',
      'role',
    ]);
  });

  it('runs the timer by the clock: pause, extend, never below zero, never deciding', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-29T10:00:00Z'));
    // Reaching the first situation starts the timer.
    const { store } = newSession('parallel');
    const started = store.getState().session!.timer!;
    expect(started.remainingMs).toBe(180_000);
    vi.setSystemTime(new Date('2026-11-29T10:01:00Z'));
    store.getState().toggleTimer();
    expect(store.getState().session!.timer).toEqual({ remainingMs: 120_000, startedAt: null });
    store.getState().adjustTimer(30);
    expect(store.getState().session!.timer!.remainingMs).toBe(150_000);
    store.getState().adjustTimer(-600);
    expect(store.getState().session!.timer!.remainingMs).toBe(0);
    expect(store.getState().session!.phase).toBe('situation');
  });
});

describe('saved sessions', () => {
  it('restores the version 3 fixture mid-turn, with the hidden choice kept', () => {
    const raw = readFileSync('tests/fixtures/saves/v3-going-dark-session.json', 'utf8');
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const state = createGameStore({ storage: () => storage }).getState();
    expect(state.loadProblem).toBeNull();
    expect(state.session?.phase).toBe('decisions');
    expect(state.session?.entryTeam).toBe('t2');
    expect(state.session?.entries).toEqual({ t1: 'territory.targeted' });
    expect(state.worlds?.room?.state.turn).toBe(1);
    expect(state.worlds?.room?.state.assumptions.accessBreach).toBe('pessimistic');
  });

  it.each([
    [
      'nine teams',
      (s: Record<string, unknown>) => ({
        ...s,
        teams: Array.from({ length: 9 }, (_, i) => ({
          id: `t${i}`,
          name: '',
          role: 'headOfGovernment',
        })),
      }),
    ],
    ['an unknown mode', (s: Record<string, unknown>) => ({ ...s, mode: 'anarchy' })],
    [
      'a team name of 500 characters',
      (s: Record<string, unknown>) => ({
        ...s,
        teams: [
          { id: 't1', name: 'x'.repeat(500), role: 'r' },
          { id: 't2', name: '', role: 'r' },
        ],
      }),
    ],
  ])('reports a session with %s as unreadable and starts clean', (_name, change) => {
    const saved = JSON.parse(
      readFileSync('tests/fixtures/saves/v3-going-dark-session.json', 'utf8'),
    ) as {
      state: { session: { current: { setup: Record<string, unknown> } } };
    };
    saved.state.session.current.setup = change(saved.state.session.current.setup);
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    const state = createGameStore({ storage: () => storage }).getState();
    expect(state.loadProblem).toMatchObject({ reason: 'badShape', where: 'state.session' });
    expect(state.session).toBeNull();
  });

  it('reports a session whose choices the engine refuses, and keeps the single game', () => {
    const saved = JSON.parse(
      readFileSync('tests/fixtures/saves/v3-going-dark-session.json', 'utf8'),
    ) as {
      state: { session: { current: { decisions: Record<string, unknown> } } };
    };
    saved.state.session.current.decisions = {
      room: [{ turnId: 'call', optionId: 'call.nothing' }],
    };
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    const state = createGameStore({ storage: () => storage }).getState();
    expect(state.loadProblem).toMatchObject({ reason: 'replayFailed' });
    expect(state.session).toBeNull();
    expect(state.game?.turn).toBe(1);
  });
});
