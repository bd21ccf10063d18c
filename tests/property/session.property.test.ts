import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { findScenario, loadBuiltIn } from '../../src/content';
import { replay } from '../../src/engine';
import { createGameStore, runIds, runSetup, TIE_BREAKS, type GameStore } from '../../src/state';

await loadBuiltIn('goingDark');
const scenario = findScenario('goingDark')!;

class MemoryStorage implements StateStorage {
  readonly data = new Map<string, string>();
  getItem = (name: string) => this.data.get(name) ?? null;
  setItem = (name: string, value: string) => void this.data.set(name, value);
  removeItem = (name: string) => void this.data.delete(name);
}

/** What a facilitator (or a cat on the keyboard) can do on the projector, in any order. */
const action = fc.oneof(
  fc.constant({ kind: 'next' } as const),
  fc.constant({ kind: 'back' } as const),
  fc.constant({ kind: 'open' } as const),
  fc.constant({ kind: 'timer' } as const),
  fc.constant({ kind: 'reload' } as const),
  fc.record({ kind: fc.constant('enter' as const), option: fc.nat(4) }),
  fc.record({ kind: fc.constant('reopen' as const), team: fc.nat(3) }),
  fc.record({ kind: fc.constant('cast' as const), option: fc.nat(4) }),
  fc.record({
    kind: fc.constant('answer' as const),
    team: fc.nat(3),
    value: fc.integer({ min: -2, max: 8 }),
  }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

function apply(store: GameStore, a: Action): void {
  const s = store.getState();
  const turn = scenario.rules.turns[s.session?.turn ?? 0];
  const optionId = (i: number) => turn?.options[i % (turn.options.length || 1)]?.id ?? 'none';
  switch (a.kind) {
    case 'next':
      s.sessionNext();
      return;
    case 'back':
      s.sessionBack();
      return;
    case 'open':
      s.openEntry();
      return;
    case 'timer':
      s.toggleTimer();
      s.adjustTimer(30);
      return;
    case 'reload':
      return;
    case 'enter':
      s.enterChoice(optionId(a.option));
      return;
    case 'reopen':
      s.reopenEntry(`t${a.team + 1}`);
      return;
    case 'cast':
      s.castVote(optionId(a.option));
      return;
    case 'answer':
      s.answerOpinion('before', `t${a.team + 1}`, a.value);
      return;
  }
}

/** The worlds the store shows are always the engine replaying the session's own decisions. */
function expectConsistent(store: GameStore): void {
  const { session, worlds } = store.getState();
  expect(session).not.toBeNull();
  for (const run of runIds(session!.setup)) {
    const decisions = session!.decisions[run] ?? [];
    expect(decisions.length).toBeLessThanOrEqual(session!.turn + 1);
    const replayed = replay(scenario.rules, runSetup(session!.setup, run), decisions);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(worlds?.[run]?.state).toEqual(replayed.value.state);
  }
  for (const value of Object.values(session!.opinions.before)) {
    expect(value).toBeGreaterThanOrEqual(1);
    expect(value).toBeLessThanOrEqual(5);
  }
}

describe('facilitator sessions under any sequence of controls', () => {
  it('never throw, stay consistent with the engine, and survive a reload at any point', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('parallel' as const, 'parliament' as const),
        fc.constantFrom(...TIE_BREAKS),
        fc.integer({ min: 2, max: 4 }),
        fc.array(action, { maxLength: 80 }),
        (mode, tieBreak, teams, actions) => {
          const storage = new MemoryStorage();
          let store = createGameStore({ storage: () => storage });
          store.getState().openSessionSetup('goingDark');
          store.getState().editSession({ mode, tieBreak, seed: 'prop' });
          store.getState().setTeamCount(teams);
          expect(store.getState().startSession().ok).toBe(true);
          for (const a of actions) {
            apply(store, a);
            if (a.kind === 'reload') {
              const before = store.getState();
              store = createGameStore({ storage: () => storage });
              expect(store.getState().loadProblem).toBeNull();
              expect(store.getState().session).toEqual(before.session);
              expect(store.getState().worlds).toEqual(before.worlds);
            }
            expectConsistent(store);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
