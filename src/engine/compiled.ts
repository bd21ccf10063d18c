import {
  METRIC_IDS,
  type AssumptionDefinition,
  type GameState,
  type Effect,
  type MetricId,
  type OptionDefinition,
  type Reaction,
  type ScenarioRules,
  type TextRef,
} from './types';

/** metric id → its index in METRIC_IDS: a turn keeps its running totals in arrays. */
export const METRIC_INDEX: ReadonlyMap<string, number> = new Map(METRIC_IDS.map((m, i) => [m, i]));

/** An effect with its lookups done: the metric's index and the scaling assumption's (or -1). */
export interface CompiledEffect {
  readonly effect: Effect;
  readonly metric: number;
  readonly assumption: number;
}

/** A reaction with its stakeholder's index (-1 for a group the rules do not have). */
export interface CompiledReaction {
  readonly reaction: Reaction;
  readonly stakeholder: number;
}

/** A lever level's ongoing effects, reactions and the phrase that names it in the ledger. */
export interface CompiledLevel {
  readonly effects: readonly CompiledEffect[];
  readonly reactions: readonly CompiledReaction[];
  readonly text: TextRef;
}

/** A lever set to a level, both as indexes. */
export interface LeverSetting {
  readonly lever: number;
  readonly level: number;
}

/**
 * Lookup tables built once per rules object. The rules are plain data, scanned with find() or
 * looked up by string key they cost the engine most of its time; balance runs resolve millions of
 * turns. The hot loop works on indexes into these tables.
 */
export interface CompiledRules {
  /** lever id → its index in the rules. */
  readonly leverIndex: ReadonlyMap<string, number>;
  /** lever id → level → index in its levels (0 is off). */
  readonly levelIndex: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** By lever index, then level index. */
  readonly levels: readonly (readonly CompiledLevel[])[];
  readonly assumption: ReadonlyMap<string, AssumptionDefinition>;
  /**
   * Levers that exclude at least one other (the only ones the exclusion check must look at), by
   * index, with the indexes of the levers they exclude.
   */
  readonly excluding: readonly { readonly lever: number; readonly others: readonly number[] }[];
  /** Indexes of the levers with prerequisites, checked whenever policies change. */
  readonly requiring: readonly number[];
  /** The levels each option sets, as (lever index, level index). */
  readonly optionLevers: ReadonlyMap<OptionDefinition, readonly LeverSetting[]>;
  /** The levels each event forces, by event index. */
  readonly eventLevers: readonly (readonly LeverSetting[])[];
  /** role id → the levers it may move. */
  readonly roleLevers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Endings checked after every turn, then those checked after the last, by index in the rules. */
  readonly anyTimeEndings: readonly number[];
  readonly finalEndings: readonly number[];
  readonly totalInfluence: number;
  /** stakeholder id → its index in the rules: a turn's approval totals are kept by index. */
  readonly stakeholderIndex: ReadonlyMap<string, number>;
  /**
   * Every (stakeholder, metric, weight) a group cares about, flattened into columns for the
   * per-turn drift: the group's index, the metric's index and the weight.
   */
  readonly careGroup: Int32Array;
  readonly careMetric: Int32Array;
  readonly careWeight: Float64Array;
  /** event id → its index in the rules. */
  readonly eventIndex: ReadonlyMap<string, number>;
  /**
   * Working space of a turn, cleared at its start and never part of a state: a turn is played to
   * its end before another starts, and making these afresh each turn cost more than the work.
   */
  readonly scratch: { readonly drift: Float64Array; readonly fired: Uint8Array };
  readonly optionEffects: ReadonlyMap<OptionDefinition, readonly CompiledEffect[]>;
  readonly optionText: ReadonlyMap<OptionDefinition, TextRef>;
  readonly optionReactions: ReadonlyMap<OptionDefinition, readonly CompiledReaction[]>;
  /** By event index. */
  readonly eventEffects: readonly (readonly CompiledEffect[])[];
  readonly eventReactions: readonly (readonly CompiledReaction[])[];
}

const cache = new WeakMap<ScenarioRules, CompiledRules>();

export function compile(rules: ScenarioRules): CompiledRules {
  const cached = cache.get(rules);
  if (cached) return cached;
  const assumptionIndex = new Map(rules.assumptions.map((a, i) => [a.id, i]));
  const stakeholderIndex = new Map(rules.stakeholders.map((g, i) => [g.id, i]));
  const effects = (list: readonly Effect[] = []): CompiledEffect[] =>
    list.map((effect) => ({
      effect,
      metric: METRIC_INDEX.get(effect.metric) ?? 0,
      assumption: effect.scaleBy === undefined ? -1 : (assumptionIndex.get(effect.scaleBy) ?? -1),
    }));
  const reactions = (list: readonly Reaction[] = []): CompiledReaction[] =>
    list.map((reaction) => ({
      reaction,
      stakeholder: stakeholderIndex.get(reaction.stakeholder) ?? -1,
    }));
  const leverIndex = new Map(rules.levers.map((l, i) => [l.id, i]));
  // Levels named in the rules, as indexes; one naming an unknown lever or level is left out
  // (validation reports it).
  const settings = (levels: Readonly<Record<string, string>> = {}): LeverSetting[] =>
    Object.entries(levels).flatMap(([id, level]) => {
      const lever = leverIndex.get(id);
      const at = lever === undefined ? -1 : (rules.levers[lever]?.levels.indexOf(level) ?? -1);
      return lever === undefined || at < 0 ? [] : [{ lever, level: at }];
    });
  const options = rules.turns.flatMap((t) => t.options);
  const cares = rules.stakeholders.flatMap((g, index) =>
    (Object.entries(g.cares) as [MetricId, number][]).flatMap(([metric, weight]) => {
      const at = METRIC_INDEX.get(metric);
      return at === undefined ? [] : [{ index, metric: at, weight }];
    }),
  );
  const compiled: CompiledRules = {
    leverIndex,
    levelIndex: new Map(
      rules.levers.map((l) => [l.id, new Map(l.levels.map((level, i) => [level, i]))]),
    ),
    levels: rules.levers.map((l) =>
      l.levels.map((level) => ({
        effects: effects(l.ongoing[level]),
        reactions: reactions(l.reactions?.[level]),
        text: { key: l.levelKeys[level] ?? l.labelKey },
      })),
    ),
    assumption: new Map(rules.assumptions.map((a) => [a.id, a])),
    excluding: rules.levers.flatMap((l, lever) => {
      const others = (l.excludes ?? []).flatMap((id) => {
        const other = leverIndex.get(id);
        return other === undefined ? [] : [other];
      });
      return (l.excludes ?? []).length > 0 ? [{ lever, others }] : [];
    }),
    requiring: rules.levers.flatMap((l, i) => ((l.requires ?? []).length > 0 ? [i] : [])),
    optionLevers: new Map(options.map((o) => [o, settings(o.setLevers)])),
    eventLevers: rules.events.map((e) => settings(e.setLevers)),
    roleLevers: new Map(rules.roles.map((r) => [r.id, new Set(r.levers)])),
    anyTimeEndings: rules.endings.flatMap((e, i) => (e.when === 'anyTime' ? [i] : [])),
    finalEndings: rules.endings.flatMap((e, i) => (e.when === 'final' ? [i] : [])),
    totalInfluence: rules.stakeholders.reduce((sum, g) => sum + g.influence, 0),
    stakeholderIndex,
    careGroup: Int32Array.from(cares, (c) => c.index),
    careMetric: Int32Array.from(cares, (c) => c.metric),
    careWeight: Float64Array.from(cares, (c) => c.weight),
    eventIndex: new Map(rules.events.map((e, i) => [e.id, i])),
    scratch: {
      drift: new Float64Array(rules.stakeholders.length),
      fired: new Uint8Array(rules.events.length),
    },
    optionEffects: new Map(options.map((o) => [o, effects(o.effects)])),
    optionText: new Map(options.map((o) => [o, { key: o.labelKey }])),
    optionReactions: new Map(options.map((o) => [o, reactions(o.reactions)])),
    eventEffects: rules.events.map((e) => effects(e.effects)),
    eventReactions: rules.events.map((e) => reactions(e.reactions)),
  };
  cache.set(rules, compiled);
  return compiled;
}

/** Index of a level within its lever, or -1 when either is unknown. */
export function levelIn(
  compiled: CompiledRules,
  leverId: string,
  level: string | undefined,
): number {
  if (level === undefined) return -1;
  return compiled.levelIndex.get(leverId)?.get(level) ?? -1;
}

/** A lever's level in a game as an index into its levels (0, off, for a lever the rules lack). */
export function leverLevelIndex(rules: ScenarioRules, state: GameState, leverId: string): number {
  const index = compile(rules).leverIndex.get(leverId);
  return index === undefined ? 0 : (state.levers[index] ?? 0);
}

/** A lever's level in a game, by name (undefined for a lever the rules lack). */
export function leverLevel(
  rules: ScenarioRules,
  state: GameState,
  leverId: string,
): string | undefined {
  const index = compile(rules).leverIndex.get(leverId);
  return index === undefined ? undefined : rules.levers[index]?.levels[state.levers[index] ?? 0];
}
