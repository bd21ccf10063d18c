import { METRIC_IDS, type Condition, type Effect, type Reaction } from '../engine';
import type { Scenario } from './types';

/** One thing wrong with a scenario: where it is (a JSON path) and what rule it breaks. */
export interface ContentProblem {
  readonly path: string;
  readonly code:
    | 'unknownSource'
    | 'noSources'
    | 'unknownLever'
    | 'unknownLevel'
    | 'unknownAdviser'
    | 'unknownEvent'
    | 'unknownOption'
    | 'tooFewAdvisers'
    | 'noAffordableOption'
    | 'noDefaultEnding'
    | 'duplicateId'
    | 'metricOutOfRange'
    | 'turnMismatch'
    | 'badChance'
    | 'unknownStakeholder'
    | 'unknownAssumption'
    | 'unknownRole'
    | 'noSafeOption';
  readonly detail: string;
}

/**
 * Checks what a type checker cannot: that every id a scenario mentions exists, every effect cites a
 * source, and the game can never get stuck. Built-ins run through this in the unit tests.
 */
export function validateScenario(scenario: Scenario): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (path: string, code: ContentProblem['code'], detail: string) =>
    problems.push({ path, code, detail });
  const { rules } = scenario;
  const sourceIds = new Set(scenario.sources.map((s) => s.id));
  const adviserIds = new Set(scenario.advisers.map((a) => a.id));
  const eventIds = new Set(rules.events.map((e) => e.id));
  const levers = new Map(rules.levers.map((l) => [l.id, l]));
  const stakeholderIds = new Set(rules.stakeholders.map((g) => g.id));
  const assumptionIds = new Set(rules.assumptions.map((a) => a.id));
  const roleIds = new Set(rules.roles.map((r) => r.id));
  const optionIds = new Set<string>();
  // A lever nothing can block: no prerequisite, and no other lever excludes it.
  const excluded = new Set(
    rules.levers.flatMap((l) => [
      ...(l.excludes ?? []),
      ...((l.excludes ?? []).length > 0 ? [l.id] : []),
    ]),
  );
  const unblockable = (leverId: string) =>
    !excluded.has(leverId) && (levers.get(leverId)?.requires ?? []).length === 0;

  const checkSources = (path: string, sources: readonly string[], required: boolean) => {
    if (required && sources.length === 0) report(path, 'noSources', 'at least one source id');
    sources.forEach((s, i) => {
      if (!sourceIds.has(s)) report(`${path}[${i}]`, 'unknownSource', s);
    });
  };
  const checkEffects = (path: string, effects: readonly Effect[]) =>
    effects.forEach((e, i) => {
      checkSources(`${path}[${i}].sources`, e.sources, true);
      if (e.scaleBy !== undefined && !assumptionIds.has(e.scaleBy))
        report(`${path}[${i}].scaleBy`, 'unknownAssumption', e.scaleBy);
    });
  const checkReactions = (path: string, reactions: readonly Reaction[] | undefined) =>
    (reactions ?? []).forEach((r, i) => {
      if (!stakeholderIds.has(r.stakeholder))
        report(`${path}[${i}].stakeholder`, 'unknownStakeholder', r.stakeholder);
    });
  const checkLeverLevel = (path: string, leverId: string, level: string) => {
    const lever = levers.get(leverId);
    if (!lever) report(path, 'unknownLever', leverId);
    else if (!lever.levels.includes(level)) report(path, 'unknownLevel', `${leverId}: ${level}`);
  };
  const checkConditions = (path: string, conditions: readonly Condition[]) =>
    conditions.forEach((c, i) => {
      if (c.kind === 'lever') checkLeverLevel(`${path}[${i}]`, c.lever, c.atLeast);
      if (c.kind === 'eventFired' && !eventIds.has(c.event)) {
        report(`${path}[${i}]`, 'unknownEvent', c.event);
      }
      if (c.kind === 'stakeholder' && !stakeholderIds.has(c.stakeholder)) {
        report(`${path}[${i}]`, 'unknownStakeholder', c.stakeholder);
      }
      if (c.kind === 'assumption' && !assumptionIds.has(c.assumption)) {
        report(`${path}[${i}]`, 'unknownAssumption', c.assumption);
      }
      if (c.kind === 'role' && !roleIds.has(c.role)) report(`${path}[${i}]`, 'unknownRole', c.role);
    });

  const checkUnique = (path: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) report(`${path}[${i}].id`, 'duplicateId', id);
      seen.add(id);
    });
  };
  checkUnique(
    'rules.levers',
    rules.levers.map((l) => l.id),
  );
  checkUnique(
    'rules.events',
    rules.events.map((e) => e.id),
  );
  checkUnique(
    'rules.stakeholders',
    rules.stakeholders.map((g) => g.id),
  );
  checkUnique(
    'rules.assumptions',
    rules.assumptions.map((a) => a.id),
  );
  checkUnique(
    'rules.roles',
    rules.roles.map((r) => r.id),
  );

  rules.levers.forEach((lever, i) => {
    const path = `rules.levers[${i}]`;
    for (const [level, effects] of Object.entries(lever.ongoing)) {
      if (!lever.levels.includes(level)) report(`${path}.ongoing.${level}`, 'unknownLevel', level);
      checkEffects(`${path}.ongoing.${level}`, effects);
    }
    for (const [level, reactions] of Object.entries(lever.reactions ?? {})) {
      if (!lever.levels.includes(level))
        report(`${path}.reactions.${level}`, 'unknownLevel', level);
      checkReactions(`${path}.reactions.${level}`, reactions);
    }
    checkConditions(`${path}.requires`, lever.requires ?? []);
    (lever.excludes ?? []).forEach((other, j) => {
      if (!levers.has(other)) report(`${path}.excludes[${j}]`, 'unknownLever', other);
    });
  });
  rules.roles.forEach((role, i) => {
    role.levers.forEach((leverId, j) => {
      if (!levers.has(leverId)) report(`rules.roles[${i}].levers[${j}]`, 'unknownLever', leverId);
    });
    role.objectives.forEach((o, j) => {
      if (o.kind === 'stakeholder' && !stakeholderIds.has(o.stakeholder)) {
        report(
          `rules.roles[${i}].objectives[${j}].stakeholder`,
          'unknownStakeholder',
          o.stakeholder,
        );
      }
    });
  });
  rules.assumptions.forEach((a, i) =>
    checkSources(`rules.assumptions[${i}].sources`, a.sources, true),
  );
  // Assumptions that give an event's odds must be probabilities.
  rules.events.forEach((event, i) => {
    const odds = event.chanceBy
      ? rules.assumptions.find((a) => a.id === event.chanceBy)
      : undefined;
    for (const [setting, value] of Object.entries(odds?.values ?? {})) {
      if (!(value >= 0 && value <= 1))
        report(`rules.events[${i}].chanceBy`, 'badChance', `${setting}: ${value}`);
    }
  });

  for (const metric of METRIC_IDS) {
    const value = rules.initialMetrics[metric];
    if (!(value >= 0 && value <= 100))
      report(`rules.initialMetrics.${metric}`, 'metricOutOfRange', String(value));
  }

  rules.turns.forEach((turn, t) => {
    const path = `rules.turns[${t}]`;
    const cheapest = Math.min(...turn.options.map((o) => o.cost));
    // After any turn the player has at least the per-turn gain minus the low-support malus.
    const available = t === 0 ? rules.capital.start : rules.capital.perTurn - 1;
    if (!(cheapest <= available)) {
      report(path, 'noAffordableOption', `cheapest ${cheapest}, guaranteed ${available}`);
    }
    const safe = turn.options.some(
      (o) =>
        o.cost <= available &&
        Object.keys(o.setLevers ?? {}).every((leverId) => unblockable(leverId)),
    );
    if (!safe)
      report(path, 'noSafeOption', 'an affordable option that no policy in force can block');
    turn.options.forEach((option, o) => {
      if (optionIds.has(option.id)) report(`${path}.options[${o}].id`, 'duplicateId', option.id);
      optionIds.add(option.id);
      checkEffects(`${path}.options[${o}].effects`, option.effects);
      checkReactions(`${path}.options[${o}].reactions`, option.reactions);
      for (const [leverId, level] of Object.entries(option.setLevers ?? {})) {
        checkLeverLevel(`${path}.options[${o}].setLevers.${leverId}`, leverId, level);
      }
    });
  });

  rules.events.forEach((event, i) => {
    if (!(event.chance >= 0 && event.chance <= 1))
      report(`rules.events[${i}].chance`, 'badChance', String(event.chance));
    checkConditions(`rules.events[${i}].requires`, event.requires);
    checkEffects(`rules.events[${i}].effects`, event.effects);
    checkReactions(`rules.events[${i}].reactions`, event.reactions);
    if (event.chanceBy !== undefined && !assumptionIds.has(event.chanceBy)) {
      report(`rules.events[${i}].chanceBy`, 'unknownAssumption', event.chanceBy);
    }
    for (const [leverId, level] of Object.entries(event.setLevers ?? {})) {
      checkLeverLevel(`rules.events[${i}].setLevers.${leverId}`, leverId, level);
    }
  });

  rules.endings.forEach((ending, i) => {
    checkConditions(`rules.endings[${i}].requires`, ending.requires);
    ending.requires.forEach((c, j) => {
      if (c.kind === 'chose' && !optionIds.has(c.option)) {
        report(`rules.endings[${i}].requires[${j}]`, 'unknownOption', c.option);
      }
    });
  });
  const last = rules.endings.filter((e) => e.when === 'final').at(-1);
  if (!last || last.requires.length > 0) {
    report('rules.endings', 'noDefaultEnding', 'a final ending without requirements, listed last');
  }

  if (scenario.turns.length !== rules.turns.length) {
    report(
      'turns',
      'turnMismatch',
      `${scenario.turns.length} texts for ${rules.turns.length} turns`,
    );
  }
  scenario.turns.forEach((turn, t) => {
    const path = `turns[${t}]`;
    if (rules.turns[t]?.id !== turn.id) report(`${path}.id`, 'turnMismatch', turn.id);
    if (turn.advisers.length < 3)
      report(`${path}.advisers`, 'tooFewAdvisers', String(turn.advisers.length));
    turn.advisers.forEach((a, i) => {
      if (!adviserIds.has(a.adviser))
        report(`${path}.advisers[${i}].adviser`, 'unknownAdviser', a.adviser);
      checkSources(`${path}.advisers[${i}].sources`, a.sources, true);
    });
    checkSources(`${path}.factSources`, turn.factSources, true);
    if (turn.quote) checkSources(`${path}.quote.sources`, turn.quote.sources, true);
  });
  checkSources('briefing.sources', scenario.briefing.sources, true);
  checkSources('epilogue.sources', scenario.epilogue.sources, true);
  return problems;
}
