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
}

export type Condition =
  | { readonly kind: 'lever'; readonly lever: string; readonly atLeast: string }
  | {
      readonly kind: 'metric';
      readonly metric: MetricId;
      readonly below?: number;
      readonly above?: number;
    }
  | { readonly kind: 'chose'; readonly option: string }
  | { readonly kind: 'balance'; readonly atLeast?: number; readonly below?: number }
  | { readonly kind: 'collapse' }
  | { readonly kind: 'eventFired'; readonly event: string };

export interface LeverDefinition {
  readonly id: string;
  /** Level ids from weakest to strongest; the first is the starting level ("off"). */
  readonly levels: readonly string[];
  /** Effects applied every turn while the lever stays at that level: policies have lasting costs. */
  readonly ongoing: Readonly<Record<string, readonly Effect[]>>;
  readonly labelKey: string;
  /** One whole phrase per level ("Access mandate in force"), so causes read as sentences. */
  readonly levelKeys: Readonly<Record<string, string>>;
}

export interface OptionDefinition {
  readonly id: string;
  /** Political capital spent to take this option. */
  readonly cost: number;
  readonly effects: readonly Effect[];
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
  readonly requires: readonly Condition[];
  /** Earliest turn index (0-based) at which the event may fire. */
  readonly fromTurn?: number;
  readonly effects: readonly Effect[];
  readonly headlineKey: string;
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
  readonly levers: readonly LeverDefinition[];
  readonly turns: readonly TurnDefinition[];
  readonly events: readonly EventDefinition[];
  readonly endings: readonly EndingDefinition[];
}

export interface Decision {
  readonly turnId: string;
  readonly optionId: string;
}

/** Why part of a metric moved: the ledger entry behind every number the player sees. */
export interface Cause {
  readonly kind: 'decision' | 'lever' | 'event' | 'limit';
  /** Option, lever, or event id; for `limit`, the bound that was hit. */
  readonly id: string;
  readonly amount: number;
  /** How many turns ago the cause was set in motion (0 = this turn). */
  readonly delay: number;
  readonly sources: readonly SourceId[];
  /** The uncertainty range the amount was drawn from, when it was uncertain. */
  readonly range?: readonly [number, number];
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

export interface GameState {
  /** Format version of this object, for saves and migrations. */
  readonly format: 1;
  readonly scenarioId: string;
  readonly seed: string;
  /** Index of the next turn to play. */
  readonly turn: number;
  readonly metrics: Metrics;
  readonly capital: number;
  readonly levers: Readonly<Record<string, string>>;
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

export interface EventFired {
  readonly id: string;
  readonly text: TextRef;
}

export interface TurnReport {
  readonly turnIndex: number;
  readonly decision: Decision;
  readonly changes: readonly MetricChange[];
  readonly events: readonly EventFired[];
  readonly capital: { readonly before: number; readonly spent: number; readonly after: number };
  readonly ending: EndingReached | null;
}

export type TurnError =
  | { readonly kind: 'gameOver' }
  | { readonly kind: 'wrongScenario'; readonly expected: string; readonly got: string }
  | { readonly kind: 'wrongTurn'; readonly expected: string; readonly got: string }
  | { readonly kind: 'unknownOption'; readonly optionId: string }
  | { readonly kind: 'notEnoughCapital'; readonly needed: number; readonly available: number };
