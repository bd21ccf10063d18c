import { compile, levelIn } from './compiled';
import { ruleTests } from './conditions';
import { err, ok, type Result } from './result';
import type { Decision, GameState, OptionDefinition, ScenarioRules, TurnError } from './types';

export interface CheckedDecision {
  readonly option: OptionDefinition;
  /** Lever levels after the option and the player's own changes, as in GameState.levers. */
  readonly levers: readonly number[];
  /** Indexes of the levers whose level changed this turn. */
  readonly changed: readonly number[];
  readonly cost: number;
}

/** A whole decision checked against one state: what checkDecision returns. */
export interface CheckedTurn extends CheckedDecision {
  readonly decision: Decision;
  /** The state it was checked against (a turn played from it need not check it again). */
  readonly state: GameState;
}

/** Stands in for "no option chosen yet" when only policy changes are checked. */
const NO_OPTION: OptionDefinition = { id: '', cost: 0, effects: [], labelKey: '' };

/**
 * Everything that makes a decision illegal, found before anything is applied: the wrong turn, an
 * unknown option or lever, a lever outside the role, a missing prerequisite, an excluded pair, or
 * not enough political capital.
 */
export function checkDecision(
  rules: ScenarioRules,
  state: GameState,
  decision: Decision,
): Result<CheckedTurn, TurnError> {
  if (state.scenarioId !== rules.id) {
    return err({ kind: 'wrongScenario', expected: rules.id, got: state.scenarioId });
  }
  const turn = rules.turns[state.turn];
  if (state.ending !== null || turn === undefined) return err({ kind: 'gameOver' });
  if (decision.turnId !== turn.id)
    return err({ kind: 'wrongTurn', expected: turn.id, got: decision.turnId });
  const option = turn.options.find((o) => o.id === decision.optionId);
  if (option === undefined) return err({ kind: 'unknownOption', optionId: decision.optionId });
  return checkChanges(rules, state, option, decision.levers, decision);
}

/**
 * The policy part of a decision on its own, before an option is picked: what the policies panel
 * shows. Capital is counted for the policy changes alone.
 */
export function checkPolicyPlan(
  rules: ScenarioRules,
  state: GameState,
  levers: Readonly<Record<string, string>>,
): Result<CheckedDecision, TurnError> {
  if (state.ending !== null || rules.turns[state.turn] === undefined)
    return err({ kind: 'gameOver' });
  return checkChanges(rules, state, NO_OPTION, levers, null);
}

/** A lever's level after the changes listed so far (the last one wins), else its current one. */
function levelAfter(
  current: readonly number[],
  setLever: readonly number[],
  setLevel: readonly number[],
  lever: number,
): number {
  for (let i = setLever.length - 1; i >= 0; i -= 1) if (setLever[i] === lever) return setLevel[i]!;
  return current[lever] ?? 0;
}

function withChanges(
  current: readonly number[],
  setLever: readonly number[],
  setLevel: readonly number[],
): number[] {
  const after = current.slice();
  for (let i = 0; i < setLever.length; i += 1) after[setLever[i]!] = setLevel[i]!;
  return after;
}

function checkChanges(
  rules: ScenarioRules,
  state: GameState,
  option: OptionDefinition,
  planned: Readonly<Record<string, string>> | undefined,
  decision: Decision,
): Result<CheckedTurn, TurnError>;
function checkChanges(
  rules: ScenarioRules,
  state: GameState,
  option: OptionDefinition,
  planned: Readonly<Record<string, string>> | undefined,
  decision: null,
): Result<CheckedDecision, TurnError>;
function checkChanges(
  rules: ScenarioRules,
  state: GameState,
  option: OptionDefinition,
  planned: Readonly<Record<string, string>> | undefined,
  decision: Decision | null,
): Result<CheckedDecision | CheckedTurn, TurnError> {
  const compiled = compile(rules);
  const current = state.levers;
  // The levels the decision sets (lever index, level index), in order: a later one wins. Nothing
  // is copied until the decision is known to be legal: strategies and previews check many
  // decisions per turn.
  const setLever: number[] = [];
  const setLevel: number[] = [];
  for (const { lever, level } of compiled.optionLevers.get(option) ?? []) {
    if (current[lever] !== level) {
      setLever.push(lever);
      setLevel.push(level);
    }
  }
  let cost = option.cost;
  // Whether the plan named any lever: then prerequisites are checked even if nothing moved.
  let planTouched = false;
  if (planned) {
    const roleLevers = compiled.roleLevers.get(state.role);
    // In the rules' order, so the error reported does not depend on the order of keys in a file
    // (a plan names a lever or two: its keys are looked up, not every lever of the rules).
    let unknownLever: string | undefined;
    const order: number[] = [];
    for (const leverId in planned) {
      const index = compiled.leverIndex.get(leverId);
      if (index === undefined) unknownLever ??= leverId;
      else order.push(index);
    }
    if (order.length > 1) order.sort((a, b) => a - b);
    for (const index of order) {
      const lever = rules.levers[index]!;
      const level = planned[lever.id];
      if (level === undefined) continue;
      const to = levelIn(compiled, lever.id, level);
      if (to < 0) return err({ kind: 'unknownLevel', lever: lever.id, level });
      if (roleLevers && !roleLevers.has(lever.id)) {
        return err({ kind: 'leverNotAvailable', lever: lever.id, role: state.role });
      }
      // Steps are counted from where the option leaves the lever: the option pays for its part.
      const from = levelAfter(current, setLever, setLevel, index);
      cost += Math.abs(to - from) * lever.costPerStep;
      setLever.push(index);
      setLevel.push(to);
      planTouched = true;
    }
    if (unknownLever !== undefined) return err({ kind: 'unknownLever', lever: unknownLever });
  }

  const changed: number[] = [];
  for (const lever of setLever) {
    const after = levelAfter(current, setLever, setLevel, lever);
    if (after !== current[lever] && !changed.includes(lever)) changed.push(lever);
  }
  // The levels after the decision, made at most once (the current ones when nothing is set).
  let after: readonly number[] | undefined = setLever.length === 0 ? current : undefined;
  if (changed.length > 0 || planTouched) {
    // Every policy left in force must still have its prerequisites (dropping forensics while
    // infiltration runs is refused, not silently allowed).
    let afterState: GameState | undefined;
    for (const lever of compiled.requiring) {
      if (levelAfter(current, setLever, setLevel, lever) <= 0) continue;
      after ??= withChanges(current, setLever, setLevel);
      afterState ??= { ...state, levers: after };
      if (!ruleTests(rules).leverRequires[lever]!(afterState))
        return err({ kind: 'missingPrerequisite', lever: rules.levers[lever]!.id });
    }
  }
  for (const { lever, others } of compiled.excluding) {
    if (levelAfter(current, setLever, setLevel, lever) <= 0) continue;
    for (const other of others) {
      if (levelAfter(current, setLever, setLevel, other) > 0)
        return err({
          kind: 'excludedPair',
          lever: rules.levers[lever]!.id,
          other: rules.levers[other]!.id,
        });
    }
  }
  if (cost > state.capital)
    return err({ kind: 'notEnoughCapital', needed: cost, available: state.capital });
  after ??= withChanges(current, setLever, setLevel);
  return ok(
    decision
      ? { option, levers: after, changed, cost, decision, state }
      : { option, levers: after, changed, cost },
  );
}
