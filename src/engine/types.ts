/**
 * The engine's data model. Everything here is plain JSON: no classes, functions or Maps, so a game
 * can be saved, shared, replayed or sent over a network as it is.
 */

/** Outcome metrics, each 0–100. For `harm` lower is better; every other metric, higher is better. */
export const METRIC_IDS = [
  'security',
  'investigation',
  'liberties',
  'economy',
  'trust',
  'standing',
  'harm',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];
export type Metrics = Readonly<Record<MetricId, number>>;

export const METRIC_MIN = 0;
export const METRIC_MAX = 100;

/** +1 when a higher value is better for society, -1 when lower is better. */
export const METRIC_DIRECTION: Readonly<Record<MetricId, 1 | -1>> = {
  security: 1,
  investigation: 1,
  liberties: 1,
  economy: 1,
  trust: 1,
  standing: 1,
  harm: -1,
};

/** A translation key and its parameters: the engine never produces display text. */
export interface TextRef {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** An id from the scenario's list of sources; every built-in effect cites at least one. */
export type SourceId = string;

/** A fixed amount, or an uncertainty range drawn from the seeded generator when the effect fires. */
export type Amount = number | readonly [number, number];

export interface Effect {
  readonly metric: MetricId;
  readonly amount: Amount;
  /** Turns until the effect arrives; 0 or absent means at once. */
  readonly delay?: number;
  readonly sources: readonly SourceId[];
  /** Multiplies the amount by a contested assumption's value (how many offenders switch apps…). */
  readonly scaleBy?: string;
}

export const ASSUMPTION_SETTINGS = ['optimistic', 'pessimistic'] as const;
export type AssumptionSetting = (typeof ASSUMPTION_SETTINGS)[number];
/** What a facilitator picks: a fixed setting, or one drawn by the seed at the start. */
export type AssumptionChoice = AssumptionSetting | 'random';

export type Condition =
  | { readonly kind: 'lever'; readonly lever: string; readonly atLeast: string }
  | { readonly kind: 'leverBelow'; readonly lever: string; readonly level: string }
  | {
      readonly kind: 'metric';
      readonly metric: MetricId;
      readonly below?: number;
      readonly above?: number;
    }
  | { readonly kind: 'chose'; readonly option: string }
  | { readonly kind: 'balance'; readonly atLeast?: number; readonly below?: number }
  | { readonly kind: 'collapse' }
  | { readonly kind: 'eventFired'; readonly event: string }
  | {
      readonly kind: 'stakeholder';
      readonly stakeholder: string;
      readonly below?: number;
      readonly above?: number;
    }
  | { readonly kind: 'support'; readonly below?: number; readonly atLeast?: number }
  | { readonly kind: 'assumption'; readonly assumption: string; readonly is: AssumptionSetting }
  | { readonly kind: 'role'; readonly role: string }
  | { readonly kind: 'objectives'; readonly atLeast: number };

/** A change in a stakeholder group's approval (points per turn for levers, once for events). */
export interface Reaction {
  readonly stakeholder: string;
  readonly amount: number;
  readonly sources: readonly SourceId[];
}

export interface LeverDefinition {
  readonly id: string;
  /** Level ids from weakest to strongest; the first is the starting level ("off"). */
  readonly levels: readonly string[];
  /** Political capital per level step changed, up or down. */
  readonly costPerStep: number;
  /**
   * Effects per turn at full strength while the lever stays at that level: policies have lasting
   * costs. A new level ramps up and a dropped one fades out (inertia).
   */
  readonly ongoing: Readonly<Record<string, readonly Effect[]>>;
  /** Approval changes per turn at that level. */
  readonly reactions?: Readonly<Record<string, readonly Reaction[]>>;
  /** What must hold before the lever can be raised above its first level. */
  readonly requires?: readonly Condition[];
  /** Levers that must be at their first level while this one is above its first. */
  readonly excludes?: readonly string[];
  readonly labelKey: string;
  /** One whole phrase per level ("Access mandate in force"), so causes read as sentences. */
  readonly levelKeys: Readonly<Record<string, string>>;
}

export interface OptionDefinition {
  readonly id: string;
  /** Political capital spent to take this option. */
  readonly cost: number;
  readonly effects: readonly Effect[];
  readonly reactions?: readonly Reaction[];
  readonly setLevers?: Readonly<Record<string, string>>;
  readonly labelKey: string;
}

export interface TurnDefinition {
  readonly id: string;
  readonly options: readonly OptionDefinition[];
}

export interface EventDefinition {
  readonly id: string;
  /** Odds per turn (0–1) once every requirement holds. */
  readonly chance: number;
  /** When set, the odds come from this contested assumption's value instead. */
  readonly chanceBy?: string;
  readonly requires: readonly Condition[];
  /** Earliest turn index (0-based) at which the event may fire. */
  readonly fromTurn?: number;
  readonly effects: readonly Effect[];
  readonly reactions?: readonly Reaction[];
  /** Policies the event forces (a court strikes a law down, a firm leaves). */
  readonly setLevers?: Readonly<Record<string, string>>;
  readonly headlineKey: string;
}

export interface StakeholderDefinition {
  readonly id: string;
  readonly nameKey: string;
  /** 0–100: how much this group's approval weighs in the government's support. */
  readonly influence: number;
  readonly approval: number;
  /** How much each metric's movement moves this group's approval (per point of change). */
  readonly cares: Readonly<Partial<Record<MetricId, number>>>;
}

export interface AssumptionDefinition {
  readonly id: string;
  readonly labelKey: string;
  readonly values: Readonly<Record<AssumptionSetting, number>>;
  readonly sources: readonly SourceId[];
}

export type Objective =
  | {
      readonly kind: 'metric';
      readonly metric: MetricId;
      readonly atLeast?: number;
      readonly atMost?: number;
    }
  | { readonly kind: 'stakeholder'; readonly stakeholder: string; readonly atLeast: number }
  | { readonly kind: 'support'; readonly atLeast: number };

export interface RoleDefinition {
  readonly id: string;
  readonly nameKey: string;
  /** The levers this role may change directly; inject options may still move others. */
  readonly levers: readonly string[];
  readonly objectives: readonly Objective[];
  readonly capitalBonus?: number;
}

export const ENDING_KINDS = ['term', 'collapse', 'office', 'breach'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

export interface EndingDefinition {
  readonly id: string;
  readonly kind: EndingKind;
  /** `anyTime` endings stop the game as soon as they hold; `final` ones are checked after the last turn. */
  readonly when: 'anyTime' | 'final';
  readonly requires: readonly Condition[];
  readonly titleKey: string;
}

export interface ScenarioRules {
  readonly id: string;
  readonly initialMetrics: Metrics;
  readonly capital: { readonly start: number; readonly perTurn: number; readonly max: number };
  /** A metric at or past this distance from its bad end counts as collapsed. */
  readonly collapseMargin: number;
  /** Share of a new policy's effect felt in its first turn, and share of a dropped one still felt. */
  readonly inertia: { readonly rampUp: number; readonly fade: number };
  /** How strongly weighted approval moves capital: +1 per turn at or above `high`, -1 below `low`. */
  readonly support: { readonly high: number; readonly low: number };
  readonly levers: readonly LeverDefinition[];
  readonly stakeholders: readonly StakeholderDefinition[];
  readonly assumptions: readonly AssumptionDefinition[];
  readonly roles: readonly RoleDefinition[];
  readonly turns: readonly TurnDefinition[];
  readonly events: readonly EventDefinition[];
  readonly endings: readonly EndingDefinition[];
}

/** How a game starts: everything a share link or a facilitator must fix to reproduce a run. */
export interface GameSetup {
  readonly seed: string;
  readonly role?: string;
  /** The player's own weights over the metrics, 0–3 each; absent means all equal. */
  readonly values?: Readonly<Partial<Record<MetricId, number>>>;
  readonly assumptions?: Readonly<Record<string, AssumptionChoice>>;
}

export interface Decision {
  readonly turnId: string;
  readonly optionId: string;
  /** Policy changes made this turn besides the option: lever id → new level. */
  readonly levers?: Readonly<Record<string, string>>;
}

/** Why part of a metric moved: the ledger entry behind every number the player sees. */
export interface Cause {
  /** `lever`: a policy in force; `inertia`: a dropped policy still fading out; `support`: drift of a
   * stakeholder's approval with the metrics it cares about. */
  readonly kind: 'decision' | 'lever' | 'inertia' | 'event' | 'support' | 'limit';
  /** Option, lever, or event id; for `limit`, the bound that was hit. */
  readonly id: string;
  readonly amount: number;
  /** How many turns ago the cause was set in motion (0 = this turn). */
  readonly delay: number;
  readonly sources: readonly SourceId[];
  /** The uncertainty range the amount was drawn from, or null when it was certain. (Always present,
   * so every cause has one shape: the engine resolves turns noticeably faster.) */
  readonly range: readonly [number, number] | null;
  readonly text: TextRef;
}

export interface PendingEffect {
  readonly metric: MetricId;
  readonly amount: number;
  readonly arrivesAtTurn: number;
  readonly cause: Cause;
}

export interface EndingReached {
  readonly id: string;
  readonly kind: EndingKind;
  readonly afterTurn: number;
  readonly text: TextRef;
}

/** A dropped policy whose effect is still being felt. */
export interface FadingLever {
  readonly lever: string;
  readonly level: string;
  readonly strength: number;
}

export interface GameState {
  /**
   * Format version of this object (3: levers and groups by index in the rules). Saves keep the setup and
   * decisions and replay them, never this state, so a new format needs no save migration.
   */
  readonly format: 3;
  readonly scenarioId: string;
  readonly seed: string;
  readonly role: string;
  /** The player's weights over the metrics, 0–3 each. */
  readonly values: Readonly<Record<MetricId, number>>;
  /** Contested assumptions in force for this run (random ones already drawn). */
  readonly assumptions: Readonly<Record<string, AssumptionSetting>>;
  /** Index of the next turn to play. */
  readonly turn: number;
  readonly metrics: Metrics;
  readonly capital: number;
  /**
   * Each lever's level as an index into its levels (0 is off), by lever index in the rules:
   * `leverLevel` names it. Indexes, not a record of names: every check and turn reads and copies
   * them, millions of times in a balance report.
   */
  readonly levers: readonly number[];
  /** Strength (0–1) of each policy in force, by lever index in the rules; -1 for a lever at its
   * first level (off). New policies ramp up. An array, not a record by id: every turn reads and
   * rewrites it whole. */
  readonly leverStrength: readonly number[];
  readonly fading: readonly FadingLever[];
  /** Each stakeholder group's approval, by index in the rules: `approvalById` names them. */
  readonly approval: readonly number[];
  readonly pending: readonly PendingEffect[];
  readonly firedEvents: readonly string[];
  readonly decisions: readonly Decision[];
  readonly rng: number;
  /** Metrics at the start and after each turn played: the history charts read this. */
  readonly history: readonly Metrics[];
  readonly ending: EndingReached | null;
}

export interface MetricChange {
  readonly metric: MetricId;
  readonly before: number;
  readonly after: number;
  readonly causes: readonly Cause[];
}

export interface ApprovalChange {
  readonly stakeholder: string;
  readonly before: number;
  readonly after: number;
  readonly causes: readonly Cause[];
}

export interface EventFired {
  readonly id: string;
  readonly text: TextRef;
}

export interface TurnReport {
  readonly turnIndex: number;
  readonly decision: Decision;
  readonly changes: readonly MetricChange[];
  readonly approval: readonly ApprovalChange[];
  readonly events: readonly EventFired[];
  readonly capital: {
    readonly before: number;
    readonly spent: number;
    readonly gained: number;
    readonly after: number;
  };
  readonly ending: EndingReached | null;
}

export type TurnError =
  | { readonly kind: 'gameOver' }
  | { readonly kind: 'wrongScenario'; readonly expected: string; readonly got: string }
  | { readonly kind: 'wrongTurn'; readonly expected: string; readonly got: string }
  | { readonly kind: 'unknownOption'; readonly optionId: string }
  | { readonly kind: 'unknownLever'; readonly lever: string }
  | { readonly kind: 'unknownLevel'; readonly lever: string; readonly level: string }
  | { readonly kind: 'leverNotAvailable'; readonly lever: string; readonly role: string }
  | { readonly kind: 'missingPrerequisite'; readonly lever: string }
  | { readonly kind: 'excludedPair'; readonly lever: string; readonly other: string }
  | { readonly kind: 'notEnoughCapital'; readonly needed: number; readonly available: number };

export type SetupError =
  | { readonly kind: 'unknownRole'; readonly role: string }
  | { readonly kind: 'unknownAssumption'; readonly assumption: string }
  | { readonly kind: 'badAssumption'; readonly assumption: string }
  | { readonly kind: 'badValue'; readonly metric: string };
