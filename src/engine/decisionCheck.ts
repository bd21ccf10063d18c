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
): Result<CheckedDecision, TurnError> {
  if (state.scenarioId !== rules.id) {
    return err({ kind: 'wrongScenario', expected: rules.id, got: state.scenarioId });
  }
  const turn = rules.turns[state.turn];
  if (state.ending !== null || turn === undefined) return err({ kind: 'gameOver' });
  if (decision.turnId !== turn.id)
    return err({ kind: 'wrongTurn', expected: turn.id, got: decision.turnId });
  const option = turn.options.find((o) => o.id === decision.optionId);
  if (option === undefined) return err({ kind: 'unknownOption', optionId: decision.optionId });
  return checkChanges(rules, state, option, decision.levers);
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
  return checkChanges(rules, state, NO_OPTION, levers);
}

function checkChanges(
  rules: ScenarioRules,
  state: GameState,
  option: OptionDefinition,
  planned: Readonly<Record<string, string>> | undefined,
): Result<CheckedDecision, TurnError> {
  const compiled = compile(rules);
  const current = state.levers;
  // The levels the decision sets (lever index, level index), in order: a later one wins. Nothing
  // is copied until the decision is known to be legal: strategies and previews check many
  // decisions per turn.
  const setLever: number[] = [];
  const setLevel: number[] = [];
  const levelAfter = (lever: number): number => {
    for (let i = setLever.length - 1; i >= 0; i -= 1)
      if (setLever[i] === lever) return setLevel[i]!;
    return current[lever] ?? 0;
  };
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
    order.sort((a, b) => a - b);
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
      cost += Math.abs(to - levelAfter(index)) * lever.costPerStep;
      setLever.push(index);
      setLevel.push(to);
      planTouched = true;
    }
    if (unknownLever !== undefined) return err({ kind: 'unknownLever', lever: unknownLever });
  }

  // The levels after the decision, made at most once, and only when needed.
  let after: number[] | undefined;
  const leversAfter = (): readonly number[] => {
    if (setLever.length === 0) return current;
    if (!after) {
      after = current.slice();
      for (let i = 0; i < setLever.length; i += 1) after[setLever[i]!] = setLevel[i]!;
    }
    return after;
  };
  const changed: number[] = [];
  for (const lever of setLever)
    if (levelAfter(lever) !== current[lever] && !changed.includes(lever)) changed.push(lever);
  if (changed.length > 0 || planTouched) {
    // Every policy left in force must still have its prerequisites (dropping forensics while
    // infiltration runs is refused, not silently allowed).
    let afterState: GameState | undefined;
    for (const lever of compiled.requiring) {
      if (levelAfter(lever) <= 0) continue;
      afterState ??= { ...state, levers: leversAfter() };
      if (!ruleTests(rules).leverRequires[lever]!(afterState))
        return err({ kind: 'missingPrerequisite', lever: rules.levers[lever]!.id });
    }
  }
  for (const { lever, others } of compiled.excluding) {
    if (levelAfter(lever) <= 0) continue;
    for (const other of others) {
      if (levelAfter(other) > 0)
        return err({
          kind: 'excludedPair',
          lever: rules.levers[lever]!.id,
          other: rules.levers[other]!.id,
        });
    }
  }
  if (cost > state.capital)
    return err({ kind: 'notEnoughCapital', needed: cost, available: state.capital });
  return ok({ option, levers: leversAfter(), changed, cost });
}
