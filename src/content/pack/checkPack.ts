import type { Condition } from '../../engine';
import { ASSUMPTIONS, LEVERS, ROLES } from '../policy';
import type { Pack } from '../schema/packSchema';
import { SOURCES } from '../sources';
import { optionKey, scenarioLevers } from './compile';
import { normaliseTranslation, packTexts, unknownTextPaths } from './texts';

/** A problem found after the shape is right: references, ids, and whether the game can get stuck. */
export interface PackRuleProblem {
  readonly path: string;
  readonly code:
    | 'duplicateId'
    | 'unknownReference'
    | 'unknownLevel'
    | 'leverNotInScenario'
    | 'assumptionNotInScenario'
    | 'noSources'
    | 'tooFewAdvisers'
    | 'noAffordableOption'
    | 'noSafeOption'
    | 'noDefaultEnding'
    | 'unknownText'
    | 'turnCount'
    | 'noRoleLevers';
  readonly params: Readonly<Record<string, string | number>>;
  /** Warnings do not stop a pack from loading; built-ins treat the content ones as errors. */
  readonly severity: 'error' | 'warning';
}

export interface CheckOptions {
  /** Built-ins must cite a source for every effect and give every decision three voices. */
  readonly builtIn: boolean;
}

/** Built-in scenarios must fit one class period and be long enough to matter. */
export const BUILT_IN_TURNS = { min: 8, max: 12 } as const;
const MIN_VOICES = 3;

/**
 * Checks what the schema cannot: every id a pack mentions exists, levels belong to their lever,
 * effects cite sources, translations name real texts, and the game can never get stuck.
 */
export function checkPack(pack: Pack, options: CheckOptions): PackRuleProblem[] {
  const problems: PackRuleProblem[] = [];
  const content = options.builtIn ? 'error' : 'warning';
  const report = (
    path: string,
    code: PackRuleProblem['code'],
    params: PackRuleProblem['params'] = {},
    severity: PackRuleProblem['severity'] = 'error',
  ) => problems.push({ path, code, params, severity });

  const levers = new Map(scenarioLevers(pack).map((l) => [l.id, l]));
  const catalogueLevers = new Map(LEVERS.map((l) => [l.id, l]));
  const assumptions = new Set(pack.world.assumptions ?? ASSUMPTIONS.map((a) => a.id));
  const sources = new Set([...SOURCES.map((s) => s.id), ...pack.sources.map((s) => s.id)]);
  const advisers = new Set(pack.advisers.map((a) => a.id));
  const events = new Set(pack.events.map((e) => e.id));
  const options_ = new Set(pack.turns.flatMap((t) => t.options.map((o) => optionKey(t.id, o.id))));

  const unique = (path: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) report(`${path}[${i}].id`, 'duplicateId', { id });
      seen.add(id);
    });
  };
  unique(
    'sources',
    pack.sources.map((s) => s.id),
  );
  unique(
    'advisers',
    pack.advisers.map((a) => a.id),
  );
  unique(
    'turns',
    pack.turns.map((t) => t.id),
  );
  unique(
    'events',
    pack.events.map((e) => e.id),
  );
  unique(
    'endings',
    pack.endings.map((e) => e.id),
  );
  unique(
    'glossary',
    (pack.glossary ?? []).map((g) => g.id),
  );
  pack.turns.forEach((t, i) =>
    unique(
      `turns[${i}].options`,
      t.options.map((o) => o.id),
    ),
  );

  const cite = (path: string, ids: readonly string[] | undefined, required: boolean) => {
    if (required && (ids ?? []).length === 0) report(path, 'noSources', {}, content);
    (ids ?? []).forEach((id, i) => {
      if (!sources.has(id)) report(`${path}[${i}]`, 'unknownReference', { kind: 'source', id });
    });
  };
  const assumption = (path: string, id: string | undefined) => {
    if (id !== undefined && !assumptions.has(id)) report(path, 'assumptionNotInScenario', { id });
  };
  const leverLevel = (path: string, leverId: string, level: string) => {
    const lever = levers.get(leverId);
    if (!lever) {
      report(path, 'leverNotInScenario', { lever: leverId });
      return;
    }
    if (!lever.levels.includes(level))
      report(path, 'unknownLevel', { lever: leverId, level, levels: lever.levels.join(', ') });
  };
  const effects = (path: string, list: Pack['events'][number]['effects']) =>
    list.forEach((e, i) => {
      cite(`${path}[${i}].sources`, e.sources, true);
      assumption(`${path}[${i}].scaleBy`, e.scaleBy);
    });
  const setLevers = (path: string, set: Readonly<Record<string, string>> | undefined) => {
    for (const [leverId, level] of Object.entries(set ?? {}))
      leverLevel(`${path}.${leverId}`, leverId, level);
  };
  const conditions = (path: string, list: readonly Condition[]) =>
    list.forEach((c, i) => {
      const at = `${path}[${i}]`;
      if (c.kind === 'lever') leverLevel(`${at}.atLeast`, c.lever, c.atLeast);
      if (c.kind === 'leverBelow') leverLevel(`${at}.level`, c.lever, c.level);
      if (c.kind === 'eventFired' && !events.has(c.event))
        report(`${at}.event`, 'unknownReference', { kind: 'event', id: c.event });
      if (c.kind === 'chose' && !options_.has(c.option))
        report(`${at}.option`, 'unknownReference', { kind: 'option', id: c.option });
      if (c.kind === 'assumption') assumption(`${at}.assumption`, c.assumption);
      if (c.kind === 'role' && !pack.roles.includes(c.role))
        report(`${at}.role`, 'unknownReference', { kind: 'role', id: c.role });
    });

  if (
    options.builtIn &&
    (pack.turns.length < BUILT_IN_TURNS.min || pack.turns.length > BUILT_IN_TURNS.max)
  )
    report('turns', 'turnCount', { count: pack.turns.length, ...BUILT_IN_TURNS });

  // A lever whose prerequisite names a lever the scenario leaves out can never be raised.
  for (const lever of levers.values()) {
    (catalogueLevers.get(lever.id)?.requires ?? []).forEach((c) => {
      if ((c.kind === 'lever' || c.kind === 'leverBelow') && !levers.has(c.lever))
        report('world.levers', 'leverNotInScenario', { lever: c.lever, neededBy: lever.id });
    });
  }
  pack.roles.forEach((roleId, i) => {
    const role = ROLES.find((r) => r.id === roleId);
    if (role && !role.levers.some((l) => levers.has(l)))
      report(`roles[${i}]`, 'noRoleLevers', { role: roleId }, 'warning');
  });

  cite('briefing.sources', pack.briefing.sources, options.builtIn);
  cite('epilogue.sources', pack.epilogue.sources, options.builtIn);
  (pack.timeline ?? []).forEach((t, i) => cite(`timeline[${i}].sources`, t.sources, false));

  // After any turn the player has at least the per-turn gain minus the low-support penalty.
  const safeLever = (id: string) => {
    const lever = levers.get(id);
    const excludedByOthers = [...levers.values()].some((l) => (l.excludes ?? []).includes(id));
    return (
      !!lever &&
      (lever.requires ?? []).length === 0 &&
      !excludedByOthers &&
      !(lever.excludes ?? []).length
    );
  };
  pack.turns.forEach((turn, t) => {
    const path = `turns[${t}]`;
    cite(`${path}.sources`, turn.sources, options.builtIn);
    if (turn.quote) cite(`${path}.quote.sources`, turn.quote.sources, true);
    if (turn.advice.length < MIN_VOICES)
      report(
        `${path}.advice`,
        'tooFewAdvisers',
        { count: turn.advice.length, min: MIN_VOICES },
        content,
      );
    const voices = new Set<string>();
    turn.advice.forEach((a, i) => {
      if (!advisers.has(a.adviser))
        report(`${path}.advice[${i}].adviser`, 'unknownReference', {
          kind: 'adviser',
          id: a.adviser,
        });
      if (voices.has(a.adviser))
        report(`${path}.advice[${i}].adviser`, 'duplicateId', { id: a.adviser });
      voices.add(a.adviser);
      cite(`${path}.advice[${i}].sources`, a.sources, options.builtIn);
    });
    const available = t === 0 ? pack.world.capital.start : pack.world.capital.perTurn - 1;
    const cheapest = Math.min(...turn.options.map((o) => o.cost));
    if (cheapest > available)
      report(`${path}.options`, 'noAffordableOption', { cheapest, available });
    else if (
      !turn.options.some(
        (o) => o.cost <= available && Object.keys(o.setLevers ?? {}).every((id) => safeLever(id)),
      )
    )
      report(`${path}.options`, 'noSafeOption', { available });
    turn.options.forEach((o, i) => {
      effects(`${path}.options[${i}].effects`, o.effects);
      setLevers(`${path}.options[${i}].setLevers`, o.setLevers);
    });
  });

  pack.events.forEach((event, i) => {
    const path = `events[${i}]`;
    conditions(`${path}.requires`, event.requires);
    effects(`${path}.effects`, event.effects);
    setLevers(`${path}.setLevers`, event.setLevers);
    assumption(`${path}.chanceBy`, event.chanceBy);
  });
  pack.endings.forEach((ending, i) => conditions(`endings[${i}].requires`, ending.requires));
  const lastFinal = pack.endings.filter((e) => e.when === 'final').at(-1);
  if (!lastFinal || lastFinal.requires.length > 0) report('endings', 'noDefaultEnding');

  const base = packTexts(pack);
  for (const [language, translation] of Object.entries(pack.translations ?? {})) {
    const normal = normaliseTranslation(translation);
    if (typeof normal !== 'object') continue;
    for (const path of unknownTextPaths(base, normal, `translations.${language}`))
      report(path, 'unknownText', { language });
  }
  return problems;
}
