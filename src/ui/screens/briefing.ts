import { METRIC_IDS } from '../../engine';
import type { ScreenRenderer } from '../context';
import { h } from '../dom';
import { untranslatedNote } from '../components/untranslated';
import { glossaryEntries, withTerms } from '../components/glossary';
import { sourceChips, sourceList } from '../components/sources';

export const renderBriefing: ScreenRenderer = (ctx, state, scenario) => {
  const { t } = ctx.i18n;
  if (!scenario) throw new Error('briefing without a scenario');
  const heading = h('h1', { attrs: { tabindex: -1 } }, ctx.tx(scenario.titleKey));
  const terms = glossaryEntries(ctx, scenario);
  const begin = h(
    'button',
    {
      class: 'button primary',
      attrs: { type: 'button' },
      on: { click: () => ctx.store.getState().beginTurns() },
    },
    t('briefing.begin'),
  );
  const element = h(
    'div',
    { class: 'screen briefing-screen' },
    h('p', { class: 'eyebrow' }, t('briefing.eyebrow', { period: ctx.tx(scenario.periodKey) })),
    heading,
    untranslatedNote(ctx, scenario),
    h(
      'section',
      { class: 'panel role', attrs: { 'aria-labelledby': 'role-heading' } },
      h('h2', { id: 'role-heading' }, t('briefing.roleHeading')),
      h('p', {}, ctx.tx(scenario.briefing.roleKey)),
    ),
    ...scenario.briefing.paragraphKeys.map((k) => h('p', {}, ...withTerms(ctx, ctx.tx(k), terms))),
    h(
      'p',
      { class: 'fact-sources' },
      t('turn.factSources'),
      ' ',
      sourceChips(ctx, scenario, scenario.briefing.sources),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'goals-heading' } },
      h('h2', { id: 'goals-heading' }, t('briefing.goalsHeading')),
      h('ul', {}, ...scenario.briefing.goalKeys.map((k) => h('li', {}, ctx.tx(k)))),
    ),
    scenario.timeline.length > 0 &&
      h(
        'section',
        { class: 'panel', attrs: { 'aria-labelledby': 'timeline-heading' } },
        h('h2', { id: 'timeline-heading' }, t('briefing.timelineHeading')),
        h(
          'ol',
          { class: 'timeline' },
          ...scenario.timeline.map((entry) =>
            h(
              'li',
              {},
              h('span', { class: 'timeline-date' }, ctx.tx(entry.dateKey)),
              ' ',
              ctx.tx(entry.textKey),
              ' ',
              sourceChips(ctx, scenario, entry.sources),
            ),
          ),
        ),
      ),
    scenario.glossary.length > 0 &&
      h(
        'section',
        { class: 'panel', attrs: { 'aria-labelledby': 'glossary-heading' } },
        h('h2', { id: 'glossary-heading' }, t('briefing.glossaryHeading')),
        h(
          'dl',
          { class: 'metric-glossary' },
          ...scenario.glossary.flatMap((g) => [
            h('dt', { id: `term-${g.id}` }, ctx.tx(g.termKey)),
            h('dd', {}, ctx.tx(g.definitionKey)),
          ]),
        ),
      ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'meters-heading' } },
      h('h2', { id: 'meters-heading' }, t('briefing.metersHeading')),
      h(
        'dl',
        { class: 'metric-glossary' },
        ...METRIC_IDS.flatMap((m) => [
          h('dt', {}, t(`metrics.${m}.name`)),
          h('dd', {}, t(`metrics.${m}.help`)),
        ]),
      ),
    ),
    h('div', { class: 'actions' }, begin),
    h('p', { class: 'seed' }, t('briefing.seed', { seed: state.setup.seed })),
    h('h2', { class: 'sources-heading' }, t('ending.sourcesHeading')),
    sourceList(ctx, scenario, [
      ...scenario.briefing.sources,
      ...scenario.timeline.flatMap((e) => e.sources),
    ]),
  );
  return { element, focusTarget: heading };
};
