import type { MetricId, ScenarioRules } from '../engine';

/** A published source the game cites; titles are bibliographic data and stay as published. */
export interface Source {
  readonly id: string;
  /** Number in the project's research brief, so content reviewers can trace it (catalogue only). */
  readonly brief?: number;
  readonly title: string;
  readonly publisher: string;
  /** Publication date as YYYY, YYYY-MM or YYYY-MM-DD; 'n.d.' when the publication is undated. */
  readonly date: string;
  readonly url: string;
}

/** A source as a scenario shows it: numbered in that scenario's own list. */
export interface NumberedSource extends Source {
  readonly number: number;
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
  /** The language the words were said in: they are shown as said, never translated in place. */
  readonly language: string;
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

export interface TimelineEntry {
  readonly dateKey: string;
  readonly textKey: string;
  readonly sources: readonly string[];
}

export interface GlossaryEntry {
  readonly id: string;
  readonly termKey: string;
  readonly definitionKey: string;
}

export interface Scenario {
  readonly id: string;
  /** Built into the game, or imported by the player from a pack file. */
  readonly origin: 'builtIn' | 'imported';
  /** The language the pack's own texts are written in. */
  readonly language: string;
  /** The i18next namespace that holds this scenario's text. */
  readonly namespace: string;
  readonly titleKey: string;
  readonly periodKey: string;
  /** Where it is set ("United States"), when the pack says. */
  readonly settingKey?: string;
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
  readonly timeline: readonly TimelineEntry[];
  readonly glossary: readonly GlossaryEntry[];
  readonly discussionKeys: readonly string[];
  /** The pack's own sources first, then the catalogue sources its policies cite. */
  readonly sources: readonly NumberedSource[];
  readonly rules: ScenarioRules;
  /** Metrics the briefing singles out for this scenario. */
  readonly focusMetrics: readonly MetricId[];
}
