import { compile, levelIn } from './compiled';
import { ruleTests } from './conditions';
import { err, ok, type Result } from './result';
import type { Decision, GameState, OptionDefinition, ScenarioRules, TurnError } from './types';

export interface CheckedDecision {
  readonly option: OptionDefinition;
  /** Lever levels after the option and the player's own changes. */
  readonly levers: Readonly<Record<string, string>>;
  /** Levers whose level changed this turn. */
  readonly changed: readonly string[];
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
  // Copied only when something changes: most turns leave every policy as it is.
  let levers: Record<string, string> = state.levers;
  for (const leverId in option.setLevers) {
    const level = option.setLevers[leverId]!;
    if (levers[leverId] === level) continue;
    if (levers === state.levers) levers = { ...state.levers };
    levers[leverId] = level;
  }
  let cost = option.cost;
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
      const from = Math.max(0, levelIn(compiled, lever.id, levers[lever.id]));
      cost += Math.abs(to - from) * lever.costPerStep;
      if (levers === state.levers) levers = { ...state.levers };
      levers[lever.id] = level;
    }
    if (unknownLever !== undefined) return err({ kind: 'unknownLever', lever: unknownLever });
  }

  const changed: string[] = [];
  if (levers !== state.levers) {
    // Only levers the option or the plan touched can differ (callers use this as a set).
    for (const leverId in option.setLevers) {
      if (levers[leverId] !== state.levers[leverId] && !changed.includes(leverId))
        changed.push(leverId);
    }
    for (const leverId in planned) {
      if (levers[leverId] !== state.levers[leverId] && !changed.includes(leverId))
        changed.push(leverId);
    }
    // Every policy left in force must still have its prerequisites (dropping forensics while
    // infiltration runs is refused, not silently allowed).
    let after: GameState | undefined;
    for (const lever of compiled.requiring) {
      if (levelIn(compiled, lever.id, levers[lever.id]) <= 0) continue;
      after ??= { ...state, levers };
      if (!ruleTests(rules).leverRequires.get(lever.id)?.(after))
        return err({ kind: 'missingPrerequisite', lever: lever.id });
    }
  }
  for (const lever of compiled.excluding) {
    if (levelIn(compiled, lever.id, levers[lever.id]) <= 0) continue;
    for (const other of lever.excludes ?? []) {
      if (levelIn(compiled, other, levers[other]) > 0)
        return err({ kind: 'excludedPair', lever: lever.id, other });
    }
  }
  if (cost > state.capital)
    return err({ kind: 'notEnoughCapital', needed: cost, available: state.capital });
  return ok({ option, levers, changed, cost });
}
