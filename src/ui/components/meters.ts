import { isImprovement, METRIC_IDS, type MetricId, type Metrics } from '../../engine';
import type { UiContext } from '../context';
import { h } from '../dom';

/** One whole sentence for a meter and its change, for lists and screen readers. */
export function describeMetric(
  ctx: UiContext,
  metric: MetricId,
  value: number,
  change = 0,
): string {
  const name = ctx.i18n.t(`metrics.${metric}.name`);
  if (change === 0) return ctx.i18n.t('meter.value', { name, value });
  const better = isImprovement(metric, change);
  const amount = Math.abs(change);
  if (change > 0)
    return ctx.i18n.t(better ? 'meter.upBetter' : 'meter.upWorse', { name, value, amount });
  return ctx.i18n.t(better ? 'meter.downBetter' : 'meter.downWorse', { name, value, amount });
}

/**
 * The canvas's text alternative: every meter's value and last change. It is the same data the
 * Phaser scene draws, and it becomes the visible display when the scene cannot start.
 */
export function metersTextList(
  ctx: UiContext,
  metrics: Metrics,
  changes?: Partial<Record<MetricId, number>>,
) {
  return h(
    'ul',
    { class: 'meters-text' },
    ...METRIC_IDS.map((metric) => {
      const change = changes?.[metric] ?? 0;
      return h(
        'li',
        { class: change === 0 ? '' : isImprovement(metric, change) ? 'is-better' : 'is-worse' },
        describeMetric(ctx, metric, metrics[metric], change),
      );
    }),
  );
}

/** The groups' approval, as the canvas's board shows it, with the last turn's change. */
export function groupsTextList(
  ctx: UiContext,
  approval: Readonly<Record<string, number>>,
  changes?: Readonly<Record<string, number>>,
) {
  return h(
    'ul',
    { class: 'meters-text', attrs: { 'aria-label': ctx.i18n.t('meter.groupsHeading') } },
    ...Object.entries(approval).map(([id, value]) => {
      const name = ctx.tx(`policy:stakeholders.${id}`);
      const change = changes?.[id] ?? 0;
      const text =
        change > 0
          ? ctx.i18n.t('meter.groupUp', { name, value, amount: change })
          : change < 0
            ? ctx.i18n.t('meter.groupDown', { name, value, amount: -change })
            : ctx.i18n.t('meter.groupValue', { name, value });
      return h('li', {}, text);
    }),
  );
}
