import type * as Phaser from 'phaser';
import type { Metrics } from '../engine';
import { layoutHistory, SERIES_COLORS, valueRange } from './chartLayout';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Every metric over the turns played: the debrief's picture of the whole run. */
export class HistoryChart {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly labelFor: (metric: keyof Metrics) => string,
    private readonly axisLabel: string,
    /** Numbers as the active language writes them (Arabic-Indic digits in Arabic). */
    private readonly formatNumber: (value: number) => string,
  ) {
    this.graphics = scene.add.graphics();
  }

  draw(history: readonly Metrics[], width: number, height: number): void {
    this.clearLabels();
    const g = this.graphics.clear();
    const fontSize = Math.round(Math.max(11, Math.min(16, width / 34)));
    const labelWidth = fontSize * 8.5;
    const pad = Math.max(10, Math.round(Math.min(width, height) * 0.05));
    const area = {
      left: pad + fontSize * 1.8,
      top: pad + fontSize * 2,
      width: Math.max(40, width - pad * 2 - labelWidth - fontSize * 1.8),
      height: Math.max(40, height - pad * 2 - fontSize * 3.5),
    };
    const range = valueRange(history);
    const span = Math.max(1, range.max - range.min);
    g.lineStyle(1, 0x2a3a55, 1);
    for (const v of range.ticks) {
      const y = area.top + area.height - (area.height * (v - range.min)) / span;
      g.lineBetween(area.left, y, area.left + area.width, y);
      this.text(this.formatNumber(v), pad, y - fontSize * 0.6, fontSize * 0.85, '#8fa6c4');
    }
    this.text(
      this.axisLabel,
      area.left,
      area.top + area.height + fontSize * 0.6,
      fontSize * 0.85,
      '#8fa6c4',
    );

    for (const series of layoutHistory(history, area, fontSize * 1.25, range)) {
      const color = SERIES_COLORS[series.metric];
      g.lineStyle(3, color, 1);
      g.beginPath();
      series.points.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
      g.strokePath();
      g.fillStyle(color, 1);
      for (const p of series.points) g.fillCircle(p.x, p.y, 3.5);
      const end = series.points.at(-1);
      if (!end) continue;
      this.text(
        this.labelFor(series.metric),
        end.x + fontSize * 0.6,
        series.labelY - fontSize * 0.6,
        fontSize,
        `#${color.toString(16).padStart(6, '0')}`,
      );
    }
  }

  setVisible(visible: boolean): void {
    this.graphics.setVisible(visible);
    if (!visible) this.clearLabels();
  }

  destroy(): void {
    this.clearLabels();
    this.graphics.destroy();
  }

  private text(value: string, x: number, y: number, size: number, color: string): void {
    if (!value) return;
    const label = this.scene.add.text(x, y, value, {
      fontFamily: FONT,
      fontSize: `${Math.round(size)}px`,
      color,
      fontStyle: 'bold',
    });
    label.setResolution(window.devicePixelRatio || 1);
    this.labels.push(label);
  }

  private clearLabels(): void {
    for (const label of this.labels) label.destroy();
    this.labels = [];
  }
}
