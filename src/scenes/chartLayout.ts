import { METRIC_IDS, type MetricId, type Metrics } from '../engine';

/** One colour per metric for the history chart; end labels name each line, so colour is not alone. */
export const SERIES_COLORS: Readonly<Record<MetricId, number>> = {
  security: 0x4f8fd6,
  investigation: 0xe0a93b,
  liberties: 0x3fb59a,
  economy: 0xb57be0,
  trust: 0xf08a6c,
  standing: 0x7fd1f8,
  harm: 0xd0d0d0,
};

export interface ChartArea {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Series {
  readonly metric: MetricId;
  readonly points: readonly { x: number; y: number }[];
  /** Where the end label goes: at the line's end, nudged so labels never overlap. */
  readonly labelY: number;
}

/**
 * The value range the chart shows: the data's range widened to whole tens, so small moves are
 * visible without pretending a 5-point change is a landslide.
 */
export function valueRange(history: readonly Metrics[]): {
  min: number;
  max: number;
  ticks: number[];
} {
  const values = history.flatMap((m) => METRIC_IDS.map((id) => m[id]));
  const min = Math.max(0, Math.floor((Math.min(...values, 50) - 5) / 10) * 10);
  const max = Math.min(100, Math.ceil((Math.max(...values, 50) + 5) / 10) * 10);
  const step = max - min > 50 ? 25 : 10;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) ticks.push(v);
  return { min, max, ticks };
}

/** Lines for every metric over the turns played, inside `area`; y grows downwards as on screen. */
export function layoutHistory(
  history: readonly Metrics[],
  area: ChartArea,
  labelSpacing: number,
  range: { min: number; max: number } = { min: 0, max: 100 },
): Series[] {
  const steps = Math.max(1, history.length - 1);
  const span = Math.max(1, range.max - range.min);
  const toY = (value: number) =>
    area.top + area.height - (area.height * (value - range.min)) / span;
  const series = METRIC_IDS.map((metric) => {
    const points = history.map((m, i) => ({
      x: area.left + (area.width * i) / steps,
      y: toY(m[metric]),
    }));
    return { metric, points, labelY: points.at(-1)?.y ?? toY(0) };
  });
  return spreadLabels(series, area, labelSpacing);
}

/** Pushes end labels apart (keeping their order) so each stays readable. */
function spreadLabels(series: Series[], area: ChartArea, spacing: number): Series[] {
  const sorted = [...series].sort((a, b) => a.labelY - b.labelY);
  const ys = sorted.map((s) => s.labelY);
  for (let i = 1; i < ys.length; i += 1) ys[i] = Math.max(ys[i]!, ys[i - 1]! + spacing);
  const overflow = (ys.at(-1) ?? 0) - (area.top + area.height);
  if (overflow > 0) for (let i = 0; i < ys.length; i += 1) ys[i] = ys[i]! - overflow;
  for (let i = ys.length - 2; i >= 0; i -= 1) ys[i] = Math.min(ys[i]!, ys[i + 1]! - spacing);
  const placed = new Map(sorted.map((s, i) => [s.metric, ys[i]!]));
  return series.map((s) => ({ ...s, labelY: placed.get(s.metric) ?? s.labelY }));
}
