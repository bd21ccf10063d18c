import type { MetricId, ScenarioRules } from '../engine';

/** A published source the game cites; titles are bibliographic data and stay as published. */
export interface Source {
  readonly id: string;
  /** Number in the project's research brief, so content reviewers can trace it. */
  readonly brief: number;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
}

export interface Adviser {
  readonly id: string;
  readonly nameKey: string;
  readonly roleKey: string;
  /** Accent colour for the adviser's card and portrait; names and roles carry the meaning too. */
  readonly color: string;
}

export interface AdviserArgument {
  readonly adviser: string;
  readonly textKey: string;
  readonly sources: readonly string[];
}

/** Words a real person said, in their original language, with the source that records them. */
export interface Quote {
  readonly textKey: string;
  readonly byKey: string;
  readonly sources: readonly string[];
}

export interface OptionContent {
  readonly id: string;
  readonly descriptionKey: string;
}

export interface TurnContent {
  readonly id: string;
  readonly dateKey: string;
  readonly titleKey: string;
  readonly bodyKeys: readonly string[];
  readonly quote?: Quote;
  readonly factSources: readonly string[];
  readonly questionKey: string;
  readonly advisers: readonly AdviserArgument[];
  readonly options: readonly OptionContent[];
}

export interface Scenario {
  readonly id: string;
  /** The i18next namespace that holds this scenario's text. */
  readonly namespace: string;
  readonly titleKey: string;
  readonly periodKey: string;
  readonly summaryKey: string;
  readonly estimatedMinutes: number;
  readonly briefing: {
    readonly roleKey: string;
    readonly paragraphKeys: readonly string[];
    readonly goalKeys: readonly string[];
    readonly sources: readonly string[];
  };
  readonly advisers: readonly Adviser[];
  readonly turns: readonly TurnContent[];
  readonly eventBodyKeys: Readonly<Record<string, string>>;
  readonly endingBodyKeys: Readonly<Record<string, string>>;
  readonly epilogue: {
    readonly paragraphKeys: readonly string[];
    readonly sources: readonly string[];
  };
  readonly sources: readonly Source[];
  readonly rules: ScenarioRules;
  /** Metrics the briefing singles out for this scenario. */
  readonly focusMetrics: readonly MetricId[];
}
