import { checkDecision } from './decisionCheck';
import { newGame } from './newGame';
import { replay, type Replay, type ReplayError } from './replay';
import { resolveTurn } from './resolveTurn';
import { err, ok, type Result } from './result';
import {
  METRIC_IDS,
  type Decision,
  type GameSetup,
  type GameState,
  type MetricId,
  type ScenarioRules,
} from './types';

export interface TurnComparison {
  /** 0 is the start; n is after turn n. */
  readonly turn: number;
  readonly metric: MetricId;
  readonly original: number;
  readonly alternative: number;
}

export interface Counterfactual {
  readonly original: Replay;
  readonly alternative: Replay;
  readonly changedAt: number;
  /** Later turns where the original decision was no longer possible and another was played. */
  readonly adapted: readonly number[];
  readonly comparison: readonly TurnComparison[];
}

/**
 * Replays a run with one decision changed, with the same seed, keeping every later decision that is
 * still possible. Later decisions that became impossible (not enough capital, an excluded policy) are
 * replaced by the same option without policy changes, or else the cheapest option, and listed.
 */
export function counterfactual(
  rules: ScenarioRules,
  setup: GameSetup,
  decisions: readonly Decision[],
  changedAt: number,
  replacement: Decision,
): Result<Counterfactual, ReplayError> {
  const original = replay(rules, setup, decisions);
  if (!original.ok) return original;
  const start = newGame(rules, setup);
  if (!start.ok) return err({ kind: 'setup', error: start.error });
  let state: GameState = start.value;
  const reports: Replay['reports'][number][] = [];
  const adapted: number[] = [];
  for (let at = 0; at < decisions.length && state.ending === null; at += 1) {
    const wanted = at === changedAt ? replacement : decisions[at];
    if (!wanted) break;
    const decision = at === changedAt ? wanted : possibleDecision(rules, state, wanted);
    if (decision !== wanted) adapted.push(at);
    const outcome = resolveTurn(rules, state, decision);
    if (!outcome.ok) return err({ kind: 'turn', at, error: outcome.error });
    state = outcome.value.state;
    reports.push(outcome.value.report);
  }
  const alternative: Replay = { state, reports };
  const comparison: TurnComparison[] = [];
  const turns = Math.max(original.value.state.history.length, state.history.length);
  for (let turn = 0; turn < turns; turn += 1) {
    const a = original.value.state.history[turn];
    const b = state.history[turn];
    if (!a || !b) continue;
    for (const metric of METRIC_IDS)
      comparison.push({ turn, metric, original: a[metric], alternative: b[metric] });
  }
  return ok({ original: original.value, alternative, changedAt, adapted, comparison });
}

function possibleDecision(rules: ScenarioRules, state: GameState, wanted: Decision): Decision {
  if (checkDecision(rules, state, wanted).ok) return wanted;
  const plain: Decision = { turnId: wanted.turnId, optionId: wanted.optionId };
  if (checkDecision(rules, state, plain).ok) return plain;
  const turn = rules.turns[state.turn];
  const fallback = turn?.options
    .map((o) => ({ turnId: turn.id, optionId: o.id }))
    .filter((d) => checkDecision(rules, state, d).ok)
    .sort((a, b) => cost(rules, state, a) - cost(rules, state, b))[0];
  return fallback ?? plain;
}

function cost(rules: ScenarioRules, state: GameState, decision: Decision): number {
  const checked = checkDecision(rules, state, decision);
  return checked.ok ? checked.value.cost : Number.POSITIVE_INFINITY;
}
