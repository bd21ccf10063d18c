import { describe, expect, it } from 'vitest';
import { findScenario, loadBuiltIn } from '../../../src/content';
import { replay, type Decision } from '../../../src/engine';
import { createGameStore, encodeResult, RESULT_PREFIX } from '../../../src/state';
import { parseResultLink, resolveResultLink } from '../../../src/state/resultLink';
import { goingDarkDecisions } from '../../fixtures/goingDark';

await loadBuiltIn('goingDark');
const scenario = findScenario('goingDark')!;
const decisions: Decision[] = goingDarkDecisions();
decisions[1] = { ...decisions[1]!, levers: { lawfulHacking: 'limited' } };
const setup = {
  seed: 'share-me',
  role: 'attorneyGeneral',
  values: {
    security: 3,
    investigation: 0,
    liberties: 2,
    economy: 1,
    trust: 1,
    standing: 1,
    harm: 2,
  },
  assumptions: { accessBreach: 'pessimistic' as const },
};

describe('result links', () => {
  it('recreate a finished run exactly, levers, values and assumptions included', () => {
    const link = encodeResult(scenario.rules, setup, decisions);
    expect(link.startsWith(RESULT_PREFIX)).toBe(true);
    expect(link.length).toBeLessThan(600);
    const parsed = parseResultLink(link);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const resolved = resolveResultLink(parsed.value);
    expect(resolved.ok).toBe(true);
    const original = replay(scenario.rules, setup, decisions);
    if (!resolved.ok || !original.ok) return;
    expect(resolved.value.state).toEqual(original.value.state);
    expect(resolved.value.decisions).toEqual(decisions);
  });

  it('name what is wrong with a tampered, truncated, foreign or unfinished link', () => {
    const link = encodeResult(scenario.rules, setup, decisions);
    const problem = (fragment: string) => {
      const parsed = parseResultLink(fragment);
      if (!parsed.ok) return parsed.problem;
      const resolved = resolveResultLink(parsed.value);
      return resolved.ok ? 'ok' : resolved.problem;
    };
    expect(problem(link)).toBe('ok');
    expect(problem(link.slice(0, -12))).toBe('damaged');
    const [head, body, sum] = link.split('.') as [string, string, string];
    expect(problem(`${head}.${body.slice(0, 10)}X${body.slice(11)}.${sum}`)).toBe('damaged');
    expect(problem('#somewhere-else')).toBe('notALink');
    expect(problem(`${RESULT_PREFIX}7.abc.def`)).toBe('newerVersion');
    expect(problem(`${RESULT_PREFIX}1.${'A'.repeat(5000)}.x`)).toBe('tooLong');
    const unfinished = encodeResult(scenario.rules, setup, decisions.slice(0, 3));
    expect(problem(unfinished)).toBe('notFinished');
    const foreign = encodeResult({ ...scenario.rules, id: 'someOneElses' }, setup, decisions);
    expect(problem(foreign)).toBe('unknownScenario');
  });

  it('open in the store without touching the game in progress, and play the same seed', async () => {
    const store = createGameStore({ storage: () => undefined });
    store.getState().startScenario('goingDark', { seed: 'mine' });
    await store.getState().openResultLink(encodeResult(scenario.rules, setup, decisions));
    const shared = store.getState().shared;
    expect(shared?.status).toBe('ready');
    expect(store.getState().screen).toBe('result');
    expect(store.getState().setup.seed).toBe('mine');
    store.getState().playSharedSeed();
    expect(store.getState().setup).toMatchObject({ seed: 'share-me', role: 'attorneyGeneral' });
    expect(store.getState().screen).toBe('briefing');
  });
});
