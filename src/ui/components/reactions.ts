import { formatChange } from '../../i18n';
import type { Scenario } from '../../content';
import type { TurnReport } from '../../engine';
import type { UiContext } from '../context';
import { h } from '../dom';
import { sourceChips } from './sources';

/** How each stakeholder group's approval moved this turn, with the causes, biggest moves first. */
export function reactionsSection(
  ctx: UiContext,
  scenario: Scenario,
  report: TurnReport,
  support: number | undefined,
) {
  const { t } = ctx.i18n;
  const moved = report.approval
    .filter((a) => a.after !== a.before)
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before));
  return h(
    'section',
    { class: 'panel reactions', attrs: { 'aria-labelledby': 'reactions-heading' } },
    h('h2', { id: 'reactions-heading' }, t('reactions.heading')),
    support !== undefined &&
      h('p', { class: 'balance' }, t('reactions.support', { value: support })),
    h('p', { class: 'hint' }, t('reactions.supportHelp')),
    h(
      'ul',
      { class: 'changes' },
      ...moved.map((a) => {
        const delta = a.after - a.before;
        return h(
          'li',
          { class: `change ${delta > 0 ? 'is-better' : 'is-worse'}` },
          h(
            'p',
            { class: 'change-head' },
            h(
              'span',
              { class: 'change-arrow', attrs: { 'aria-hidden': 'true' } },
              delta > 0 ? '▲' : '▼',
            ),
            h(
              'strong',
              {},
              t('reactions.row', {
                group: ctx.tx(`policy:stakeholders.${a.stakeholder}`),
                before: a.before,
                after: a.after,
              }),
            ),
            h('span', { class: 'change-values' }, formatChange(ctx.i18n.language, delta)),
          ),
          h(
            'ul',
            { class: 'causes' },
            ...a.causes.map((cause) =>
              h(
                'li',
                { class: `cause cause-${cause.kind}` },
                h('span', { class: 'cause-amount' }, formatChange(ctx.i18n.language, cause.amount)),
                h('span', { class: 'cause-kind' }, t(`consequences.kind.${cause.kind}`)),
                h('span', { class: 'cause-text' }, ctx.tx(cause.text)),
                cause.sources.length > 0 && sourceChips(ctx, scenario, cause.sources),
              ),
            ),
          ),
        );
      }),
    ),
  );
}
