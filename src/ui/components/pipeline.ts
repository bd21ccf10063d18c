import { formatChange } from '../../i18n';
import type { GameState } from '../../engine';
import type { UiContext } from '../context';
import { h } from '../dom';

/**
 * Effects already set in motion (delays in the model). Showing them keeps the model honest: a
 * player can see that a decision's cost is still on its way.
 */
export function pipeline(ctx: UiContext, game: GameState): HTMLElement | null {
  const nextTurn = game.turn;
  if (game.pending.length === 0) return null;
  const { t } = ctx.i18n;
  const items = [...game.pending]
    .sort((a, b) => a.arrivesAtTurn - b.arrivesAtTurn)
    .map((effect) => {
      const params = {
        metric: t(`metrics.${effect.metric}.name`),
        amount: formatChange(ctx.i18n.language, effect.amount),
        cause: ctx.tx(effect.cause.text),
      };
      // Decisions still to make until the effect lands, counting the one that lands it.
      const decisions = Math.max(1, effect.arrivesAtTurn - nextTurn + 1);
      return h('li', {}, t('pipeline.item', { ...params, count: decisions }));
    });
  return h(
    'section',
    { class: 'panel pipeline', attrs: { 'aria-labelledby': 'pipeline-heading' } },
    h('h2', { id: 'pipeline-heading' }, t('pipeline.heading')),
    h('p', { class: 'hint' }, t('pipeline.help')),
    h('ul', {}, ...items),
  );
}
