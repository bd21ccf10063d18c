import { clampMetric } from './balance';
import { METRIC_INDEX, type CompiledEffect, type CompiledReaction } from './compiled';
import type { RngCursor } from './prng';
import {
  METRIC_IDS,
  METRIC_MAX,
  METRIC_MIN,
  type Cause,
  type GameState,
  type MetricId,
  type PendingEffect,
  type ScenarioRules,
  type TextRef,
} from './types';

/** Rounds half away from zero, so +0.5 and -0.5 weigh the same. */
export function roundAway(x: number): number {
  // `| 0` keeps the result a small integer (never -0), so V8 keeps amounts unboxed: a -0 here
  // deoptimized the whole turn and made the engine a third slower in some runs.
  return (x >= 0 ? Math.floor(x + 0.5) : -Math.floor(0.5 - x)) | 0;
}

/**
 * One turn's changes, threading the generator state through every draw. Totals per metric and per
 * stakeholder (arrays, by index) are always kept: the new state is made of them. The causes behind
 * them (the explanation ledger) are kept only when a report is wanted; balance runs and forecasts,
 * which resolve millions of turns, skip them. Both ways compute the totals alike, so the state is
 * the same whether the causes were recorded or not (a property test holds this).
 */
export class TurnLedger {
  /** Change per metric, by index in METRIC_IDS. */
  readonly metricTotal: number[] = [0, 0, 0, 0, 0, 0, 0];
  /** Approval change per stakeholder, by index in the rules. */
  readonly approvalTotal: number[];
  /** Causes per metric, by index; null when not recording. */
  readonly causes: Cause[][] | null;
  /** Approval causes per stakeholder, by index; null when not recording. */
  readonly approvalCauses: Cause[][] | null;
  readonly pending: PendingEffect[] = [];
  /** Each contested assumption's value in this run, by index (what scaled effects multiply by). */
  private readonly scales: readonly number[];

  constructor(
    public readonly rng: RngCursor,
    private readonly turnIndex: number,
    rules: ScenarioRules,
    assumptions: GameState['assumptions'],
    record: boolean,
  ) {
    const groups = rules.stakeholders.length;
    this.approvalTotal = new Array<number>(groups).fill(0);
    this.causes = record ? METRIC_IDS.map(() => []) : null;
    this.approvalCauses = record ? Array.from({ length: groups }, () => []) : null;
    this.scales = assumptionScales(rules, assumptions);
  }

  apply(
    compiled: CompiledEffect,
    kind: Cause['kind'],
    id: string,
    text: TextRef,
    strength = 1,
    allowDelay = true,
  ): void {
    const effect = compiled.effect;
    const factor =
      compiled.assumption < 0 ? strength : this.scales[compiled.assumption]! * strength;
    const spec = effect.amount;
    let drawn: number;
    let range: readonly [number, number] | null = null;
    if (typeof spec === 'number') {
      drawn = spec;
    } else {
      const low = roundAway(spec[0] * factor);
      const high = roundAway(spec[1] * factor);
      // A faded or scaled-away effect that cannot move anything is not drawn and not listed.
      if (low === 0 && high === 0) return;
      drawn = this.rng.int(spec[0], spec[1]);
      range = [low, high];
    }
    const amount = roundAway(drawn * factor);
    if (amount === 0 && range === null) return;
    const delay = allowDelay ? (effect.delay ?? 0) : 0;
    if (delay > 0) {
      // A delayed effect is part of the state (it arrives later), so its cause is always made.
      const cause: Cause = { kind, id, amount, delay, sources: effect.sources, range, text };
      this.pending.push({
        metric: effect.metric,
        amount,
        arrivesAtTurn: this.turnIndex + delay,
        cause,
      });
      return;
    }
    this.metricTotal[compiled.metric]! += amount;
    this.causes?.[compiled.metric]!.push({
      kind,
      id,
      amount,
      delay,
      sources: effect.sources,
      range,
      text,
    });
  }

  /** A delayed effect arriving this turn. */
  arrive(effect: PendingEffect): void {
    const metric = METRIC_INDEX.get(effect.metric);
    if (metric === undefined) return;
    this.metricTotal[metric]! += effect.cause.amount;
    this.causes?.[metric]!.push(effect.cause);
  }

  react(
    compiled: CompiledReaction,
    kind: Cause['kind'],
    id: string,
    text: TextRef,
    strength = 1,
  ): void {
    const amount = roundAway(compiled.reaction.amount * strength);
    const index = compiled.stakeholder;
    if (amount === 0 || index < 0) return;
    this.approvalTotal[index]! += amount;
    this.approvalCauses?.[index]!.push({
      kind,
      id,
      amount,
      delay: 0,
      sources: compiled.reaction.sources,
      range: null,
      text,
    });
  }

  /** A group's approval drifting with the metrics it cares about. */
  drift(index: number, groupId: string, amount: number): void {
    this.approvalTotal[index]! += amount;
    this.approvalCauses?.[index]!.push({
      kind: 'support',
      id: groupId,
      amount,
      delay: 0,
      sources: [],
      range: null,
      text: DRIFT_TEXT,
    });
  }

  /** Approval after the changes so far, from each group's approval before the turn (by index). */
  approvalSoFar(before: readonly number[]): number[] {
    const result: number[] = [];
    for (let index = 0; index < this.approvalTotal.length; index += 1)
      result.push(clampMetric((before[index] ?? 0) + this.approvalTotal[index]!));
    return result;
  }
}

/**
 * Each contested assumption's value in a run, by index. A game keeps one assumptions object from
 * its start to its end, so the last game's are kept and reused while its turns are played (one
 * entry: a WeakMap entry per game cost more, in its garbage collection, than it saved).
 */
let lastScales: {
  readonly rules: ScenarioRules;
  readonly assumptions: GameState['assumptions'];
  readonly scales: readonly number[];
} | null = null;

function assumptionScales(
  rules: ScenarioRules,
  assumptions: GameState['assumptions'],
): readonly number[] {
  if (lastScales?.assumptions === assumptions && lastScales.rules === rules)
    return lastScales.scales;
  const scales = rules.assumptions.map((a) => {
    const setting = assumptions[a.id];
    return setting ? a.values[setting] : 1;
  });
  lastScales = { rules, assumptions, scales };
  return scales;
}

const DRIFT_TEXT: TextRef = { key: 'engine.support.drift' };

/** Metric values as a record, made as one literal so that every such record has one shape. */
export function metricsRecord(values: readonly number[]): Record<MetricId, number> {
  return {
    security: values[0] ?? 0,
    investigation: values[1] ?? 0,
    liberties: values[2] ?? 0,
    economy: values[3] ?? 0,
    trust: values[4] ?? 0,
    standing: values[5] ?? 0,
    harm: values[6] ?? 0,
  };
}

/**
 * The value after a turn's changes, within 0–100. With a ledger, a clamp is recorded as a cause of
 * its own, so the causes always sum exactly to the change.
 */
export function settle(before: number, total: number, causes: Cause[] | null): number {
  const raw = before + total;
  const after = clampMetric(raw);
  if (after !== raw && causes) {
    const bound = after === METRIC_MAX ? 'max' : 'min';
    causes.push({
      kind: 'limit',
      id: bound,
      amount: after - raw,
      delay: 0,
      sources: [],
      range: null,
      text: {
        key: `engine.limit.${bound}`,
        params: { value: after === METRIC_MAX ? METRIC_MAX : METRIC_MIN },
      },
    });
  }
  return after;
}
