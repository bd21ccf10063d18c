import {
  METRIC_DIRECTION,
  METRIC_IDS,
  METRIC_MAX,
  METRIC_MIN,
  type MetricId,
  type Metrics,
} from './types';

/** A metric as "how good is this for society", 0–100, so that every metric reads the same way. */
export function goodness(metric: MetricId, value: number): number {
  return METRIC_DIRECTION[metric] === 1 ? value : METRIC_MAX - value;
}

/** The unweighted mean goodness of all metrics, rounded: a plain summary of how a run went. */
export function balanceIndex(metrics: Metrics): number {
  const total = METRIC_IDS.reduce((sum, id) => sum + goodness(id, metrics[id]), 0);
  return Math.round(total / METRIC_IDS.length);
}

/** Metrics that have reached the bad end of their range (within `margin`). */
export function collapsedMetrics(metrics: Metrics, margin: number): MetricId[] {
  return METRIC_IDS.filter((id) => isCollapsed(id, metrics[id], margin));
}

/** Whether a metric has reached the bad end of its range (within `margin`). */
export function isCollapsed(metric: MetricId, value: number, margin: number): boolean {
  return goodness(metric, value) <= METRIC_MIN + margin;
}

export function clampMetric(value: number): number {
  return Math.min(METRIC_MAX, Math.max(METRIC_MIN, value));
}

/** Whether a change is good for society: up for most metrics, down for online harm. */
export function isImprovement(metric: MetricId, change: number): boolean {
  return change * METRIC_DIRECTION[metric] > 0;
}
