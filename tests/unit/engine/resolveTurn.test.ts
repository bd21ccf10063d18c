import { describe, expect, it } from 'vitest';
import {
  advanceTurn,
  checkDecision,
  counterfactual,
  forecastTurn,
  newGame,
  replay,
  resolveTurn,
  scoreRun,
  type Decision,
  type GameSetup,
  type GameState,
} from '../../../src/engine';
import { MINI_RULES } from '../../fixtures/miniRules';

const SETUP: GameSetup = { seed: 'x', role: 'chief', assumptions: { switch: 'optimistic' } };

function start(setup: GameSetup = SETUP): GameState {
  const game = newGame(MINI_RULES, setup);
  if (!game.ok) throw new Error(`setup rejected: ${game.error.kind}`);
  return game.value;
}

function play(state: GameState, optionId: string, levers?: Record<string, string>) {
  const turn = MINI_RULES.turns[state.turn];
  const decision: Decision = levers
    ? { turnId: turn?.id ?? '?', optionId, levers }
    : { turnId: turn?.id ?? '?', optionId };
  const result = resolveTurn(MINI_RULES, state, decision);
  if (!result.ok) throw new Error(`unexpected error ${result.error.kind}`);
  return result.value;
}

describe('newGame', () => {
  it('rejects an unknown role, assumption or value weight with a typed error', () => {
    expect(newGame(MINI_RULES, { seed: 's', role: 'king' })).toEqual({
      ok: false,
      error: { kind: 'unknownRole', role: 'king' },
    });
    expect(newGame(MINI_RULES, { seed: 's', assumptions: { nope: 'optimistic' } })).toEqual({
      ok: false,
      error: { kind: 'unknownAssumption', assumption: 'nope' },
    });
    expect(
      newGame(MINI_RULES, { seed: 's', assumptions: { switch: 'bogus' as 'optimistic' } }),
    ).toEqual({
      ok: false,
      error: { kind: 'badAssumption', assumption: 'switch' },
    });
    expect(newGame(MINI_RULES, { seed: 's', values: { trust: 9 } })).toEqual({
      ok: false,
      error: { kind: 'badValue', metric: 'trust' },
    });
  });

  it('draws random assumptions from the seed, the same way every time', () => {
    const settings = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      const a = start({ seed: `s${i}` });
      const b = start({ seed: `s${i}` });
      expect(a.assumptions).toEqual(b.assumptions);
      settings.add(a.assumptions.switch ?? '');
    }
    expect([...settings].sort()).toEqual(['optimistic', 'pessimistic']);
  });
});

describe('resolveTurn', () => {
  it('applies the decision and policies with inertia, and explains every change', () => {
    const first = play(start(), 'a');
    const change = (m: string) => first.report.changes.find((c) => c.metric === m);
    expect(first.state.metrics.investigation).toBe(55);
    expect(change('investigation')?.causes).toEqual([
      expect.objectContaining({ kind: 'decision', id: 'a', amount: 5, delay: 0, sources: ['s1'] }),
    ]);
    // A new policy is felt at half strength in its first turn, in full afterwards.
    expect(change('security')?.causes).toEqual([
      expect.objectContaining({
        kind: 'lever',
        id: 'mandate',
        amount: -2,
        text: { key: 'mini:mandate.on' },
      }),
    ]);
    const second = play(first.state, 'd');
    expect(second.report.changes.find((c) => c.metric === 'security')?.causes[0]).toMatchObject({
      kind: 'lever',
      amount: -4,
    });
    expect(first.state.capital).toBe(1);
  });

  it('fades a dropped policy out over the next turns (inertia)', () => {
    const first = play(start(), 'a');
    const second = play(first.state, 'd');
    const third = play({ ...second.state, capital: 4 }, 'e', { mandate: 'off' });
    const security = third.report.changes.find((c) => c.metric === 'security');
    expect(security?.causes).toEqual([
      expect.objectContaining({ kind: 'inertia', id: 'mandate', amount: -2 }),
    ]);
  });

  it('moves stakeholder approval by policies and by the metrics each group cares about', () => {
    const first = play(start(), 'a');
    const police = first.report.approval.find((a) => a.stakeholder === 'police');
    expect(police?.causes.map((c) => c.kind)).toEqual(['lever', 'support']);
    expect(police?.after).toBe(50 + 2 + 5);
    for (const change of first.report.approval) {
      expect(change.causes.reduce((s, c) => s + c.amount, 0)).toBe(change.after - change.before);
    }
  });

  it('delivers delayed effects later, with the delay in the ledger, and fires events', () => {
    let { state } = play(start(), 'a');
    expect(state.pending).toHaveLength(1);
    const second = play(state, 'd');
    state = second.state;
    expect(second.report.events.map((e) => e.id)).toEqual(['sure']);
    const third = play(state, 'e');
    expect(third.report.changes.find((c) => c.metric === 'trust')?.causes).toContainEqual(
      expect.objectContaining({ kind: 'decision', delay: 2, amount: 4 }),
    );
    expect(third.state.pending).toHaveLength(0);
  });

  it('records clamping as a cause so the causes still add up', () => {
    const { state, report } = play(start(), 'huge');
    const economy = report.changes.find((c) => c.metric === 'economy');
    expect(state.metrics.economy).toBe(100);
    expect(economy?.causes.map((c) => c.kind)).toEqual(['decision', 'limit']);
    expect(economy?.causes.reduce((s, c) => s + c.amount, 0)).toBe(
      economy!.after - economy!.before,
    );
  });

  it('returns a typed error for every kind of invalid decision, and leaves the state alone', () => {
    const game = start();
    const frozen = JSON.stringify(game);
    const attempt = (decision: Decision, state = game) => resolveTurn(MINI_RULES, state, decision);
    expect(attempt({ turnId: 't1', optionId: 'nope' })).toEqual({
      ok: false,
      error: { kind: 'unknownOption', optionId: 'nope' },
    });
    expect(attempt({ turnId: 't2', optionId: 'c' })).toEqual({
      ok: false,
      error: { kind: 'wrongTurn', expected: 't1', got: 't2' },
    });
    expect(attempt({ turnId: 't1', optionId: 'b', levers: { laser: 'on' } })).toEqual({
      ok: false,
      error: { kind: 'unknownLever', lever: 'laser' },
    });
    expect(attempt({ turnId: 't1', optionId: 'b', levers: { shield: 'max' } })).toEqual({
      ok: false,
      error: { kind: 'unknownLevel', lever: 'shield', level: 'max' },
    });
    expect(attempt({ turnId: 't1', optionId: 'b', levers: { hack: 'on' } })).toEqual({
      ok: false,
      error: { kind: 'missingPrerequisite', lever: 'hack' },
    });
    expect(
      attempt({ turnId: 't1', optionId: 'b', levers: { mandate: 'on', shield: 'on' } }),
    ).toEqual({
      ok: false,
      error: { kind: 'excludedPair', lever: 'mandate', other: 'shield' },
    });
    expect(
      attempt({
        turnId: 't1',
        optionId: 'a',
        levers: { shield: 'off', hack: 'off', mandate: 'on' },
      }),
    ).toMatchObject({ ok: true });
    expect(
      attempt(
        { turnId: 't1', optionId: 'b', levers: { shield: 'on', hack: 'on' } },
        { ...game, capital: 2 },
      ),
    ).toEqual({
      ok: false,
      error: { kind: 'notEnoughCapital', needed: 3, available: 2 },
    });
    const clerk = start({ seed: 'x', role: 'clerk' });
    expect(attempt({ turnId: 't1', optionId: 'b', levers: { mandate: 'on' } }, clerk)).toEqual({
      ok: false,
      error: { kind: 'leverNotAvailable', lever: 'mandate', role: 'clerk' },
    });
    expect(
      attempt({ turnId: 't1', optionId: 'a' }, { ...game, scenarioId: 'other' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'wrongScenario' },
    });
    expect(JSON.stringify(game)).toBe(frozen);
  });

  it('plays a check passed along only when it was made for this state and decision', () => {
    const game = start();
    const decision: Decision = { turnId: 't1', optionId: 'b', levers: { shield: 'on' } };
    const checked = checkDecision(MINI_RULES, game, decision);
    if (!checked.ok) throw new Error(checked.error.kind);
    const unchecked = advanceTurn(MINI_RULES, game, decision);
    expect(advanceTurn(MINI_RULES, game, decision, checked.value)).toEqual(unchecked);
    // A check of another decision or of another state is not trusted: the decision is checked.
    const illegal: Decision = { turnId: 't1', optionId: 'b', levers: { hack: 'on' } };
    const missing = { ok: false, error: { kind: 'missingPrerequisite', lever: 'hack' } };
    expect(advanceTurn(MINI_RULES, game, illegal, checked.value)).toEqual(missing);
    expect(advanceTurn(MINI_RULES, { ...game }, decision, checked.value)).toEqual(unchecked);
    const next = play(game, 'b');
    expect(advanceTurn(MINI_RULES, next.state, decision, checked.value)).toEqual({
      ok: false,
      error: { kind: 'wrongTurn', expected: 't2', got: 't1' },
    });
  });

  it('ends the game after the last turn, and refuses to play on', () => {
    let state = start();
    for (const option of ['b', 'd', 'e']) state = play(state, option).state;
    expect(state.ending).toMatchObject({ kind: 'term', afterTurn: 2 });
    expect(resolveTurn(MINI_RULES, state, { turnId: 't3', optionId: 'e' })).toEqual({
      ok: false,
      error: { kind: 'gameOver' },
    });
  });

  it('ends early when a metric collapses', () => {
    const rules = { ...MINI_RULES, initialMetrics: { ...MINI_RULES.initialMetrics, security: 7 } };
    const game = newGame(rules, SETUP);
    if (!game.ok) throw new Error('setup');
    const result = resolveTurn(rules, game.value, { turnId: 't1', optionId: 'a' });
    expect(result.ok && result.value.state.ending).toMatchObject({
      id: 'crash',
      kind: 'collapse',
      afterTurn: 0,
    });
  });

  it('replays the same setup and decisions to byte-identical states, which survive JSON', () => {
    const decisions: Decision[] = [
      { turnId: 't1', optionId: 'b', levers: { shield: 'on' } },
      { turnId: 't2', optionId: 'd', levers: { hack: 'on' } },
    ];
    const first = replay(MINI_RULES, { seed: 'seed-1' }, decisions);
    const second = replay(MINI_RULES, { seed: 'seed-1' }, decisions);
    expect(first.ok).toBe(true);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    if (first.ok) expect(JSON.parse(JSON.stringify(first.value.state))).toEqual(first.value.state);
    expect(replay(MINI_RULES, { seed: 'seed-1' }, [{ turnId: 't1', optionId: 'zzz' }])).toEqual({
      ok: false,
      error: { kind: 'turn', at: 0, error: { kind: 'unknownOption', optionId: 'zzz' } },
    });
  });
});

describe('scoring, forecast and counterfactual', () => {
  it('scores a run against the role objectives and the player values', () => {
    const { state } = play(
      start({
        ...SETUP,
        values: {
          investigation: 3,
          trust: 0,
          security: 0,
          liberties: 0,
          economy: 0,
          standing: 0,
          harm: 0,
        },
      }),
      'a',
    );
    const score = scoreRun(MINI_RULES, state);
    expect(score.objectives).toEqual([expect.objectContaining({ met: true, value: 55 })]);
    expect(score.roleScore).toBe(100);
    expect(score.valuesScore).toBe(55);
  });

  it('forecasts ranges without touching the game, and the realized result falls inside them', () => {
    const game = start();
    const frozen = JSON.stringify(game);
    const forecast = forecastTurn(MINI_RULES, game, { turnId: 't1', optionId: 'b' });
    expect(forecast.ok).toBe(true);
    expect(JSON.stringify(game)).toBe(frozen);
    const liberties = forecast.ok
      ? forecast.value.find((f) => f.metric === 'liberties')
      : undefined;
    expect(liberties).toMatchObject({ current: 50, low: 51, high: 53 });
    const realized = play(game, 'b').state.metrics.liberties;
    expect(realized).toBeGreaterThanOrEqual(liberties!.low);
    expect(realized).toBeLessThanOrEqual(liberties!.high);
    expect(forecastTurn(MINI_RULES, game, { turnId: 't1', optionId: 'zz' })).toMatchObject({
      ok: false,
    });
  });

  it('replays a run with one decision changed and compares every metric at every turn', () => {
    const decisions: Decision[] = [
      { turnId: 't1', optionId: 'b' },
      { turnId: 't2', optionId: 'c' },
      { turnId: 't3', optionId: 'e' },
    ];
    const result = counterfactual(MINI_RULES, SETUP, decisions, 0, { turnId: 't1', optionId: 'a' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.alternative.state.decisions[0]).toEqual({ turnId: 't1', optionId: 'a' });
    // Option "a" spends the capital that "c" needed, so turn 2 is played with the cheapest option.
    expect(result.value.adapted).toEqual([1]);
    expect(result.value.alternative.state.decisions[1]).toEqual({ turnId: 't2', optionId: 'd' });
    expect(
      result.value.comparison
        .filter((c) => c.turn === 0)
        .every((c) => c.original === c.alternative),
    ).toBe(true);
    const investigation = result.value.comparison.find(
      (c) => c.turn === 1 && c.metric === 'investigation',
    );
    expect(investigation).toEqual({
      turn: 1,
      metric: 'investigation',
      original: 50,
      alternative: 55,
    });
    expect(result.value.comparison).toHaveLength(4 * 7);
  });
});
