import { balanceIndex, isCollapsed } from './balance';
import { compile, levelIn } from './compiled';
import { scoreRun } from './scoring';
import { supportIndex } from './support';
import { METRIC_IDS, type Condition, type GameState, type ScenarioRules } from './types';

/** A condition made into a test of a state, with its lookups done once. */
export type StateTest = (state: GameState) => boolean;

const within = (value: number, below?: number, above?: number) =>
  (below === undefined || value < below) && (above === undefined || value > above);

const never: StateTest = () => false;
const always: StateTest = () => true;

/** One condition as a test. The rules' own conditions are made once (see ruleTests). */
export function conditionTest(rules: ScenarioRules, condition: Condition): StateTest {
  switch (condition.kind) {
    case 'lever':
    case 'leverBelow': {
      const compiled = compile(rules);
      const lever = compiled.leverIndex.get(condition.lever);
      const threshold = condition.kind === 'lever' ? condition.atLeast : condition.level;
      const wanted = levelIn(compiled, condition.lever, threshold);
      if (lever === undefined || wanted < 0) return never;
      return condition.kind === 'lever'
        ? (state) => (state.levers[lever] ?? -1) >= wanted
        : (state) => (state.levers[lever] ?? Infinity) < wanted;
    }
    case 'metric': {
      const { metric, below, above } = condition;
      return (state) => within(state.metrics[metric], below, above);
    }
    case 'chose': {
      const option = condition.option;
      return (state) => state.decisions.some((d) => d.optionId === option);
    }
    case 'balance': {
      const { atLeast, below } = condition;
      return (state) => {
        const index = balanceIndex(state.metrics);
        return (atLeast === undefined || index >= atLeast) && within(index, below);
      };
    }
    case 'collapse': {
      const margin = rules.collapseMargin;
      return (state) => METRIC_IDS.some((id) => isCollapsed(id, state.metrics[id], margin));
    }
    case 'eventFired': {
      const event = condition.event;
      return (state) => state.firedEvents.includes(event);
    }
    case 'stakeholder': {
      const { below, above } = condition;
      const group = compile(rules).stakeholderIndex.get(condition.stakeholder);
      return group === undefined
        ? () => within(0, below, above)
        : (state) => within(state.approval[group] ?? 0, below, above);
    }
    case 'support': {
      const { atLeast, below } = condition;
      return (state) => {
        const support = supportIndex(rules, state.approval);
        return (atLeast === undefined || support >= atLeast) && within(support, below);
      };
    }
    case 'assumption': {
      const { assumption, is } = condition;
      return (state) => state.assumptions[assumption] === is;
    }
    case 'role': {
      const role = condition.role;
      return (state) => state.role === role;
    }
    case 'objectives': {
      const atLeast = condition.atLeast;
      return (state) => scoreRun(rules, state).roleScore >= atLeast;
    }
  }
}

/** Every condition of a list as one test (an empty list always holds). */
export function allTest(rules: ScenarioRules, conditions: readonly Condition[]): StateTest {
  const tests = conditions.map((c) => conditionTest(rules, c));
  if (tests.length === 0) return always;
  if (tests.length === 1) return tests[0]!;
  return (state) => {
    for (const test of tests) if (!test(state)) return false;
    return true;
  };
}

/** The tests of the rules' own conditions, made once per rules object: the engine's hot path. */
export interface RuleTests {
  /** By event index: when the event may fire. */
  readonly events: readonly StateTest[];
  /** By ending index: when the ending is reached. */
  readonly endings: readonly StateTest[];
  /** By lever index: what must hold before the lever can be raised. */
  readonly leverRequires: readonly StateTest[];
}

const testCache = new WeakMap<ScenarioRules, RuleTests>();

export function ruleTests(rules: ScenarioRules): RuleTests {
  const cached = testCache.get(rules);
  if (cached) return cached;
  const tests: RuleTests = {
    events: rules.events.map((e) => allTest(rules, e.requires)),
    endings: rules.endings.map((e) => allTest(rules, e.requires)),
    leverRequires: rules.levers.map((l) => allTest(rules, l.requires ?? [])),
  };
  testCache.set(rules, tests);
  return tests;
}
