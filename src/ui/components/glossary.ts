import type { Scenario } from '../../content';
import type { UiContext } from '../context';
import { h, replaceChildren, type Child } from '../dom';
import { modalDialog } from './modal';

/** The words every scenario shares; their texts live in the `ui` namespace. */
export const CORE_TERMS = [
  'backdoor',
  'exceptionalAccess',
  'e2ee',
  'keyEscrow',
  'clientScanning',
  'lawfulHacking',
  'forwardSecrecy',
  'metadata',
  'wiretapLaw',
  'capabilityNotice',
] as const;

export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  /** Phrases that name the term in running text, lower case. */
  readonly phrases: readonly string[];
}

/** The scenario's own terms first, then the shared ones it does not already define. */
export function glossaryEntries(ctx: UiContext, scenario: Scenario | undefined): GlossaryEntry[] {
  const own: GlossaryEntry[] = (scenario?.glossary ?? []).map((g) => {
    const term = ctx.tx(g.termKey);
    return {
      id: `${scenario?.id ?? ''}-${g.id}`,
      term,
      definition: ctx.tx(g.definitionKey),
      phrases: [term.toLowerCase().replace(/\s*\(.*\)$/, '')],
    };
  });
  const taken = new Set(own.flatMap((e) => e.phrases));
  const core: GlossaryEntry[] = CORE_TERMS.map((id) => ({
    id,
    term: ctx.i18n.t(`glossary.terms.${id}.term`),
    definition: ctx.i18n.t(`glossary.terms.${id}.definition`),
    phrases: ctx.i18n
      .t(`glossary.terms.${id}.match`)
      .split('|')
      .map((p) => p.toLowerCase()),
  })).filter((e) => !e.phrases.some((p) => taken.has(p)));
  return [...own, ...core];
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Running text with the first mention of each glossary term turned into a button that opens its
 * definition. The text stays text: it is split, never parsed.
 */
export function withTerms(
  ctx: UiContext,
  text: string,
  entries: readonly GlossaryEntry[],
): Child[] {
  const lower = text.toLowerCase();
  const found: { start: number; end: number; entry: GlossaryEntry }[] = [];
  for (const entry of entries) {
    let best: { start: number; end: number } | undefined;
    for (const phrase of entry.phrases) {
      if (!phrase) continue;
      let at = lower.indexOf(phrase);
      while (at !== -1 && (isWordChar(lower[at - 1]) || isWordChar(lower[at + phrase.length])))
        at = lower.indexOf(phrase, at + 1);
      if (at !== -1 && (!best || at < best.start)) best = { start: at, end: at + phrase.length };
    }
    if (best && !found.some((f) => best.start < f.end && f.start < best.end))
      found.push({ ...best, entry });
  }
  found.sort((a, b) => a.start - b.start);
  const out: Child[] = [];
  let cursor = 0;
  for (const { start, end, entry } of found) {
    out.push(text.slice(cursor, start));
    const shown = text.slice(start, end);
    out.push(
      h(
        'button',
        {
          class: 'term',
          attrs: {
            type: 'button',
            'aria-haspopup': 'dialog',
            'aria-label': ctx.i18n.t('glossary.termLabel', { term: shown }),
          },
          on: { click: () => ctx.openGlossary(entry.id) },
        },
        shown,
      ),
    );
    cursor = end;
  }
  out.push(text.slice(cursor));
  return out;
}

/** The glossary as a modal dialog, reachable from anywhere; opening it on a term focuses that term. */
export function createGlossaryDialog(ctx: UiContext, currentScenario: () => Scenario | undefined) {
  const { t } = ctx.i18n;
  const body = h('div', { class: 'dialog-body' });
  const modal = modalDialog({
    id: 'glossary-dialog',
    title: t('glossary.heading'),
    closeLabel: t('glossary.close'),
    children: [h('p', { class: 'hint' }, t('glossary.lead')), body],
  });

  const section = (title: string, entries: readonly GlossaryEntry[]) =>
    entries.length > 0 &&
    h(
      'section',
      {},
      h('h3', {}, title),
      h(
        'dl',
        { class: 'metric-glossary' },
        ...entries.flatMap((e) => [
          h('dt', { id: `glossary-${e.id}`, attrs: { tabindex: -1 } }, e.term),
          h('dd', {}, e.definition),
        ]),
      ),
    );

  return {
    element: modal.element,
    open(termId?: string) {
      const scenario = currentScenario();
      const entries = glossaryEntries(ctx, scenario);
      const own = entries.filter((e) => !(CORE_TERMS as readonly string[]).includes(e.id));
      const core = entries.filter((e) => (CORE_TERMS as readonly string[]).includes(e.id));
      replaceChildren(
        body,
        section(t('glossary.scenarioHeading'), own),
        section(t('glossary.coreHeading'), core),
      );
      const target = termId ? document.getElementById(`glossary-${termId}`) : null;
      modal.show(target);
      target?.scrollIntoView({ block: 'center' });
    },
  };
}
