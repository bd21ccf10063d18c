/** The arithmetic of `npm run bench:web`: medians, percentiles, blocking time, a trend. */
import type { LongTask } from './probes';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/**
 * Total blocking time, as Lighthouse defines it: for each long task after first contentful paint,
 * the part beyond 50 ms (a task that straddles `from` counts from `from` only).
 */
export function totalBlockingTime(tasks: readonly LongTask[], from: number): number {
  let total = 0;
  for (const task of tasks) {
    const end = task.start + task.duration;
    if (end <= from) continue;
    total += Math.max(0, end - Math.max(task.start, from) - 50);
  }
  return total;
}

/** Least-squares slope of `values` against their index (units per step). */
export function slope(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

/**
 * Frame times from requestAnimationFrame timestamps: the gap before each frame that falls after
 * `from` (the first one measured from the last frame before `from`).
 */
export function frameTimes(stamps: readonly number[], from: number): number[] {
  const times: number[] = [];
  for (let i = 1; i < stamps.length; i += 1)
    if (stamps[i]! > from) times.push(stamps[i]! - stamps[i - 1]!);
  return times;
}
