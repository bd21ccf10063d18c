import { goodness, type MetricId } from '../engine';

/** Pure geometry for the meter board, so it can be tested without a canvas. */
export interface MeterRowLayout {
  readonly y: number;
  readonly height: number;
  readonly labelX: number;
  readonly barX: number;
  readonly barWidth: number;
  readonly barHeight: number;
  readonly fontSize: number;
}

export interface BoardLayout {
  readonly padding: number;
  readonly headerHeight: number;
  readonly rows: readonly MeterRowLayout[];
  /** Labels sit above the bars on narrow stages, beside them on wide ones. */
  readonly stacked: boolean;
}

export function layoutBoard(width: number, height: number, rowCount: number): BoardLayout {
  const padding = Math.round(Math.max(10, Math.min(width, height) * 0.04));
  const stacked = width < 520;
  const headerHeight = Math.round(Math.max(22, Math.min(40, height * 0.07)));
  const available = Math.max(1, height - padding * 2 - headerHeight);
  const rowHeight = available / rowCount;
  const fontSize = Math.round(
    Math.max(12, Math.min(22, stacked ? rowHeight * 0.3 : rowHeight * 0.34, width / 24)),
  );
  const labelWidth = stacked ? 0 : Math.round(Math.min(width * 0.36, fontSize * 9.5));
  const barX = padding + labelWidth;
  const valueWidth = fontSize * 5.2;
  const barWidth = Math.max(40, width - barX - padding - valueWidth);
  const barHeight = Math.round(Math.max(8, Math.min(26, rowHeight * (stacked ? 0.28 : 0.42))));
  const rows = Array.from({ length: rowCount }, (_, i) => ({
    y: Math.round(padding + headerHeight + i * rowHeight),
    height: rowHeight,
    labelX: padding,
    barX,
    barWidth,
    barHeight,
    fontSize,
  }));
  return { padding, headerHeight, rows, stacked };
}

/** Colour bands read the same for every metric: how good the value is, not which way it points. */
export function meterColor(metric: MetricId, value: number): number {
  const g = goodness(metric, value);
  if (g >= 60) return 0x3fb59a;
  if (g >= 35) return 0xe0a93b;
  return 0xe0605a;
}
