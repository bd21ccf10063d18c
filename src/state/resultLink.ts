import { findScenario, parseUntrustedJson } from '../content';
import {
  METRIC_IDS,
  MAX_VALUE_WEIGHT,
  replay,
  seedFromText,
  type AssumptionChoice,
  type Decision,
  type GameSetup,
  type GameState,
  type ScenarioRules,
  type TurnReport,
} from '../engine';

/**
 * Result links: a finished run in the address's fragment (never sent to a server), as small
 * indexes into the scenario's own lists plus a checksum. Opening one replays it through the
 * engine, so a link can only ever show a result the rules produce.
 *
 * Fragment: `#result=1.<base64url of JSON>.<checksum>`; the JSON is
 * `{ s: scenario, e: seed, r: role index, v: seven weights, a: assumption choices (o/p/r),
 *    d: [[option index, [lever index, level index]…]…] }`.
 */
export const RESULT_PREFIX = '#result=';
const LINK_VERSION = '1';
/** Far above any real link (a few hundred characters): longer ones are refused unread. */
export const MAX_LINK_LENGTH = 4000;

export type LinkProblem =
  | 'notALink'
  | 'tooLong'
  | 'damaged'
  | 'newerVersion'
  | 'unknownScenario'
  | 'badRun'
  | 'notFinished';

export interface ParsedLink {
  readonly scenarioId: string;
  readonly setup: GameSetup;
  /** Indexes as written; turned into decisions once the scenario is loaded. */
  readonly picks: readonly (readonly [number, readonly (readonly [number, number])[]])[];
}

export interface SharedResult {
  readonly scenarioId: string;
  readonly setup: GameSetup;
  readonly decisions: readonly Decision[];
  readonly state: GameState;
  readonly reports: readonly TurnReport[];
}

type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: LinkProblem };
const fail = (problem: LinkProblem): { ok: false; problem: LinkProblem } => ({
  ok: false,
  problem,
});

const ASSUMPTION_CODES: Readonly<Record<AssumptionChoice, string>> = {
  optimistic: 'o',
  pessimistic: 'p',
  random: 'r',
};
const CHOICE_OF_CODE: Readonly<Record<string, AssumptionChoice>> = {
  o: 'optimistic',
  p: 'pessimistic',
  r: 'random',
};

const checksum = (text: string) => seedFromText(text).toString(36);

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The fragment for a finished run; its decisions must be legal (they come from the engine). */
export function encodeResult(
  rules: ScenarioRules,
  setup: GameSetup,
  decisions: readonly Decision[],
): string {
  const d = decisions.map((decision, turn) => {
    const options = rules.turns[turn]?.options ?? [];
    const levers = Object.entries(decision.levers ?? {}).map(([leverId, level]) => {
      const index = rules.levers.findIndex((l) => l.id === leverId);
      return [index, rules.levers[index]?.levels.indexOf(level) ?? -1];
    });
    const option = options.findIndex((o) => o.id === decision.optionId);
    return levers.length > 0 ? [option, levers] : [option];
  });
  const body = JSON.stringify({
    s: rules.id,
    e: setup.seed,
    r: Math.max(
      0,
      rules.roles.findIndex((r) => r.id === setup.role),
    ),
    v: METRIC_IDS.map((m) => setup.values?.[m] ?? 1),
    a: rules.assumptions
      .map((a) => ASSUMPTION_CODES[setup.assumptions?.[a.id] ?? 'random'])
      .join(''),
    d,
  });
  const encoded = toBase64Url(body);
  return `${RESULT_PREFIX}${LINK_VERSION}.${encoded}.${checksum(encoded)}`;
}

const isIndex = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000;

/** Step one: the fragment's shape, before the scenario it names is loaded. Never throws. */
export function parseResultLink(fragment: string): Outcome<ParsedLink> {
  if (!fragment.startsWith(RESULT_PREFIX)) return fail('notALink');
  if (fragment.length > MAX_LINK_LENGTH) return fail('tooLong');
  const [version, encoded, sum, ...rest] = fragment.slice(RESULT_PREFIX.length).split('.');
  if (version === undefined || encoded === undefined || sum === undefined || rest.length > 0)
    return fail('damaged');
  if (version !== LINK_VERSION)
    return /^\d+$/.test(version) && Number(version) > 1 ? fail('newerVersion') : fail('damaged');
  if (checksum(encoded) !== sum) return fail('damaged');
  const text = fromBase64Url(encoded);
  if (text === null) return fail('damaged');
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return fail('damaged');
  const value = parsed.value as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('damaged');
  const { s, e, r, v, a, d } = value;
  if (typeof s !== 'string' || typeof e !== 'string' || e.length > 100 || !isIndex(r))
    return fail('damaged');
  if (!Array.isArray(v) || v.length !== METRIC_IDS.length) return fail('damaged');
  if (
    !v.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= MAX_VALUE_WEIGHT)
  )
    return fail('damaged');
  if (typeof a !== 'string' || !/^[opr]*$/.test(a)) return fail('damaged');
  if (!Array.isArray(d) || d.length > 100) return fail('damaged');
  const picks: [number, [number, number][]][] = [];
  for (const pick of d as unknown[]) {
    if (!Array.isArray(pick) || pick.length < 1 || pick.length > 2 || !isIndex(pick[0]))
      return fail('damaged');
    const levers: unknown = pick[1] ?? [];
    if (!Array.isArray(levers) || levers.length > 50) return fail('damaged');
    if (!levers.every((l) => Array.isArray(l) && l.length === 2 && isIndex(l[0]) && isIndex(l[1])))
      return fail('damaged');
    picks.push([pick[0], levers as [number, number][]]);
  }
  const values = Object.fromEntries(METRIC_IDS.map((m, i) => [m, v[i] as number]));
  return {
    ok: true,
    value: {
      scenarioId: s,
      setup: {
        seed: e,
        role: String(r),
        values,
        assumptions: Object.fromEntries(
          [...a].map((c, i) => [String(i), CHOICE_OF_CODE[c] ?? 'random']),
        ),
      },
      picks,
    },
  };
}

/** Step two: the run rebuilt by the engine from the link, with the scenario loaded. */
export function resolveResultLink(link: ParsedLink): Outcome<SharedResult> {
  const scenario = findScenario(link.scenarioId);
  if (!scenario) return fail('unknownScenario');
  const { rules } = scenario;
  const role = rules.roles[Number(link.setup.role)];
  const assumptionCodes = Object.values(link.setup.assumptions ?? {});
  if (!role || assumptionCodes.length !== rules.assumptions.length) return fail('badRun');
  const setup: GameSetup = {
    seed: link.setup.seed,
    role: role.id,
    ...(link.setup.values ? { values: link.setup.values } : {}),
    assumptions: Object.fromEntries(
      rules.assumptions.map((a, i) => [a.id, assumptionCodes[i] ?? 'random']),
    ),
  };
  const decisions: Decision[] = [];
  for (const [turn, [optionIndex, levers]] of link.picks.entries()) {
    const rulesTurn = rules.turns[turn];
    const option = rulesTurn?.options[optionIndex];
    if (!rulesTurn || !option) return fail('badRun');
    const changes: Record<string, string> = {};
    for (const [leverIndex, levelIndex] of levers) {
      const lever = rules.levers[leverIndex];
      const level = lever?.levels[levelIndex];
      if (!lever || level === undefined) return fail('badRun');
      changes[lever.id] = level;
    }
    decisions.push(
      Object.keys(changes).length > 0
        ? { turnId: rulesTurn.id, optionId: option.id, levers: changes }
        : { turnId: rulesTurn.id, optionId: option.id },
    );
  }
  const replayed = replay(rules, setup, decisions);
  if (!replayed.ok) return fail('badRun');
  if (replayed.value.state.ending === null) return fail('notFinished');
  return { ok: true, value: { scenarioId: scenario.id, setup, decisions, ...replayed.value } };
}
