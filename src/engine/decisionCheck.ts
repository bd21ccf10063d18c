import { compile, levelIn } from './compiled';
import { allHold } from './conditions';
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
  if (decision.levers) {
    const role = rules.roles.find((r) => r.id === state.role);
    for (const leverId of Object.keys(decision.levers)) {
      const level = decision.levers[leverId]!;
      const lever = compiled.lever.get(leverId);
      if (!lever) return err({ kind: 'unknownLever', lever: leverId });
      const to = levelIn(compiled, leverId, level);
      if (to < 0) return err({ kind: 'unknownLevel', lever: leverId, level });
      if (role && !role.levers.includes(leverId))
        return err({ kind: 'leverNotAvailable', lever: leverId, role: role.id });
      const from = Math.max(0, levelIn(compiled, leverId, levers[leverId]));
      cost += Math.abs(to - from) * lever.costPerStep;
      if (levers === state.levers) levers = { ...state.levers };
      levers[leverId] = level;
    }
  }

  const changed: string[] = [];
  if (levers !== state.levers) {
    for (const lever of rules.levers)
      if (levers[lever.id] !== state.levers[lever.id]) changed.push(lever.id);
    let after: GameState | undefined;
    for (const leverId of changed) {
      const lever = compiled.lever.get(leverId);
      if (!lever?.requires || levelIn(compiled, leverId, levers[leverId]) <= 0) continue;
      after ??= { ...state, levers };
      if (!allHold(rules, after, lever.requires))
        return err({ kind: 'missingPrerequisite', lever: leverId });
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
