import type {
  AssumptionDefinition,
  LeverDefinition,
  MetricId,
  ScenarioRules,
  TextRef,
} from './types';

/**
 * Lookup tables built once per rules object. The rules are plain data, scanned with find() they
 * cost the engine most of its time; balance runs resolve millions of turns.
 */
export interface CompiledRules {
  readonly lever: ReadonlyMap<string, LeverDefinition>;
  /** lever id → level → index in its levels (0 is off). */
  readonly levelIndex: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly assumption: ReadonlyMap<string, AssumptionDefinition>;
  /** Levers that exclude at least one other, the only ones the exclusion check must look at. */
  readonly excluding: readonly LeverDefinition[];
  /** Levers with prerequisites, checked whenever policies change. */
  readonly requiring: readonly LeverDefinition[];
  readonly totalInfluence: number;
  /** Every (stakeholder, metric, weight) a group cares about, flattened for the per-turn drift. */
  readonly cares: readonly {
    readonly index: number;
    readonly metric: MetricId;
    readonly weight: number;
  }[];
  /** The ledger text of each lever level, made once instead of every turn. */
  readonly levelText: ReadonlyMap<string, ReadonlyMap<string, TextRef>>;
}

const cache = new WeakMap<ScenarioRules, CompiledRules>();

export function compile(rules: ScenarioRules): CompiledRules {
  const cached = cache.get(rules);
  if (cached) return cached;
  const compiled: CompiledRules = {
    lever: new Map(rules.levers.map((l) => [l.id, l])),
    levelIndex: new Map(
      rules.levers.map((l) => [l.id, new Map(l.levels.map((level, i) => [level, i]))]),
    ),
    assumption: new Map(rules.assumptions.map((a) => [a.id, a])),
    excluding: rules.levers.filter((l) => (l.excludes ?? []).length > 0),
    requiring: rules.levers.filter((l) => (l.requires ?? []).length > 0),
    totalInfluence: rules.stakeholders.reduce((sum, g) => sum + g.influence, 0),
    cares: rules.stakeholders.flatMap((g, index) =>
      (Object.entries(g.cares) as [MetricId, number][]).map(([metric, weight]) => ({
        index,
        metric,
        weight,
      })),
    ),
    levelText: new Map(
      rules.levers.map((l) => [
        l.id,
        new Map(l.levels.map((level) => [level, { key: l.levelKeys[level] ?? l.labelKey }])),
      ]),
    ),
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
