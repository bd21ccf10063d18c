import { ENDING_KINDS, METRIC_IDS } from '../../engine';
import { ASSUMPTIONS, LEVERS, ROLES, STAKEHOLDERS } from '../policy';
import {
  array,
  either,
  integer,
  named,
  number,
  object,
  oneOf,
  pair,
  record,
  string,
  tagged,
  textTree,
  type Infer,
} from './dsl';

/**
 * The scenario pack format, version 1: the one definition behind the built-in scenarios, the packs
 * facilitators write, `npm run validate`, and the JSON Schema in `public/schema/`. Documented for
 * authors in `docs/scenario-format.md`.
 */
export const PACK_FORMAT = 1;
export const PACK_SCHEMA_FILE = 'scenario-pack-v1.schema.json';

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const id = (description: string) =>
  string({
    pattern: ID,
    patternText: 'an id: a letter, then letters, digits, - or _ (at most 64 characters)',
    description,
  });
const text = (description: string, max = 1200) => string({ min: 1, max, description });
const paragraphs = (description: string, max: number) =>
  array(text('One paragraph.'), { min: 1, max, description });

const leverId = oneOf(
  LEVERS.map((l) => l.id),
  'A policy lever from the game’s catalogue.',
);
const levelId = id('A level of the lever, e.g. off, limited, broad (see the lever’s levels).');
const stakeholderId = oneOf(
  STAKEHOLDERS.map((s) => s.id),
  'A stakeholder group from the game’s catalogue.',
);
const assumptionId = oneOf(
  ASSUMPTIONS.map((a) => a.id),
  'A contested assumption from the game’s catalogue.',
);
const metric = oneOf(METRIC_IDS, 'One of the seven meters.');
const sourceIds = array(
  id('The id of a source in this pack’s `sources` (or the game’s catalogue).'),
  {
    max: 12,
    description: 'Where this comes from: ids of sources.',
  },
);

const amount = either(
  number({ min: -50, max: 50 }),
  pair(number({ min: -50, max: 50 })),
  (v) => typeof v === 'number',
  'Points on the meter: a number, or [low, high] when uncertain (drawn by the seed).',
);

const effect = named(
  'effect',
  object(
    { metric, amount, sources: sourceIds },
    {
      delay: integer(0, 12, 'Turns until the effect arrives (0 = at once).'),
      scaleBy: assumptionId,
    },
    'A change of one meter.',
  ),
);
const effects = array(effect, { max: 16 });

const reaction = named(
  'reaction',
  object(
    { stakeholder: stakeholderId, amount: integer(-20, 20, 'Approval points (0–100 scale).') },
    { sources: sourceIds },
    'A stakeholder group’s approval moving once.',
  ),
);
const setLevers = record(leverId, levelId, {
  max: 8,
  description: 'Policies this sets: lever id → level.',
});

const between = { below: number({ min: 0, max: 100 }), above: number({ min: 0, max: 100 }) };
const condition = named(
  'condition',
  tagged(
    {
      lever: object({ lever: leverId, atLeast: levelId }),
      leverBelow: object({ lever: leverId, level: levelId }),
      metric: object({ metric }, between),
      chose: object({ option: string({ min: 3, max: 130, description: 'turnId.optionId' }) }),
      balance: object(
        {},
        { atLeast: number({ min: 0, max: 100 }), below: number({ min: 0, max: 100 }) },
      ),
      collapse: object({}),
      eventFired: object({ event: id('An event id of this pack.') }),
      stakeholder: object({ stakeholder: stakeholderId }, between),
      support: object(
        {},
        { below: number({ min: 0, max: 100 }), atLeast: number({ min: 0, max: 100 }) },
      ),
      assumption: object({ assumption: assumptionId, is: oneOf(['optimistic', 'pessimistic']) }),
      role: object({ role: oneOf(ROLES.map((r) => r.id)) }),
      objectives: object({ atLeast: number({ min: 0, max: 100 }) }),
    },
    'Something that must hold; `kind` says what.',
  ),
);
const conditions = array(condition, { max: 8 });

const option = object(
  {
    id: id('Unique within its turn.'),
    label: text('What the player chooses, as a short phrase.', 160),
    description: text('What it means, in one or two sentences.', 600),
    cost: integer(0, 8, 'Political capital it spends.'),
    effects,
  },
  { reactions: array(reaction, { max: 10 }), setLevers },
  'One choice in a turn.',
);

const advice = object(
  {
    adviser: id('An adviser id of this pack.'),
    text: text('The adviser’s strongest argument, in their voice.', 800),
    sources: sourceIds,
  },
  {},
  'What one adviser argues in this turn.',
);

const turn = object(
  {
    id: id('Unique in the pack.'),
    date: text('When this happens, as shown (e.g. "6 December 2015").', 80),
    title: text('A headline for the turn.', 120),
    body: paragraphs('The inject: what happened.', 4),
    question: text('The question the player answers.', 300),
    advice: array(advice, { min: 1, max: 6 }),
    options: array(option, { min: 2, max: 4 }),
  },
  {
    quote: object(
      {
        text: text('The exact words, in their original language.', 600),
        by: text('Who said it, and when.', 160),
        sources: sourceIds,
      },
      {
        language: string({
          pattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
          patternText: 'a language tag such as en or fr',
        }),
      },
    ),
    sources: sourceIds,
  },
  'One decision point.',
);

const event = object(
  {
    id: id('Unique in the pack.'),
    headline: text('The news headline when it happens.', 160),
    body: text('What happened and why it matters.', 800),
    chance: number({
      min: 0,
      max: 1,
      description: 'Odds per turn (0–1) once its conditions hold.',
    }),
    requires: conditions,
    effects,
  },
  {
    chanceBy: assumptionId,
    fromTurn: integer(0, 20, 'Earliest turn (0 = the first) it can happen.'),
    reactions: array(reaction, { max: 10 }),
    setLevers,
  },
  'Something that may happen; it fires at most once.',
);

const ending = object(
  {
    id: id('Unique in the pack.'),
    kind: oneOf(ENDING_KINDS, 'term: the turns ran out; collapse, office (lost it), breach.'),
    when: oneOf(['anyTime', 'final'], 'anyTime: checked after every turn; final: after the last.'),
    requires: conditions,
    title: text('The ending’s title.', 120),
    body: text('What it means.', 1200),
  },
  {},
  'How the game can end. The last final ending must have no conditions.',
);

const source = object(
  {
    id: id('Unique in the pack.'),
    title: text('As published.', 300),
    publisher: text('Who published it.', 200),
    date: string({
      pattern: /^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/,
      patternText: 'a date as YYYY, YYYY-MM or YYYY-MM-DD, or n.d. when undated',
      description: 'When it was published.',
    }),
    url: string({
      max: 600,
      pattern: /^https?:\/\/[^\s]+$/,
      patternText: 'an address starting with https:// or http://',
      description: 'Where to read it.',
    }),
  },
  {},
  'A published source the pack cites.',
);

const adviser = object(
  {
    id: id('Unique in the pack.'),
    name: text('A fictional name.', 80),
    role: text('What they do, e.g. "Security engineer".', 120),
  },
  {
    color: string({
      pattern: /^#[0-9a-fA-F]{6}$/,
      patternText: 'a colour as #rrggbb',
      description: 'Accent colour.',
    }),
  },
  'A fictional adviser who argues one side.',
);

const metrics = object(
  Object.fromEntries(METRIC_IDS.map((m) => [m, integer(0, 100)])) as Record<
    (typeof METRIC_IDS)[number],
    ReturnType<typeof integer>
  >,
  {},
  'Every meter’s value at the start, 0–100 (for harm, lower is better).',
);

const world = object(
  {
    metrics,
    capital: object(
      {
        start: integer(0, 20, 'Political capital at the start.'),
        perTurn: integer(0, 10, 'Capital gained each turn.'),
        max: integer(1, 30, 'The most capital that can be held.'),
      },
      {},
    ),
  },
  {
    levers: array(leverId, {
      max: LEVERS.length,
      description: 'Which levers of the catalogue exist in this scenario (default: all).',
    }),
    assumptions: array(assumptionId, {
      max: ASSUMPTIONS.length,
      description: 'Which contested assumptions apply (default: all).',
    }),
  },
  'The state of the world at the start.',
);

export const packSchema = object(
  {
    format: oneOf([PACK_FORMAT], 'The format version: 1.'),
    id: id('The pack’s id, unique among scenarios.'),
    language: string({
      pattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
      patternText: 'a language tag such as en, es or pt-BR',
      description: 'The language the texts below are written in.',
    }),
    title: text('The scenario’s title.', 100),
    period: text('When it is set, e.g. "1993–1996".', 80),
    summary: text('One or two sentences for the scenario card.', 400),
    estimatedMinutes: integer(5, 180, 'How long one play takes, in minutes.'),
    learningGoals: paragraphs('What a player should be able to do afterwards.', 6),
    briefing: object(
      {
        role: text('Who the player is, in the second person.', 600),
        paragraphs: paragraphs('The situation at the start.', 6),
      },
      { sources: sourceIds },
    ),
    roles: array(oneOf(ROLES.map((r) => r.id)), {
      min: 1,
      max: ROLES.length,
      description: 'Which of the game’s roles may play this scenario.',
    }),
    world,
    advisers: array(adviser, { min: 1, max: 8 }),
    turns: array(turn, { min: 1, max: 20 }),
    events: array(event, { max: 40 }),
    endings: array(ending, { min: 1, max: 12 }),
    epilogue: object(
      { paragraphs: paragraphs('What actually happened (or, for fiction, a closing note).', 6) },
      { sources: sourceIds },
    ),
    discussion: paragraphs('Questions for the debrief.', 8),
    sources: array(source, { max: 200 }),
  },
  {
    $schema: string({ max: 300, description: 'Where your editor finds this schema.' }),
    setting: text('Where it is set, for the scenario card, e.g. "United States".', 80),
    timeline: array(
      object(
        { date: text('When.', 80), text: text('What happened.', 400) },
        { sources: sourceIds },
      ),
      { max: 20, description: 'Background events before and during the scenario.' },
    ),
    glossary: array(
      object({
        id: id('Unique in the pack.'),
        term: text('The term.', 80),
        definition: text('Plain words.', 600),
      }),
      { max: 40, description: 'Terms a player may need.' },
    ),
    focusMetrics: array(metric, { max: 7, description: 'Meters the briefing singles out.' }),
    translations: record(
      string({
        pattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
        patternText: 'a language tag such as es',
      }),
      textTree(8, 1200),
      {
        max: 12,
        description:
          'Texts in other languages: language → the same structure as the texts above (see docs).',
      },
    ),
  },
  'A Key Decisions scenario pack.',
);

export type Pack = Infer<typeof packSchema>;
export type PackTurn = Pack['turns'][number];
export type PackOption = PackTurn['options'][number];
export type PackEvent = Pack['events'][number];
export type PackEnding = Pack['endings'][number];
