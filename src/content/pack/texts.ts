import type { Pack } from '../schema/packSchema';

/** Nested texts as i18next reads them: objects of strings, arrays as index-keyed objects. */
export interface TextTree {
  [key: string]: string | TextTree;
}

const indexed = (items: readonly string[]): TextTree =>
  Object.fromEntries(items.map((text, i) => [String(i), text]));

const byId = <T extends { readonly id: string }>(
  items: readonly T[],
  texts: (item: T) => TextTree,
): TextTree => Object.fromEntries(items.map((item) => [item.id, texts(item)]));

/**
 * Every text of a pack, keyed the way the game looks them up and the way a pack's `translations`
 * are written: `turns.<turn>.options.<option>.label`, `events.<event>.headline`…
 */
export function packTexts(pack: Pack): TextTree {
  return {
    title: pack.title,
    period: pack.period,
    ...(pack.setting !== undefined ? { setting: pack.setting } : {}),
    summary: pack.summary,
    learningGoals: indexed(pack.learningGoals),
    briefing: { role: pack.briefing.role, paragraphs: indexed(pack.briefing.paragraphs) },
    timeline: Object.fromEntries(
      (pack.timeline ?? []).map((entry, i) => [String(i), { date: entry.date, text: entry.text }]),
    ),
    glossary: byId(pack.glossary ?? [], (g) => ({ term: g.term, definition: g.definition })),
    advisers: byId(pack.advisers, (a) => ({ name: a.name, role: a.role })),
    turns: byId(pack.turns, (turn) => ({
      date: turn.date,
      title: turn.title,
      body: indexed(turn.body),
      question: turn.question,
      ...(turn.quote ? { quote: { text: turn.quote.text, by: turn.quote.by } } : {}),
      advice: Object.fromEntries(turn.advice.map((a) => [a.adviser, a.text])),
      options: byId(turn.options, (o) => ({ label: o.label, description: o.description })),
    })),
    events: byId(pack.events, (e) => ({ headline: e.headline, body: e.body })),
    endings: byId(pack.endings, (e) => ({ title: e.title, body: e.body })),
    epilogue: { paragraphs: indexed(pack.epilogue.paragraphs) },
    discussion: indexed(pack.discussion),
  };
}

/** A translation as written (arrays allowed) in the shape of a `TextTree`. */
export function normaliseTranslation(value: unknown): TextTree | string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return normaliseTranslation(Object.fromEntries(value.entries()));
  if (typeof value !== 'object' || value === null) return undefined;
  const out: TextTree = {};
  for (const [key, child] of Object.entries(value)) {
    const normal = normaliseTranslation(child);
    if (normal !== undefined) out[key] = normal;
  }
  return out;
}

/** Paths in a translation that name no text of the pack (a typo, or a text since removed). */
export function unknownTextPaths(base: TextTree, translation: TextTree, prefix: string): string[] {
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(translation)) {
    const path = `${prefix}.${key}`;
    const there = Object.hasOwn(base, key) ? base[key] : undefined;
    if (there === undefined || typeof there !== typeof value) unknown.push(path);
    else if (typeof value === 'object' && typeof there === 'object')
      unknown.push(...unknownTextPaths(there, value, path));
  }
  return unknown;
}

/** The base texts with a translation laid over them; what is missing stays in the base language. */
export function overlay(base: TextTree, translation: TextTree | undefined): TextTree {
  if (!translation) return base;
  const out: TextTree = {};
  for (const [key, value] of Object.entries(base)) {
    const over = Object.hasOwn(translation, key) ? translation[key] : undefined;
    out[key] =
      typeof value === 'string'
        ? typeof over === 'string'
          ? over
          : value
        : overlay(value, typeof over === 'object' ? over : undefined);
  }
  return out;
}
