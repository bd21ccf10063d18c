import { describe, expect, it } from 'vitest';
import { newGame, replay, resolveTurn, type GameState } from '../../../src/engine';
import { MINI_RULES } from '../../fixtures/miniRules';

function play(state: GameState, optionId: string) {
  const turn = MINI_RULES.turns[state.turn];
  const result = resolveTurn(MINI_RULES, state, { turnId: turn?.id ?? '?', optionId });
  if (!result.ok) throw new Error(`unexpected error ${result.error.kind}`);
  return result.value;
}

describe('resolveTurn', () => {
  it('applies the decision, its lever and events, and explains every change', () => {
    const { state, report } = play(newGame(MINI_RULES, 'x'), 'a');
    const change = (m: string) => report.changes.find((c) => c.metric === m);
    expect(state.metrics.investigation).toBe(55);
    expect(change('investigation')?.causes).toEqual([
      expect.objectContaining({ kind: 'decision', id: 'a', amount: 5, delay: 0, sources: ['s1'] }),
    ]);
    expect(change('security')?.causes).toEqual([
      expect.objectContaining({
        kind: 'lever',
        id: 'mandate',
        amount: -2,
        text: { key: 'mini:mandate.on' },
      }),
    ]);
    expect(state.levers.mandate).toBe('on');
    // The event may only fire from turn index 1.
    expect(report.events).toEqual([]);
    expect(state.capital).toBe(1);
  });

  it('delivers delayed effects later, with the delay in the ledger', () => {
    let { state } = play(newGame(MINI_RULES, 'x'), 'a');
    expect(state.metrics.trust).toBe(50);
    expect(state.pending).toHaveLength(1);
    const second = play(state, 'd');
    state = second.state;
    expect(second.report.events.map((e) => e.id)).toEqual(['sure']);
    expect(state.metrics.standing).toBe(43);
    const third = play(state, 'e');
    expect(third.state.metrics.trust).toBe(54);
    expect(third.report.changes.find((c) => c.metric === 'trust')?.causes[0]).toMatchObject({
      delay: 2,
      amount: 4,
    });
    expect(third.state.pending).toHaveLength(0);
  });

  it('records clamping as a cause so the causes still add up', () => {
    const { state, report } = play(newGame(MINI_RULES, 'x'), 'huge');
    const economy = report.changes.find((c) => c.metric === 'economy');
    expect(state.metrics.economy).toBe(100);
    expect(economy?.causes.map((c) => c.kind)).toEqual(['decision', 'limit']);
    expect(economy?.causes.reduce((s, c) => s + c.amount, 0)).toBe(
      economy!.after - economy!.before,
    );
  });

  it('returns typed errors for invalid decisions and leaves the state alone', () => {
    const start = newGame(MINI_RULES, 'x');
    const frozen = JSON.stringify(start);
    expect(resolveTurn(MINI_RULES, start, { turnId: 't1', optionId: 'nope' })).toEqual({
      ok: false,
      error: { kind: 'unknownOption', optionId: 'nope' },
    });
    expect(resolveTurn(MINI_RULES, start, { turnId: 't2', optionId: 'c' })).toEqual({
      ok: false,
      error: { kind: 'wrongTurn', expected: 't1', got: 't2' },
    });
    expect(
      resolveTurn({ ...MINI_RULES, id: 'other' }, start, { turnId: 't1', optionId: 'a' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'wrongScenario' },
    });
    const { state } = play(start, 'b');
    expect(
      resolveTurn(MINI_RULES, { ...state, capital: 1 }, { turnId: 't2', optionId: 'c' }),
    ).toEqual({
      ok: false,
      error: { kind: 'notEnoughCapital', needed: 2, available: 1 },
    });
    expect(JSON.stringify(start)).toBe(frozen);
  });

  it('ends the game after the last turn with the first final ending that holds', () => {
    let state = newGame(MINI_RULES, 'x');
    for (const option of ['b', 'd', 'e']) state = play(state, option).state;
    expect(state.ending).toMatchObject({ kind: 'term', afterTurn: 2 });
    expect(resolveTurn(MINI_RULES, state, { turnId: 't3', optionId: 'e' })).toEqual({
      ok: false,
      error: { kind: 'gameOver' },
    });
  });

  it('ends early when a metric collapses', () => {
    const rules = {
      ...MINI_RULES,
      initialMetrics: { ...MINI_RULES.initialMetrics, security: 7 },
    };
    const result = resolveTurn(rules, newGame(rules, 'x'), { turnId: 't1', optionId: 'a' });
    expect(result.ok && result.value.state.ending).toMatchObject({
      id: 'crash',
      kind: 'collapse',
      afterTurn: 0,
    });
  });

  it('replays the same seed and decisions to byte-identical states', () => {
    const decisions = [
      { turnId: 't1', optionId: 'b' },
      { turnId: 't2', optionId: 'd' },
    ];
    const first = replay(MINI_RULES, 'seed-1', decisions);
    const second = replay(MINI_RULES, 'seed-1', decisions);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    const failed = replay(MINI_RULES, 'seed-1', [{ turnId: 't1', optionId: 'zzz' }]);
    expect(failed).toEqual({
      ok: false,
      error: { at: 0, error: { kind: 'unknownOption', optionId: 'zzz' } },
    });
  });

  it('keeps the state JSON-serializable', () => {
    const { state } = play(newGame(MINI_RULES, 'x'), 'a');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
