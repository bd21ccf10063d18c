import type { NumberedSource, Scenario } from '../../content';
import type { UiContext } from '../context';
import { h } from '../dom';

/** Sources are numbered in the scenario's own list, the same on every screen of that scenario. */
export function sourceNumber(scenario: Scenario, id: string): number {
  return scenario.sources.find((s) => s.id === id)?.number ?? 0;
}

/** "[3] [7]" links that jump to the full entries in the screen's source list. */
export function sourceChips(
  ctx: UiContext,
  scenario: Scenario,
  ids: readonly string[],
): HTMLElement {
  return h(
    'span',
    { class: 'source-chips' },
    ...ids.map((id) => {
      const source = scenario.sources.find((s) => s.id === id);
      const number = sourceNumber(scenario, id);
      return h(
        'a',
        {
          class: 'source-chip',
          attrs: {
            href: `#source-${id}`,
            'aria-label': ctx.i18n.t('sources.chipLabel', { number, title: source?.title ?? id }),
          },
        },
        ctx.i18n.t('sources.chip', { number }),
      );
    }),
  );
}

/** The full list of the given sources, in the scenario's numbering, each with a link out. */
export function sourceList(ctx: UiContext, scenario: Scenario, ids: Iterable<string>): HTMLElement {
  const wanted = new Set(ids);
  const listed: NumberedSource[] = scenario.sources
    .filter((s) => wanted.has(s.id))
    .sort((a, b) => a.number - b.number);
  return h(
    'ol',
    { class: 'source-list' },
    ...listed.map((source) =>
      h(
        'li',
        {
          id: `source-${source.id}`,
          attrs: { value: sourceNumber(scenario, source.id), tabindex: -1 },
        },
        h(
          'a',
          { attrs: { href: source.url, target: '_blank', rel: 'noopener noreferrer' } },
          ctx.i18n.t('sources.entry', { title: source.title, publisher: source.publisher }),
        ),
      ),
    ),
  );
}
