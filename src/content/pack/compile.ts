import type { Effect, LeverDefinition, Reaction, ScenarioRules } from '../../engine';
import { ASSUMPTIONS, LEVERS, ROLES, STAKEHOLDERS } from '../policy';
import type { Pack, PackOption } from '../schema/packSchema';
import { SOURCES } from '../sources';
import type { NumberedSource, Scenario, Source } from '../types';
import { normaliseTranslation, overlay, packTexts, type TextTree } from './texts';

/** A checked pack made ready to play: the scenario and its texts in every language it has. */
export interface CompiledPack {
  readonly scenario: Scenario;
  /** The texts for a language: the pack's translation laid over its own language. */
  textsFor(language: string): TextTree;
  /** Languages the pack has texts in (its own first). */
  readonly languages: readonly string[];
  /** Whether the pack has texts in that language (its own, or a translation). */
  hasTranslation(language: string): boolean;
  /**
   * Adds a translation that ships apart from the pack (the built-ins' translations load on
   * demand, one language at a time); paths the pack does not have are ignored.
   */
  addTranslation(language: string, translation: unknown): void;
}

export const scenarioNamespace = (packId: string): string => `scenario-${packId}`;

/** The engine's id for an option: unique across the scenario. */
export const optionKey = (turnId: string, optionId: string): string => `${turnId}.${optionId}`;

const INERTIA = { rampUp: 0.5, fade: 0.5 } as const;
const SUPPORT = { high: 60, low: 40 } as const;
const COLLAPSE_MARGIN = 5;
const ADVISER_COLOURS = ['#4f8fd6', '#3fb59a', '#d9a441', '#b57be0', '#e0705f', '#5fb0d9'];

const effects = (list: readonly Pack['turns'][number]['options'][number]['effects'][number][]) =>
  list as readonly Effect[];
const reactions = (list: readonly { stakeholder: string; amount: number; sources?: string[] }[]) =>
  list.map((r): Reaction => ({
    stakeholder: r.stakeholder,
    amount: r.amount,
    sources: r.sources ?? [],
  }));

/** The catalogue's levers this scenario keeps, with exclusions limited to those that exist. */
export function scenarioLevers(pack: Pack): LeverDefinition[] {
  const wanted = new Set(pack.world.levers ?? LEVERS.map((l) => l.id));
  return LEVERS.filter((l) => wanted.has(l.id)).map((lever) =>
    lever.excludes ? { ...lever, excludes: lever.excludes.filter((id) => wanted.has(id)) } : lever,
  );
}

function rulesOf(pack: Pack, key: (path: string) => string): ScenarioRules {
  const levers = scenarioLevers(pack);
  const leverIds = new Set(levers.map((l) => l.id));
  const assumptionIds = new Set(pack.world.assumptions ?? ASSUMPTIONS.map((a) => a.id));
  const option = (turnId: string, o: PackOption) => ({
    id: optionKey(turnId, o.id),
    cost: o.cost,
    effects: effects(o.effects),
    labelKey: key(`turns.${turnId}.options.${o.id}.label`),
    ...(o.reactions ? { reactions: reactions(o.reactions) } : {}),
    ...(o.setLevers ? { setLevers: o.setLevers } : {}),
  });
  return {
    id: pack.id,
    initialMetrics: pack.world.metrics,
    capital: pack.world.capital,
    collapseMargin: COLLAPSE_MARGIN,
    inertia: INERTIA,
    support: SUPPORT,
    levers,
    stakeholders: STAKEHOLDERS,
    assumptions: ASSUMPTIONS.filter((a) => assumptionIds.has(a.id)),
    roles: ROLES.filter((r) => pack.roles.includes(r.id)).map((role) => ({
      ...role,
      levers: role.levers.filter((id) => leverIds.has(id)),
    })),
    turns: pack.turns.map((turn) => ({
      id: turn.id,
      options: turn.options.map((o) => option(turn.id, o)),
    })),
    events: pack.events.map((e) => ({
      id: e.id,
      chance: e.chance,
      ...(e.chanceBy ? { chanceBy: e.chanceBy } : {}),
      ...(e.fromTurn !== undefined ? { fromTurn: e.fromTurn } : {}),
      requires: e.requires,
      effects: effects(e.effects),
      ...(e.reactions ? { reactions: reactions(e.reactions) } : {}),
      ...(e.setLevers ? { setLevers: e.setLevers } : {}),
      headlineKey: key(`events.${e.id}.headline`),
    })),
    endings: pack.endings.map((e) => ({
      id: e.id,
      kind: e.kind,
      when: e.when,
      requires: e.requires,
      titleKey: key(`endings.${e.id}.title`),
    })),
  };
}

/** Catalogue sources the scenario's own policies, groups and assumptions cite. */
function catalogueSourcesCited(rules: ScenarioRules): Set<string> {
  const cited = new Set<string>();
  const add = (ids: readonly string[]) => ids.forEach((id) => cited.add(id));
  for (const lever of rules.levers) {
    Object.values(lever.ongoing).forEach((list) => list.forEach((e) => add(e.sources)));
    Object.values(lever.reactions ?? {}).forEach((list) => list.forEach((r) => add(r.sources)));
  }
  rules.assumptions.forEach((a) => add(a.sources));
  return cited;
}

/** Every source id the pack's own texts and effects cite. */
export function packCitations(pack: Pack): string[] {
  const ids: string[] = [...(pack.briefing.sources ?? []), ...(pack.epilogue.sources ?? [])];
  const fromEffects = (list: readonly { sources: readonly string[] }[]) =>
    list.forEach((e) => ids.push(...e.sources));
  for (const turn of pack.turns) {
    ids.push(...(turn.sources ?? []), ...(turn.quote?.sources ?? []));
    turn.advice.forEach((a) => ids.push(...a.sources));
    turn.options.forEach((o) => {
      fromEffects(o.effects);
      (o.reactions ?? []).forEach((r) => ids.push(...(r.sources ?? [])));
    });
  }
  for (const event of pack.events) {
    fromEffects(event.effects);
    (event.reactions ?? []).forEach((r) => ids.push(...(r.sources ?? [])));
  }
  (pack.timeline ?? []).forEach((t) => ids.push(...(t.sources ?? [])));
  return ids;
}

function numberSources(pack: Pack, rules: ScenarioRules): NumberedSource[] {
  const own: Source[] = pack.sources.map((s) => ({ ...s }));
  const ownIds = new Set(own.map((s) => s.id));
  const wanted = new Set([...catalogueSourcesCited(rules), ...packCitations(pack)]);
  const fromCatalogue = SOURCES.filter((s) => wanted.has(s.id) && !ownIds.has(s.id)).sort(
    (a, b) => (a.brief ?? 0) - (b.brief ?? 0),
  );
  return [...own, ...fromCatalogue].map((s, i) => ({ ...s, number: i + 1 }));
}

/**
 * Turns a pack that has passed `checkPack` into what the game plays: engine rules (shared
 * catalogue plus the pack's turns, events and endings) and text keys in the pack's namespace.
 */
export function compilePack(pack: Pack, origin: Scenario['origin']): CompiledPack {
  const ns = scenarioNamespace(pack.id);
  const key = (path: string) => `${ns}:${path}`;
  const rules = rulesOf(pack, key);
  const indexedKeys = (path: string, count: number) =>
    Array.from({ length: count }, (_, i) => key(`${path}.${i}`));
  const scenario: Scenario = {
    id: pack.id,
    origin,
    language: pack.language,
    namespace: ns,
    titleKey: key('title'),
    periodKey: key('period'),
    ...(pack.setting !== undefined ? { settingKey: key('setting') } : {}),
    summaryKey: key('summary'),
    estimatedMinutes: pack.estimatedMinutes,
    briefing: {
      roleKey: key('briefing.role'),
      paragraphKeys: indexedKeys('briefing.paragraphs', pack.briefing.paragraphs.length),
      goalKeys: indexedKeys('learningGoals', pack.learningGoals.length),
      sources: pack.briefing.sources ?? [],
    },
    advisers: pack.advisers.map((a, i) => ({
      id: a.id,
      nameKey: key(`advisers.${a.id}.name`),
      roleKey: key(`advisers.${a.id}.role`),
      color: a.color ?? ADVISER_COLOURS[i % ADVISER_COLOURS.length]!,
    })),
    turns: pack.turns.map((turn) => {
      const at = (path: string) => key(`turns.${turn.id}.${path}`);
      return {
        id: turn.id,
        dateKey: at('date'),
        titleKey: at('title'),
        bodyKeys: indexedKeys(`turns.${turn.id}.body`, turn.body.length),
        ...(turn.quote
          ? {
              quote: {
                textKey: at('quote.text'),
                byKey: at('quote.by'),
                sources: turn.quote.sources,
                language: turn.quote.language ?? pack.language,
              },
            }
          : {}),
        factSources: turn.sources ?? [],
        questionKey: at('question'),
        advisers: turn.advice.map((a) => ({
          adviser: a.adviser,
          textKey: at(`advice.${a.adviser}`),
          sources: a.sources,
        })),
        options: turn.options.map((o) => ({
          id: optionKey(turn.id, o.id),
          descriptionKey: at(`options.${o.id}.description`),
        })),
      };
    }),
    eventBodyKeys: Object.fromEntries(pack.events.map((e) => [e.id, key(`events.${e.id}.body`)])),
    endingBodyKeys: Object.fromEntries(
      pack.endings.map((e) => [e.id, key(`endings.${e.id}.body`)]),
    ),
    epilogue: {
      paragraphKeys: indexedKeys('epilogue.paragraphs', pack.epilogue.paragraphs.length),
      sources: pack.epilogue.sources ?? [],
    },
    timeline: (pack.timeline ?? []).map((entry, i) => ({
      dateKey: key(`timeline.${i}.date`),
      textKey: key(`timeline.${i}.text`),
      sources: entry.sources ?? [],
    })),
    glossary: (pack.glossary ?? []).map((g) => ({
      id: g.id,
      termKey: key(`glossary.${g.id}.term`),
      definitionKey: key(`glossary.${g.id}.definition`),
    })),
    discussionKeys: indexedKeys('discussion', pack.discussion.length),
    sources: numberSources(pack, rules),
    rules,
    focusMetrics: pack.focusMetrics ?? [],
  };
  const base = packTexts(pack);
  const translations = new Map<string, TextTree>();
  for (const [language, value] of Object.entries(pack.translations ?? {})) {
    const normal = normaliseTranslation(value);
    if (typeof normal === 'object') translations.set(language, normal);
  }
  return {
    scenario,
    get languages() {
      return [pack.language, ...[...translations.keys()].filter((l) => l !== pack.language)];
    },
    textsFor: (language) =>
      language === pack.language ? base : overlay(base, translations.get(language)),
    hasTranslation: (language) => language === pack.language || translations.has(language),
    addTranslation(language, translation) {
      const normal = normaliseTranslation(translation);
      if (typeof normal === 'object') translations.set(language, normal);
    },
  };
}
