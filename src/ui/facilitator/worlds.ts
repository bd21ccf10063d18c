import { formatChange, formatNumber } from '../../i18n';
import { isImprovement, METRIC_IDS, type Metrics, type MetricId } from '../../engine';
import type { Session, Worlds } from '../../state';
import { runIds } from '../../state';
import type { UiContext } from '../context';
import { h } from '../dom';
import { facilitatorT, runName } from './labels';

const tone = (metric: MetricId, change: number) =>
  change === 0 ? 'is-same' : isImprovement(metric, change) ? 'is-better' : 'is-worse';

/**
 * Metrics side by side, one column per world: the value, and the change since `from` (a turn's
 * start, or the game's). A real table, so a screen reader can move across teams and metrics.
 */
export function worldsTable(
  ctx: UiContext,
  session: Session,
  worlds: Worlds,
  options: { readonly caption: string; readonly from: (run: string) => Metrics | undefined },
): HTMLElement {
  const { t } = ctx.i18n;
  const ft = facilitatorT(ctx);
  const runs = runIds(session.setup).filter((run) => worlds[run]);
  return h(
    'table',
    { class: 'worlds-table' },
    h('caption', {}, options.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, ft('metricColumn')),
        ...runs.map((run) =>
          h('th', { attrs: { scope: 'col' } }, runName(ctx, session.setup, run)),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...METRIC_IDS.map((metric) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, t(`metrics.${metric}.name`)),
          ...runs.map((run) => {
            const now = worlds[run]?.state.metrics[metric] ?? 0;
            const change = now - (options.from(run)?.[metric] ?? now);
            return h(
              'td',
              { class: tone(metric, change) },
              h('span', { class: 'cell-value' }, formatNumber(ctx.i18n.language, now)),
              change !== 0 &&
                h(
                  'span',
                  { class: 'cell-change' },
                  ft(isImprovement(metric, change) ? 'changeBetter' : 'changeWorse', {
                    change: formatChange(ctx.i18n.language, change),
                  }),
                ),
            );
          }),
        ),
      ),
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'row' } }, ft('capitalRow')),
        ...runs.map((run) =>
          h('td', {}, formatNumber(ctx.i18n.language, worlds[run]?.state.capital ?? 0)),
        ),
      ),
    ),
  );
}
