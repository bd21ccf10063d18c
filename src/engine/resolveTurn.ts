import { clampMetric } from './balance';
import { allHold } from './conditions';
import { compile, levelIn, type CompiledRules } from './compiled';
import { checkDecision } from './decisionCheck';
import { RngCursor } from './prng';
import { ok, type Result } from './result';
import { supportIndex } from './support';
import {
  METRIC_IDS,
  METRIC_MAX,
  METRIC_MIN,
  type ApprovalChange,
  type Cause,
  type Decision,
  type Effect,
  type EndingReached,
  type EventFired,
  type FadingLever,
  type GameState,
  type MetricChange,
  type MetricId,
  type PendingEffect,
  type Reaction,
  type ScenarioRules,
  type TextRef,
  type TurnError,
  type TurnReport,
} from './types';

export interface TurnOutcome {
  readonly state: GameState;
  readonly report: TurnReport;
}

/** A fading policy is dropped from the ledger once it is felt at less than this share. */
const FADE_FLOOR = 0.2;

/** Rounds half away from zero, so +0.5 and -0.5 weigh the same. */
function roundAway(x: number): number {
  // `| 0` keeps the result a small integer (never -0), so V8 keeps amounts unboxed: a -0 here
  // deoptimized the whole turn and made the engine a third slower in some runs.
  return (x >= 0 ? Math.floor(x + 0.5) : -Math.floor(0.5 - x)) | 0;
}

/** Collects one turn's causes while threading the generator state through every draw. */
class TurnLedger {
  // A literal, so every ledger has the same shape (see gameState below).
  readonly causes: Record<MetricId, Cause[]> = {
    security: [],
    investigation: [],
    liberties: [],
    economy: [],
    trust: [],
    standing: [],
    harm: [],
  };
  readonly approvalCauses = new Map<string, Cause[]>();
  readonly pending: PendingEffect[] = [];

  constructor(
    public readonly rng: RngCursor,
    private readonly turnIndex: number,
    private readonly compiled: CompiledRules,
    rules: ScenarioRules,
    private readonly state: GameState,
  ) {
    for (const group of rules.stakeholders) this.approvalCauses.set(group.id, []);
  }

  private scale(effect: Effect): number {
    if (effect.scaleBy === undefined) return 1;
    const assumption = this.compiled.assumption.get(effect.scaleBy);
    const setting = this.state.assumptions[effect.scaleBy];
    return assumption && setting ? assumption.values[setting] : 1;
  }

  apply(
    effect: Effect,
    kind: Cause['kind'],
    id: string,
    text: TextRef,
    strength = 1,
    allowDelay = true,
  ): void {
    const factor = effect.scaleBy === undefined ? strength : this.scale(effect) * strength;
    // A faded or scaled-away effect that cannot move anything is not drawn and not listed.
    if (
      typeof effect.amount !== 'number' &&
      roundAway(effect.amount[0] * factor) === 0 &&
      roundAway(effect.amount[1] * factor) === 0
    ) {
      return;
    }
    let drawn: number;
    let range: readonly [number, number] | undefined;
    if (typeof effect.amount === 'number') {
      drawn = effect.amount;
    } else {
      drawn = this.rng.int(effect.amount[0], effect.amount[1]);
      range = [roundAway(effect.amount[0] * factor), roundAway(effect.amount[1] * factor)];
    }
    const amount = roundAway(drawn * factor);
    if (amount === 0 && range === undefined) return;
    const delay = allowDelay ? (effect.delay ?? 0) : 0;
    const cause: Cause = {
      kind,
      id,
      amount,
      delay,
      sources: effect.sources,
      range: range ?? null,
      text,
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

  react(reaction: Reaction, kind: Cause['kind'], id: string, text: TextRef, strength = 1): void {
    const amount = roundAway(reaction.amount * strength);
    const list = this.approvalCauses.get(reaction.stakeholder);
    if (amount === 0 || !list) return;
    list.push({ kind, id, amount, delay: 0, sources: reaction.sources, range: null, text });
  }

  approvalSoFar(rules: ScenarioRules, before: GameState['approval']): Record<string, number> {
    const result: Record<string, number> = {};
    for (const group of rules.stakeholders) {
      result[group.id] = clampMetric(
        (before[group.id] ?? group.approval) + sum(this.approvalCauses.get(group.id) ?? []),
      );
    }
    return result;
  }
}

function sum(causes: readonly Cause[]): number {
  let total = 0;
  for (const c of causes) total += c.amount;
  return total;
}

/** Clamps a value to 0–100 and records the clamp as a cause, so causes always sum to the change. */
function settle(before: number, causes: Cause[]): number {
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
      range: null,
      text: {
        key: `engine.limit.${bound}`,
        params: { value: after === METRIC_MAX ? METRIC_MAX : METRIC_MIN },
      },
    });
  }
  return after;
}

/**
 * Plays one turn: the decision, the policies in force (ramping up or fading out), delayed effects
 * arriving, stakeholders reacting, then events. Pure: the same rules, state and decision always give
 * the same result, byte for byte.
 */
export function resolveTurn(
  rules: ScenarioRules,
  state: GameState,
  decision: Decision,
): Result<TurnOutcome, TurnError> {
  const checked = checkDecision(rules, state, decision);
  if (!checked.ok) return checked;
  const compiled = compile(rules);
  const { option, changed, cost } = checked.value;
  let levers = checked.value.levers;
  const turnIndex = state.turn;
  const ledger = new TurnLedger(new RngCursor(state.rng), turnIndex, compiled, rules, state);
  const optionText: TextRef = { key: option.labelKey };

  for (const effect of option.effects) ledger.apply(effect, 'decision', option.id, optionText);
  for (const reaction of option.reactions ?? [])
    ledger.react(reaction, 'decision', option.id, optionText);

  // Policies in force: a new level ramps up, a level kept grows to full strength.
  // Only policies in force (they have a strength entry, even 0 right after an event forced them)
  // or changed this turn can have effects: the rest are skipped without a lookup.
  const active = new Set(changed);
  for (const id in state.leverStrength) active.add(id);
  const leverStrength: Record<string, number> = {};
  const fading: FadingLever[] = [];
  for (const lever of rules.levers) {
    if (!active.has(lever.id)) continue;
    const level = levers[lever.id] ?? lever.levels[0] ?? '';
    const previous = state.levers[lever.id];
    const before = state.leverStrength[lever.id] ?? 0;
    const isOff = levelIn(compiled, lever.id, level) <= 0;
    let strength: number;
    if (changed.includes(lever.id)) {
      if (previous !== undefined && levelIn(compiled, lever.id, previous) > 0) {
        fading.push({ lever: lever.id, level: previous, strength: before * rules.inertia.fade });
      }
      strength = isOff ? 0 : rules.inertia.rampUp;
    } else {
      strength = isOff ? 0 : Math.min(1, before + rules.inertia.rampUp);
    }
    if (isOff) continue;
    leverStrength[lever.id] = strength;
    const text = compiled.levelText.get(lever.id)?.get(level) ?? { key: lever.labelKey };
    for (const effect of lever.ongoing[level] ?? [])
      ledger.apply(effect, 'lever', lever.id, text, strength, false);
    for (const reaction of lever.reactions?.[level] ?? [])
      ledger.react(reaction, 'lever', lever.id, text, strength);
  }

  // Dropped policies are still felt for a while (inertia), weaker each turn.
  const stillFading: FadingLever[] = [];
  for (const entry of fading.length > 0 ? [...state.fading, ...fading] : state.fading) {
    const lever = compiled.lever.get(entry.lever);
    if (!lever) continue;
    const text = compiled.levelText.get(lever.id)?.get(entry.level) ?? { key: lever.labelKey };
    for (const effect of lever.ongoing[entry.level] ?? [])
      ledger.apply(effect, 'inertia', lever.id, text, entry.strength, false);
    const next = entry.strength * rules.inertia.fade;
    if (next >= FADE_FLOOR) stillFading.push({ ...entry, strength: next });
  }

  const stillPending: PendingEffect[] = [];
  for (const effect of state.pending) {
    if (effect.arrivesAtTurn <= turnIndex) ledger.causes[effect.metric].push(effect.cause);
    else stillPending.push(effect);
  }

  // Stakeholders judge the turn by the metrics they care about.
  const moved = {} as Record<MetricId, number>;
  const metricsSoFar = {} as Record<MetricId, number>;
  for (const metric of METRIC_IDS) {
    metricsSoFar[metric] = clampMetric(state.metrics[metric] + sum(ledger.causes[metric]));
    // Groups react to what the player sees: the change after the limits of the scale.
    moved[metric] = metricsSoFar[metric] - state.metrics[metric];
  }
  const drift = new Array<number>(rules.stakeholders.length).fill(0);
  for (const care of compiled.cares)
    drift[care.index] = (drift[care.index] ?? 0) + care.weight * moved[care.metric];
  for (let index = 0; index < rules.stakeholders.length; index += 1) {
    const group = rules.stakeholders[index]!;
    const amount = roundAway(drift[index] ?? 0);
    if (amount !== 0) {
      ledger.approvalCauses.get(group.id)?.push({
        kind: 'support',
        id: group.id,
        amount,
        delay: 0,
        sources: [],
        range: null,
        text: { key: 'engine.support.drift' },
      });
    }
  }

  // Events see the world as the decision has just left it.
  // A normalised copy: nothing a caller (or a save file) adds to the decision is kept.
  const stored: Decision = decision.levers
    ? { turnId: decision.turnId, optionId: decision.optionId, levers: { ...decision.levers } }
    : { turnId: decision.turnId, optionId: decision.optionId };
  const decisions = [...state.decisions, stored];
  const firedEvents = [...state.firedEvents];
  const events: EventFired[] = [];
  const interim = gameState(state, {
    levers,
    decisions,
    metrics: metricsSoFar,
    approval: ledger.approvalSoFar(rules, state.approval),
  });
  const fired = new Set(firedEvents);
  for (const event of rules.events) {
    if (fired.has(event.id) || turnIndex < (event.fromTurn ?? 0)) continue;
    if (!allHold(rules, interim, event.requires)) continue;
    const roll = ledger.rng.float();
    const assumption = event.chanceBy ? compiled.assumption.get(event.chanceBy) : undefined;
    const setting = event.chanceBy ? state.assumptions[event.chanceBy] : undefined;
    const chance = assumption && setting ? assumption.values[setting] : event.chance;
    if (roll >= chance) continue;
    firedEvents.push(event.id);
    const text: TextRef = { key: event.headlineKey };
    events.push({ id: event.id, text });
    for (const effect of event.effects) ledger.apply(effect, 'event', event.id, text);
    for (const reaction of event.reactions ?? []) ledger.react(reaction, 'event', event.id, text);
    if (event.setLevers) {
      for (const [leverId, level] of Object.entries(event.setLevers)) {
        const previous = levers[leverId];
        if (previous === level || levelIn(compiled, leverId, level) < 0) continue;
        if (previous !== undefined && levelIn(compiled, leverId, previous) > 0) {
          stillFading.push({
            lever: leverId,
            level: previous,
            strength: (leverStrength[leverId] ?? 1) * rules.inertia.fade,
          });
        }
        levers = { ...levers, [leverId]: level };
        // A forced level starts from nothing and ramps up from next turn; an off one has no entry.
        if (levelIn(compiled, leverId, level) > 0) leverStrength[leverId] = 0;
        else delete leverStrength[leverId];
      }
    }
  }

  const changes: MetricChange[] = METRIC_IDS.map((metric) => {
    const before = state.metrics[metric];
    const causes = ledger.causes[metric];
    return { metric, before, after: settle(before, causes), causes };
  });
  const approvalChanges: ApprovalChange[] = rules.stakeholders.map((group) => {
    const before = state.approval[group.id] ?? group.approval;
    const causes = ledger.approvalCauses.get(group.id) ?? [];
    return { stakeholder: group.id, before, after: settle(before, causes), causes };
  });

  const metrics = {} as Record<MetricId, number>;
  for (const c of changes) metrics[c.metric] = c.after;
  const approval: Record<string, number> = {};
  for (const c of approvalChanges) approval[c.stakeholder] = c.after;

  const support = supportIndex(rules, approval);
  const gained =
    rules.capital.perTurn +
    (support >= rules.support.high ? 1 : support < rules.support.low ? -1 : 0);
  const capitalAfter = Math.max(0, Math.min(rules.capital.max, state.capital - cost + gained));

  // A fresh object: its ending is filled in below, before anyone else can see it.
  const played = gameState(state, {
    turn: turnIndex + 1,
    metrics,
    approval,
    capital: capitalAfter,
    levers,
    leverStrength,
    fading: stillFading,
    pending: [...stillPending, ...ledger.pending],
    firedEvents,
    decisions,
    rng: ledger.rng.state,
    history: [...state.history, metrics],
  });
  const ending = findEnding(rules, played);
  played.ending = ending;
  return ok({
    state: played,
    report: {
      turnIndex,
      decision: stored,
      changes,
      approval: approvalChanges,
      events,
      capital: {
        before: state.capital,
        spent: cost,
        gained: capitalAfter - (state.capital - cost),
        after: capitalAfter,
      },
      ending,
    },
  });
}

type MutableState = { -readonly [K in keyof GameState]: GameState[K] };

/**
 * A copy of the state with some fields replaced, written out field by field: every state then has
 * the same shape, which keeps the engine's hot path monomorphic (a spread of differently built
 * objects is several times slower). The result is fresh, so its ending may be filled in before
 * it is returned.
 */
function gameState(base: GameState, changes: Partial<GameState>): MutableState {
  return {
    format: base.format,
    scenarioId: base.scenarioId,
    seed: base.seed,
    role: base.role,
    values: base.values,
    assumptions: base.assumptions,
    turn: changes.turn ?? base.turn,
    metrics: changes.metrics ?? base.metrics,
    capital: changes.capital ?? base.capital,
    levers: changes.levers ?? base.levers,
    leverStrength: changes.leverStrength ?? base.leverStrength,
    fading: changes.fading ?? base.fading,
    approval: changes.approval ?? base.approval,
    pending: changes.pending ?? base.pending,
    firedEvents: changes.firedEvents ?? base.firedEvents,
    decisions: changes.decisions ?? base.decisions,
    rng: changes.rng ?? base.rng,
    history: changes.history ?? base.history,
    ending: changes.ending === undefined ? base.ending : changes.ending,
  };
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
