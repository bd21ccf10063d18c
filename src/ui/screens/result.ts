import { formatChange } from '../../i18n';
import { findScenario } from '../../content';
import { isImprovement, METRIC_IDS, scoreRun } from '../../engine';
import type { ScreenRenderer } from '../context';
import { h } from '../dom';
import { describeMetric } from '../components/meters';

/** A result someone shared: rebuilt by the engine from the link, never taken on trust. */
export const renderResult: ScreenRenderer = (ctx, state) => {
  const { t } = ctx.i18n;
  const shared = state.shared;
  const toTitle = h(
    'button',
    {
      class: 'button',
      attrs: { type: 'button' },
      on: { click: () => ctx.store.getState().closeShared() },
    },
    t('result.toTitle'),
  );
  if (!shared || shared.status !== 'ready') {
    const heading = h(
      'h1',
      { attrs: { tabindex: -1 } },
      shared?.status === 'loading' ? t('result.loading') : t('result.problemHeading'),
    );
    return {
      element: h(
        'div',
        {
          class: 'screen result-screen',
          attrs: { 'aria-busy': shared?.status === 'loading' ? 'true' : 'false' },
        },
        heading,
        shared?.status === 'problem' &&
          h(
            'p',
            { class: 'lead', attrs: { role: 'alert' } },
            t(`result.problem.${shared.problem}`),
          ),
        h('div', { class: 'actions' }, toTitle),
      ),
      focusTarget: heading,
    };
  }
  const { result } = shared;
  const scenario = findScenario(result.scenarioId);
  const ending = result.state.ending;
  if (!scenario || !ending) throw new Error('a ready result without its scenario or ending');
  const role = scenario.rules.roles.find((r) => r.id === result.state.role);
  const start = result.state.history[0] ?? result.state.metrics;
  const score = scoreRun(scenario.rules, result.state);
  const heading = h('h1', { attrs: { tabindex: -1 } }, ctx.tx(ending.text));

  const element = h(
    'div',
    { class: 'screen result-screen' },
    h('p', { class: 'eyebrow' }, t('result.eyebrow', { scenario: ctx.tx(scenario.titleKey) })),
    heading,
    h(
      'p',
      { class: 'lead' },
      t('result.lead', {
        role: role ? ctx.tx(role.nameKey) : result.state.role,
        turns: result.reports.length,
        seed: result.setup.seed,
      }),
    ),
    h('p', { class: 'hint' }, t('result.recomputed')),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'shared-meters-heading' } },
      h('h2', { id: 'shared-meters-heading' }, t('ending.metersHeading')),
      h(
        'ul',
        { class: 'final-meters' },
        ...METRIC_IDS.map((metric) => {
          const change = result.state.metrics[metric] - start[metric];
          return h(
            'li',
            {
              class:
                change === 0 ? 'is-same' : isImprovement(metric, change) ? 'is-better' : 'is-worse',
            },
            h(
              'span',
              { class: 'visually-hidden' },
              describeMetric(ctx, metric, result.state.metrics[metric], change),
            ),
            h('strong', { attrs: { 'aria-hidden': 'true' } }, t(`metrics.${metric}.name`)),
            h(
              'span',
              { attrs: { 'aria-hidden': 'true' } },
              t('ending.startToEndChanged', {
                start: start[metric],
                end: result.state.metrics[metric],
                change: formatChange(ctx.i18n.language, change),
              }),
            ),
          );
        }),
      ),
      role &&
        h(
          'p',
          { class: 'balance' },
          t('ending.roleScore', { role: ctx.tx(role.nameKey), value: score.roleScore }),
        ),
      h('p', { class: 'balance' }, t('ending.valuesScore', { value: score.valuesScore })),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'shared-decisions-heading' } },
      h('h2', { id: 'shared-decisions-heading' }, t('result.decisionsHeading')),
      h(
        'ol',
        { class: 'decision-list' },
        ...result.decisions.map((decision, index) => {
          const turn = scenario.turns[index];
          const option = scenario.rules.turns[index]?.options.find(
            (o) => o.id === decision.optionId,
          );
          return h(
            'li',
            {},
            h(
              'span',
              { class: 'decision-turn' },
              turn
                ? t('ending.decisionRow', {
                    date: ctx.tx(turn.dateKey),
                    title: ctx.tx(turn.titleKey),
                  })
                : decision.turnId,
            ),
            h('strong', {}, option ? ctx.tx(option.labelKey) : decision.optionId),
          );
        }),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          class: 'button primary',
          attrs: { type: 'button' },
          on: { click: () => ctx.store.getState().playSharedSeed() },
        },
        t('result.playSameSeed'),
      ),
      toTitle,
    ),
  );
  return { element, focusTarget: heading };
};
