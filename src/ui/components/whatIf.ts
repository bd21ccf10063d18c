import { formatChange, formatList, formatNumber } from '../../i18n';
import type { Scenario } from '../../content';
import { isImprovement, METRIC_IDS } from '../../engine';
import { selectCounterfactual, type RootState } from '../../state';
import type { UiContext } from '../context';
import { h, replaceChildren } from '../dom';

/**
 * "Replay with one decision changed": the engine replays the finished run with the same seed and
 * one different option, and the two outcomes are compared meter by meter in a real table.
 */
export function whatIfSection(ctx: UiContext, scenario: Scenario, state: RootState): HTMLElement {
  const { t } = ctx.i18n;
  const language = ctx.i18n.language;
  const result = h('div', { class: 'what-if-result', attrs: { 'aria-live': 'polite' } });
  const optionSelect = h('select', { id: 'what-if-option' });
  const turnSelect = h(
    'select',
    { id: 'what-if-turn', on: { change: () => fillOptions() } },
    ...state.decisions.map((decision, index) =>
      h(
        'option',
        { attrs: { value: index } },
        t('whatIf.turnOption', {
          turn: index + 1,
          title: ctx.tx(scenario.turns[index]?.titleKey ?? decision.turnId),
        }),
      ),
    ),
  );
  const fillOptions = () => {
    const at = Number(turnSelect.value);
    const taken = state.decisions[at]?.optionId;
    const options = scenario.rules.turns[at]?.options.filter((o) => o.id !== taken) ?? [];
    replaceChildren(
      optionSelect,
      ...options.map((o) => h('option', { attrs: { value: o.id } }, ctx.tx(o.labelKey))),
    );
  };
  fillOptions();

  const compare = () => {
    const at = Number(turnSelect.value);
    const outcome = selectCounterfactual(ctx.store.getState(), at, optionSelect.value);
    if (!outcome?.ok) {
      replaceChildren(result, h('p', { class: 'form-error' }, t('whatIf.failed')));
      return;
    }
    const { original, alternative, adapted } = outcome.value;
    const rows = METRIC_IDS.map((metric) => {
      const mine = original.state.metrics[metric];
      const theirs = alternative.state.metrics[metric];
      const delta = theirs - mine;
      return h(
        'tr',
        { class: delta === 0 ? '' : isImprovement(metric, delta) ? 'is-better' : 'is-worse' },
        h('th', { attrs: { scope: 'row' } }, t(`metrics.${metric}.name`)),
        h('td', {}, formatNumber(ctx.i18n.language, mine)),
        h('td', {}, formatNumber(ctx.i18n.language, theirs)),
        h('td', {}, delta === 0 ? t('consequences.noChange') : formatChange(language, delta)),
      );
    });
    const ending = alternative.state.ending;
    replaceChildren(
      result,
      h(
        'table',
        { class: 'what-if-table' },
        h('caption', {}, t('whatIf.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'col' } }, t('whatIf.metric')),
            h('th', { attrs: { scope: 'col' } }, t('whatIf.yours')),
            h('th', { attrs: { scope: 'col' } }, t('whatIf.alternative')),
            h('th', { attrs: { scope: 'col' } }, t('whatIf.difference')),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
      ending && h('p', { class: 'balance' }, t('whatIf.ending', { ending: ctx.tx(ending.text) })),
      adapted.length > 0 &&
        h(
          'p',
          { class: 'hint' },
          t('whatIf.adapted', {
            count: adapted.length,
            turns: formatList(
              language,
              adapted.map((i) => String(i + 1)),
            ),
          }),
        ),
    );
  };

  return h(
    'section',
    { class: 'panel what-if', attrs: { 'aria-labelledby': 'what-if-heading' } },
    h('h2', { id: 'what-if-heading' }, t('whatIf.heading')),
    h('p', { class: 'hint' }, t('whatIf.help')),
    h(
      'div',
      { class: 'what-if-controls' },
      h('label', { attrs: { for: 'what-if-turn' } }, t('whatIf.turnLabel')),
      turnSelect,
      h('label', { attrs: { for: 'what-if-option' } }, t('whatIf.optionLabel')),
      optionSelect,
      h(
        'button',
        { class: 'button', attrs: { type: 'button' }, on: { click: compare } },
        t('whatIf.compare'),
      ),
    ),
    result,
  );
}
