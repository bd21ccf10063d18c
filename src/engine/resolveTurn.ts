import { clampMetric } from './balance';
import { allHold } from './conditions';
import { nextFloat, nextInt, type RngState } from './prng';
import { err, ok, type Result } from './result';
import {
  METRIC_IDS,
  METRIC_MAX,
  METRIC_MIN,
  type Cause,
  type Decision,
  type Effect,
  type EndingReached,
  type EventFired,
  type GameState,
  type MetricChange,
  type MetricId,
  type Metrics,
  type PendingEffect,
  type ScenarioRules,
  type TextRef,
  type TurnError,
  type TurnReport,
} from './types';

export interface TurnOutcome {
  readonly state: GameState;
  readonly report: TurnReport;
}

/** Collects the causes of one turn while threading the generator state through every draw. */
class TurnLedger {
  readonly causes: Record<MetricId, Cause[]> = emptyCauses();
  readonly pending: PendingEffect[] = [];

  constructor(
    public rng: RngState,
    private readonly turnIndex: number,
  ) {}

  apply(effect: Effect, kind: Cause['kind'], id: string, text: TextRef, allowDelay = true): void {
    let amount: number;
    let range: readonly [number, number] | undefined;
    if (typeof effect.amount === 'number') {
      amount = effect.amount;
    } else {
      const draw = nextInt(this.rng, effect.amount[0], effect.amount[1]);
      this.rng = draw.rng;
      amount = draw.value;
      range = effect.amount;
    }
    const delay = allowDelay ? (effect.delay ?? 0) : 0;
    const cause: Cause = {
      kind,
      id,
      amount,
      delay,
      sources: effect.sources,
      text,
      ...(range ? { range } : {}),
    };
    if (delay > 0) {
      this.pending.push({
        metric: effect.metric,
        amount,
        arrivesAtTurn: this.turnIndex + delay,
        cause,
      });
    } else {
      this.causes[effect.metric].push(cause);
    }
  }

  arrive(effect: PendingEffect): void {
    this.causes[effect.metric].push(effect.cause);
  }

  metricsAfter(before: Metrics): Record<MetricId, number> {
    const result = {} as Record<MetricId, number>;
    for (const id of METRIC_IDS) {
      result[id] = clampMetric(before[id] + sum(this.causes[id]));
    }
    return result;
  }
}

function emptyCauses(): Record<MetricId, Cause[]> {
  const causes = {} as Record<MetricId, Cause[]>;
  for (const id of METRIC_IDS) causes[id] = [];
  return causes;
}

function sum(causes: readonly Cause[]): number {
  return causes.reduce((total, c) => total + c.amount, 0);
}

/**
 * Plays one turn: the decision, the levers' lasting effects, delayed effects arriving, then events.
 * Pure: the same rules, state and decision always give the same result, byte for byte.
 */
export function resolveTurn(
  rules: ScenarioRules,
  state: GameState,
  decision: Decision,
): Result<TurnOutcome, TurnError> {
  if (state.scenarioId !== rules.id) {
    return err({ kind: 'wrongScenario', expected: rules.id, got: state.scenarioId });
  }
  const turn = rules.turns[state.turn];
  if (state.ending !== null || turn === undefined) return err({ kind: 'gameOver' });
  if (decision.turnId !== turn.id) {
    return err({ kind: 'wrongTurn', expected: turn.id, got: decision.turnId });
  }
  const option = turn.options.find((o) => o.id === decision.optionId);
  if (option === undefined) return err({ kind: 'unknownOption', optionId: decision.optionId });
  if (option.cost > state.capital) {
    return err({ kind: 'notEnoughCapital', needed: option.cost, available: state.capital });
  }

  const turnIndex = state.turn;
  const ledger = new TurnLedger(state.rng, turnIndex);

  for (const effect of option.effects) {
    ledger.apply(effect, 'decision', option.id, { key: option.labelKey });
  }

  const levers = { ...state.levers, ...option.setLevers };
  for (const lever of rules.levers) {
    const level = levers[lever.id];
    if (level === undefined) continue;
    for (const effect of lever.ongoing[level] ?? []) {
      const text: TextRef = { key: lever.levelKeys[level] ?? lever.labelKey };
      ledger.apply(effect, 'lever', lever.id, text, false);
    }
  }

  const stillPending: PendingEffect[] = [];
  for (const effect of state.pending) {
    if (effect.arrivesAtTurn <= turnIndex) ledger.arrive(effect);
    else stillPending.push(effect);
  }

  // Events see the world as the decision has just left it.
  const decisions = [...state.decisions, decision];
  const firedEvents = [...state.firedEvents];
  const events: EventFired[] = [];
  const interim: GameState = {
    ...state,
    levers,
    decisions,
    metrics: ledger.metricsAfter(state.metrics),
  };
  for (const event of rules.events) {
    if (firedEvents.includes(event.id)) continue;
    if (turnIndex < (event.fromTurn ?? 0)) continue;
    if (!allHold(rules, interim, event.requires)) continue;
    const roll = nextFloat(ledger.rng);
    ledger.rng = roll.rng;
    if (roll.value >= event.chance) continue;
    firedEvents.push(event.id);
    const text: TextRef = { key: event.headlineKey };
    events.push({ id: event.id, text });
    for (const effect of event.effects) ledger.apply(effect, 'event', event.id, text);
  }

  const changes: MetricChange[] = METRIC_IDS.map((metric) => {
    const before = state.metrics[metric];
    const causes = ledger.causes[metric];
    const raw = before + sum(causes);
    const after = clampMetric(raw);
    if (after !== raw) {
      const bound = after === METRIC_MAX ? 'max' : 'min';
      causes.push({
        kind: 'limit',
        id: bound,
        amount: after - raw,
        delay: 0,
        sources: [],
        text: {
          key: `engine.limit.${bound}`,
          params: { value: after === METRIC_MAX ? METRIC_MAX : METRIC_MIN },
        },
      });
    }
    return { metric, before, after, causes };
  });

  const metrics = Object.fromEntries(changes.map((c) => [c.metric, c.after])) as Record<
    MetricId,
    number
  >;
  const capitalAfter = Math.min(
    rules.capital.max,
    state.capital - option.cost + rules.capital.perTurn,
  );

  const played: GameState = {
    ...state,
    turn: turnIndex + 1,
    metrics,
    capital: capitalAfter,
    levers,
    pending: [...stillPending, ...ledger.pending],
    firedEvents,
    decisions,
    rng: ledger.rng,
    history: [...state.history, metrics],
  };
  const ending = findEnding(rules, played);
  const next: GameState = { ...played, ending };

  return ok({
    state: next,
    report: {
      turnIndex,
      decision,
      changes,
      events,
      capital: { before: state.capital, spent: option.cost, after: capitalAfter },
      ending,
    },
  });
}

const FALLBACK_ENDING_KEY = 'engine.ending.termEnded';

function findEnding(rules: ScenarioRules, state: GameState): EndingReached | null {
  const afterTurn = state.turn - 1;
  const reached = (id: string, kind: EndingReached['kind'], key: string): EndingReached => ({
    id,
    kind,
    afterTurn,
    text: { key },
  });
  const early = rules.endings.find(
    (e) => e.when === 'anyTime' && allHold(rules, state, e.requires),
  );
  if (early) return reached(early.id, early.kind, early.titleKey);
  if (state.turn < rules.turns.length) return null;
  const finals = rules.endings.filter((e) => e.when === 'final');
  const final = finals.find((e) => allHold(rules, state, e.requires)) ?? finals[finals.length - 1];
  return final
    ? reached(final.id, final.kind, final.titleKey)
    : reached('termEnded', 'term', FALLBACK_ENDING_KEY);
}
