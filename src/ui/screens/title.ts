import { BUILT_IN_SCENARIOS } from '../../content';
import type { ScreenRenderer } from '../context';
import { h } from '../dom';

export const renderTitle: ScreenRenderer = (ctx, state) => {
  const { t } = ctx.i18n;
  const heading = h('h1', { class: 'title-heading', attrs: { tabindex: -1 } }, t('app.name'));
  const saved = state.game && state.scenarioId;

  const cards = BUILT_IN_SCENARIOS.map((scenario) => {
    const total = scenario.rules.turns.length;
    const resumable = saved && state.scenarioId === scenario.id;
    const headingId = `scenario-${scenario.id}`;
    return h(
      'article',
      { class: 'scenario-card', attrs: { 'aria-labelledby': headingId } },
      h('h3', { id: headingId }, ctx.tx(scenario.titleKey)),
      h(
        'p',
        { class: 'meta' },
        t('title.meta', {
          period: ctx.tx(scenario.periodKey),
          turns: total,
          minutes: scenario.estimatedMinutes,
        }),
      ),
      h('p', {}, ctx.tx(scenario.summaryKey)),
      h(
        'div',
        { class: 'actions' },
        resumable &&
          h(
            'button',
            {
              class: 'button primary',
              attrs: { type: 'button' },
              on: { click: () => ctx.store.getState().resume() },
            },
            state.game?.ending
              ? t('title.continueEnded')
              : t('title.continue', { turn: Math.min((state.game?.turn ?? 0) + 1, total), total }),
          ),
        h(
          'button',
          {
            class: resumable ? 'button' : 'button primary',
            attrs: { type: 'button', 'data-scenario': scenario.id },
            on: { click: () => ctx.store.getState().chooseScenario(scenario.id) },
          },
          t('title.play'),
        ),
      ),
    );
  });

  const element = h(
    'div',
    { class: 'screen title-screen' },
    h(
      'header',
      { class: 'hero' },
      h('p', { class: 'eyebrow' }, t('app.tagline')),
      heading,
      h('p', { class: 'lead' }, t('title.lead')),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'choose-heading' } },
      h('h2', { id: 'choose-heading' }, t('title.chooseHeading')),
      ...cards,
    ),
    h(
      'section',
      { class: 'panel how', attrs: { 'aria-labelledby': 'how-heading' } },
      h('h2', { id: 'how-heading' }, t('title.howHeading')),
      h(
        'ol',
        {},
        h('li', {}, t('title.how1')),
        h('li', {}, t('title.how2')),
        h('li', {}, t('title.how3')),
      ),
    ),
    h('p', { class: 'privacy' }, t('app.privacy')),
  );
  return { element, focusTarget: heading };
};
