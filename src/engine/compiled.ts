import {
  METRIC_IDS,
  type AssumptionDefinition,
  type Effect,
  type LeverDefinition,
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

/**
 * Lookup tables built once per rules object. The rules are plain data, scanned with find() or
 * looked up by string key they cost the engine most of its time; balance runs resolve millions of
 * turns. The hot loop works on indexes into these tables.
 */
export interface CompiledRules {
  readonly lever: ReadonlyMap<string, LeverDefinition>;
  /** lever id → its index in the rules. */
  readonly leverIndex: ReadonlyMap<string, number>;
  /** lever id → level → index in its levels (0 is off). */
  readonly levelIndex: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** By lever index, then level index. */
  readonly levels: readonly (readonly CompiledLevel[])[];
  readonly assumption: ReadonlyMap<string, AssumptionDefinition>;
  /** Levers that exclude at least one other, the only ones the exclusion check must look at. */
  readonly excluding: readonly LeverDefinition[];
  /** Levers with prerequisites, checked whenever policies change. */
  readonly requiring: readonly LeverDefinition[];
  /** Every lever at its first level (off), as a new game starts. */
  readonly initialLevers: Readonly<Record<string, string>>;
  /** role id → the levers it may move. */
  readonly roleLevers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Endings checked after every turn, then those checked after the last, by index in the rules. */
  readonly anyTimeEndings: readonly number[];
  readonly finalEndings: readonly number[];
  readonly totalInfluence: number;
  /** stakeholder id → its index in the rules: a turn's approval totals are kept by index. */
  readonly stakeholderIndex: ReadonlyMap<string, number>;
  /** Every (stakeholder, metric, weight) a group cares about, flattened for the per-turn drift. */
  readonly cares: readonly {
    readonly index: number;
    readonly metric: number;
    readonly weight: number;
  }[];
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
  const options = rules.turns.flatMap((t) => t.options);
  const compiled: CompiledRules = {
    lever: new Map(rules.levers.map((l) => [l.id, l])),
    leverIndex: new Map(rules.levers.map((l, i) => [l.id, i])),
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
    excluding: rules.levers.filter((l) => (l.excludes ?? []).length > 0),
    requiring: rules.levers.filter((l) => (l.requires ?? []).length > 0),
    initialLevers: Object.fromEntries(
      rules.levers.flatMap((l) => (l.levels[0] === undefined ? [] : [[l.id, l.levels[0]]])),
    ),
    roleLevers: new Map(rules.roles.map((r) => [r.id, new Set(r.levers)])),
    anyTimeEndings: rules.endings.flatMap((e, i) => (e.when === 'anyTime' ? [i] : [])),
    finalEndings: rules.endings.flatMap((e, i) => (e.when === 'final' ? [i] : [])),
    totalInfluence: rules.stakeholders.reduce((sum, g) => sum + g.influence, 0),
    stakeholderIndex,
    cares: rules.stakeholders.flatMap((g, index) =>
      (Object.entries(g.cares) as [MetricId, number][]).flatMap(([metric, weight]) => {
        const at = METRIC_INDEX.get(metric);
        return at === undefined ? [] : [{ index, metric: at, weight }];
      }),
    ),
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
export function levelIndexOf(
  rules: ScenarioRules,
  leverId: string,
  level: string | undefined,
): number {
  if (level === undefined) return -1;
  return compile(rules).levelIndex.get(leverId)?.get(level) ?? -1;
}

/** The same lookup when the compiled tables are already at hand (the engine's hot paths). */
export function levelIn(
  compiled: CompiledRules,
  leverId: string,
  level: string | undefined,
): number {
  if (level === undefined) return -1;
  return compiled.levelIndex.get(leverId)?.get(level) ?? -1;
}
