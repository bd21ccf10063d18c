import { clampMetric } from './balance';
import { ruleTests } from './conditions';
import { compile, levelIn } from './compiled';
import { checkDecision, type CheckedDecision, type CheckedTurn } from './decisionCheck';
import { RngCursor } from './prng';
import { ok, type Result } from './result';
import { supportIndex } from './support';
import { metricsRecord, roundAway, settle, TurnLedger } from './turnLedger';
import {
  METRIC_IDS,
  type Decision,
  type EndingReached,
  type EventFired,
  type FadingLever,
  type GameState,
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

/** A fading policy is dropped from the ledger once it is felt at less than this share. */
const FADE_FLOOR = 0.2;

/**
 * Plays one turn: the decision, the policies in force (ramping up or fading out), delayed effects
 * arriving, stakeholders reacting, then events. Pure: the same rules, state and decision always give
 * the same result, byte for byte. The report explains every change by its causes.
 */
export function resolveTurn(
  rules: ScenarioRules,
  state: GameState,
  decision: Decision,
): Result<TurnOutcome, TurnError> {
  const checked = checkDecision(rules, state, decision);
  if (!checked.ok) return checked;
  const { state: next, report } = playTurn(rules, state, decision, checked.value, true);
  return ok({ state: next, report: report! });
}

/**
 * The same turn without the explanation ledger: only the next state, identical to resolveTurn's.
 * For balance runs and forecasts, which play millions of turns and read no report. A caller that
 * has just checked this decision against this state with these rules (a strategy choosing among
 * several) may pass the check along, so it is not made twice; a check of another state or
 * decision is ignored.
 */
export function advanceTurn(
  rules: ScenarioRules,
  state: GameState,
  decision: Decision,
  checked?: CheckedTurn,
): Result<GameState, TurnError> {
  if (checked?.state === state && checked.decision === decision)
    return ok(playTurn(rules, state, decision, checked, false).state);
  const check = checkDecision(rules, state, decision);
  if (!check.ok) return check;
  return ok(playTurn(rules, state, decision, check.value, false).state);
}

function playTurn(
  rules: ScenarioRules,
  state: GameState,
  decision: Decision,
  checked: CheckedDecision,
  record: boolean,
): { state: GameState; report: TurnReport | null } {
  const compiled = compile(rules);
  const { option, changed, cost } = checked;
  let levers = checked.levers;
  const turnIndex = state.turn;
  const rng = new RngCursor(state.rng);
  const ledger = new TurnLedger(rng, turnIndex, rules, state.assumptions, record);
  const optionText = compiled.optionText.get(option) ?? { key: option.labelKey };
  const approvalBefore = state.approval;

  for (const effect of compiled.optionEffects.get(option) ?? [])
    ledger.apply(effect, 'decision', option.id, optionText);
  for (const reaction of compiled.optionReactions.get(option) ?? [])
    ledger.react(reaction, 'decision', option.id, optionText);

  // Policies in force: a new level ramps up, a level kept grows to full strength.
  // Only policies in force (they have a strength, even 0 right after an event forced them) or
  // changed this turn can have effects; they are taken in the rules' order (the order of draws).
  const strengthBefore = state.leverStrength;
  // A copy of the last turn's (already an array of fractions: one made afresh of -1s would be
  // converted to hold fractions on its first store, every turn).
  const leverStrength = strengthBefore.slice();
  const fading: FadingLever[] = [];
  for (let index = 0; index < rules.levers.length; index += 1) {
    const before = strengthBefore[index] ?? -1;
    const isChanged = changed.length > 0 && changed.includes(index);
    if (before < 0 && !isChanged) continue;
    const lever = rules.levers[index]!;
    const levelIndex = levers[index] ?? 0;
    let strength: number;
    if (isChanged) {
      const previous = state.levers[index] ?? 0;
      if (previous > 0) {
        fading.push({
          lever: lever.id,
          level: lever.levels[previous]!,
          strength: Math.max(0, before) * rules.inertia.fade,
        });
      }
      strength = rules.inertia.rampUp;
    } else {
      strength = Math.min(1, before + rules.inertia.rampUp);
    }
    if (levelIndex <= 0) {
      leverStrength[index] = -1;
      continue;
    }
    leverStrength[index] = strength;
    const compiledLevel = compiled.levels[index]![levelIndex]!;
    for (const effect of compiledLevel.effects)
      ledger.apply(effect, 'lever', lever.id, compiledLevel.text, strength, false);
    for (const reaction of compiledLevel.reactions)
      ledger.react(reaction, 'lever', lever.id, compiledLevel.text, strength);
  }

  // Dropped policies are still felt for a while (inertia), weaker each turn.
  const stillFading: FadingLever[] = [];
  for (const entry of fading.length > 0 ? [...state.fading, ...fading] : state.fading) {
    const index = compiled.leverIndex.get(entry.lever);
    const levelIndex = levelIn(compiled, entry.lever, entry.level);
    const compiledLevel = index === undefined ? undefined : compiled.levels[index]?.[levelIndex];
    if (!compiledLevel) continue;
    for (const effect of compiledLevel.effects)
      ledger.apply(effect, 'inertia', entry.lever, compiledLevel.text, entry.strength, false);
    const next = entry.strength * rules.inertia.fade;
    if (next >= FADE_FLOOR) stillFading.push({ ...entry, strength: next });
  }

  const stillPending: PendingEffect[] = [];
  for (const effect of state.pending) {
    if (effect.arrivesAtTurn <= turnIndex) ledger.arrive(effect);
    else stillPending.push(effect);
  }

  // Stakeholders judge the turn by the metrics they care about.
  const soFar: number[] = [0, 0, 0, 0, 0, 0, 0];
  const moved: number[] = [0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < METRIC_IDS.length; i += 1) {
    const value = state.metrics[METRIC_IDS[i]!];
    soFar[i] = clampMetric(value + ledger.metricTotal[i]!);
    // Groups react to what the player sees: the change after the limits of the scale.
    moved[i] = soFar[i]! - value;
  }
  const drift = compiled.scratch.drift.fill(0);
  const { careGroup, careMetric, careWeight } = compiled;
  for (let i = 0; i < careGroup.length; i += 1)
    drift[careGroup[i]!]! += careWeight[i]! * moved[careMetric[i]!]!;
  for (let index = 0; index < drift.length; index += 1) {
    const amount = roundAway(drift[index]!);
    if (amount !== 0) ledger.drift(index, rules.stakeholders[index]!.id, amount);
  }

  // Events see the world as the decision has just left it.
  // A normalised copy: nothing a caller (or a save file) adds to the decision is kept.
  const stored: Decision = decision.levers
    ? { turnId: decision.turnId, optionId: decision.optionId, levers: { ...decision.levers } }
    : { turnId: decision.turnId, optionId: decision.optionId };
  const decisions = [...state.decisions, stored];
  const firedEvents = [...state.firedEvents];
  const fired = compiled.scratch.fired.fill(0);
  for (const id of firedEvents) {
    const index = compiled.eventIndex.get(id);
    if (index !== undefined) fired[index] = 1;
  }
  const events: EventFired[] = [];
  const tests = ruleTests(rules);
  // Made when the first event is tested (often none is due).
  let interim: GameState | undefined;
  for (let eventIndex = 0; eventIndex < rules.events.length; eventIndex += 1) {
    const event = rules.events[eventIndex]!;
    if (turnIndex < (event.fromTurn ?? 0) || fired[eventIndex] === 1) continue;
    interim ??= gameState(state, {
      levers,
      decisions,
      metrics: metricsRecord(soFar),
      approval: ledger.approvalSoFar(approvalBefore),
    });
    if (!tests.events[eventIndex]!(interim)) continue;
    const roll = rng.float();
    const assumption = event.chanceBy ? compiled.assumption.get(event.chanceBy) : undefined;
    const setting = event.chanceBy ? state.assumptions[event.chanceBy] : undefined;
    const chance = assumption && setting ? assumption.values[setting] : event.chance;
    if (roll >= chance) continue;
    firedEvents.push(event.id);
    fired[eventIndex] = 1;
    const text: TextRef = { key: event.headlineKey };
    events.push({ id: event.id, text });
    for (const effect of compiled.eventEffects[eventIndex] ?? [])
      ledger.apply(effect, 'event', event.id, text);
    for (const reaction of compiled.eventReactions[eventIndex] ?? [])
      ledger.react(reaction, 'event', event.id, text);
    for (const { lever: index, level } of compiled.eventLevers[eventIndex] ?? []) {
      const previous = levers[index] ?? 0;
      if (previous === level) continue;
      const lever = rules.levers[index]!;
      if (previous > 0) {
        const strength = leverStrength[index]!;
        stillFading.push({
          lever: lever.id,
          level: lever.levels[previous]!,
          strength: (strength < 0 ? 1 : strength) * rules.inertia.fade,
        });
      }
      const forced = levers.slice();
      forced[index] = level;
      levers = forced;
      // A forced level starts from nothing and ramps up from next turn; an off one has none.
      leverStrength[index] = level > 0 ? 0 : -1;
    }
  }

  const metrics = metricsRecord(
    METRIC_IDS.map((metric, i) =>
      settle(state.metrics[metric], ledger.metricTotal[i]!, ledger.causes?.[i] ?? null),
    ),
  );
  const approval: number[] = [];
  rules.stakeholders.forEach((group, index) => {
    approval[index] = settle(
      approvalBefore[index] ?? group.approval,
      ledger.approvalTotal[index] ?? 0,
      ledger.approvalCauses?.[index] ?? null,
    );
  });

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
    rng: rng.state,
    history: [...state.history, metrics],
  });
  const ending = findEnding(rules, played);
  played.ending = ending;
  if (!ledger.causes || !ledger.approvalCauses) return { state: played, report: null };
  const { causes, approvalCauses } = ledger;
  return {
    state: played,
    report: {
      turnIndex,
      decision: stored,
      changes: METRIC_IDS.map((metric, i) => ({
        metric,
        before: state.metrics[metric],
        after: metrics[metric],
        causes: causes[i] ?? [],
      })),
      approval: rules.stakeholders.map((group, index) => ({
        stakeholder: group.id,
        before: approvalBefore[index] ?? group.approval,
        after: approval[index] ?? group.approval,
        causes: approvalCauses[index] ?? [],
      })),
      events,
      capital: {
        before: state.capital,
        spent: cost,
        gained: capitalAfter - (state.capital - cost),
        after: capitalAfter,
      },
      ending,
    },
  };
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
  const tests = ruleTests(rules).endings;
  const { anyTimeEndings, finalEndings } = compile(rules);
  for (const i of anyTimeEndings) {
    const early = rules.endings[i]!;
    if (tests[i]!(state)) return reached(early.id, early.kind, early.titleKey);
  }
  if (state.turn < rules.turns.length) return null;
  const index = finalEndings.find((i) => tests[i]!(state)) ?? finalEndings[finalEndings.length - 1];
  const final = index === undefined ? undefined : rules.endings[index];
  return final
    ? reached(final.id, final.kind, final.titleKey)
    : reached('termEnded', 'term', FALLBACK_ENDING_KEY);
}
