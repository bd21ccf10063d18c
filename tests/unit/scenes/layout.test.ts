import { describe, expect, it } from 'vitest';
import { METRIC_IDS, type Metrics } from '../../../src/engine';
import { layoutHistory, valueRange } from '../../../src/scenes/chartLayout';
import { groupBoardHeight, layoutGroups } from '../../../src/scenes/groupLayout';
import { layoutBoard, meterColor } from '../../../src/scenes/meterLayout';

const flat = (value: number): Metrics =>
  Object.fromEntries(METRIC_IDS.map((id) => [id, value])) as unknown as Metrics;

describe('meter board layout', () => {
  it.each([
    [320, 240],
    [360, 260],
    [500, 460],
    [1200, 460],
  ])('fits seven rows inside a %i×%i stage without overlap', (width, height) => {
    const board = layoutBoard(width, height, 7);
    for (const [i, row] of board.rows.entries()) {
      expect(row.barX + row.barWidth).toBeLessThanOrEqual(width);
      expect(row.y + row.height).toBeLessThanOrEqual(height + 0.5);
      const next = board.rows[i + 1];
      if (next) expect(next.y).toBeGreaterThanOrEqual(row.y + row.barHeight);
    }
    expect(board.stacked).toBe(width < 520);
  });

  it('colours by how good a value is, so online harm reads the other way round', () => {
    expect(meterColor('security', 80)).toBe(meterColor('harm', 20));
    expect(meterColor('security', 20)).toBe(meterColor('harm', 80));
  });
});

describe('history chart layout', () => {
  it('keeps end labels apart and inside the chart even when lines end together', () => {
    const history = [flat(50), flat(52), flat(52)];
    const area = { left: 0, top: 10, width: 300, height: 200 };
    const series = layoutHistory(history, area, 14, valueRange(history));
    const ys = series.map((s) => s.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i += 1)
      expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14 - 1e-9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(area.top + area.height + 1e-9);
    expect(series).toHaveLength(7);
    expect(series[0]?.points).toHaveLength(3);
  });

  it('widens the value range to whole tens around the data', () => {
    expect(valueRange([flat(47), flat(63)])).toEqual({ min: 40, max: 70, ticks: [40, 50, 60, 70] });
    expect(valueRange([flat(2), flat(98)])).toMatchObject({
      min: 0,
      max: 100,
      ticks: [0, 25, 50, 75, 100],
    });
  });
});

describe('stakeholder board layout', () => {
  it.each([
    [0, 0],
    [8, 0],
    [30, 20],
  ])('gives a %i×%i stage (hidden or collapsing) empty tiles, never negative ones', (w, h) => {
    const board = groupBoardHeight(h);
    for (const tile of layoutGroups(10, h - board, w - 20, board - 10, 10)) {
      expect(tile.width).toBeGreaterThanOrEqual(0);
      expect(tile.height).toBeGreaterThanOrEqual(0);
    }
  });

  it.each([
    [320, 340],
    [360, 370],
    [600, 560],
    [1200, 560],
  ])('fits ten tiles under the meters of a %i×%i stage without overlap', (width, height) => {
    const board = groupBoardHeight(height);
    expect(board).toBeLessThan(height * 0.4);
    const tiles = layoutGroups(10, height - board, width - 20, board - 10, 10);
    expect(tiles).toHaveLength(10);
    for (const [i, tile] of tiles.entries()) {
      expect(tile.x + tile.width).toBeLessThanOrEqual(width - 10);
      expect(tile.y + tile.height).toBeLessThanOrEqual(height);
      expect(tile.y).toBeGreaterThanOrEqual(height - board);
      for (const other of tiles.slice(i + 1)) {
        const apart =
          other.x >= tile.x + tile.width ||
          tile.x >= other.x + other.width ||
          other.y >= tile.y + tile.height ||
          tile.y >= other.y + other.height;
        expect(apart).toBe(true);
      }
    }
  });
});
