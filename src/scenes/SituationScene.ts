import * as Phaser from 'phaser';
import {
  isImprovement,
  METRIC_DIRECTION,
  METRIC_IDS,
  type MetricId,
  type Metrics,
} from '../engine';
import { formatNumber, type I18n } from '../i18n';
import { selectApprovalById, selectLastReport, selectScenario, type GameStore } from '../state';
import { approvalColor, groupBoardHeight, layoutGroups, type GroupTile } from './groupLayout';
import { HistoryChart } from './HistoryChart';
import { layoutBoard, meterColor, type BoardLayout } from './meterLayout';
import { RenderOnDemand } from './renderOnDemand';

export interface SceneDeps {
  readonly store: GameStore;
  readonly i18n: I18n;
  readonly reducedMotion: () => boolean;
}

interface MeterRow {
  readonly metric: MetricId;
  readonly label: Phaser.GameObjects.Text;
  readonly value: Phaser.GameObjects.Text;
  readonly delta: Phaser.GameObjects.Text;
  /** What the bar shows right now; tweened towards the state's value. */
  shown: number;
  /** Where the bar stood before the last turn, drawn as a faint marker. */
  before: number | null;
  /** On the consequences screen: the range the turn could have ended in, given its uncertain
   * effects (each cause's range); the bar shows where it did end. */
  band: readonly [number, number] | null;
}

interface GroupView {
  readonly id: string;
  readonly name: Phaser.GameObjects.Text;
  readonly value: Phaser.GameObjects.Text;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const ANIMATION_MS = 900;
/** The board grid's cell size in pixels. */
const GRID = 32;

/**
 * The situation room: seven meters that animate each turn's change. It only reads the store and
 * draws; every number it shows is also in the HTML text alternative.
 */
export class SituationScene extends Phaser.Scene {
  private rows: MeterRow[] = [];
  /** Numbers as the active language writes them (Arabic-Indic digits in Arabic). */
  private number(value: number): string {
    return formatNumber(this.deps.i18n.language, value);
  }
  private groups: GroupView[] = [];
  private groupTiles: GroupTile[] = [];
  /** The meters' bars: the only drawing that changes while the meters animate. */
  private bars!: Phaser.GameObjects.Graphics;
  /** The stakeholder tiles, drawn when the turn or the layout changes, not every frame. */
  private tiles!: Phaser.GameObjects.Graphics;
  /**
   * The grid's lines, drawn when the layout changes. No full-screen fill: the camera already clears
   * to the board's colour, and on a software renderer every full-screen layer costs a frame dearly.
   */
  private backdrop!: Phaser.GameObjects.Graphics;
  private heading!: Phaser.GameObjects.Text;
  private layout!: BoardLayout;
  private tween: Phaser.Tweens.Tween | undefined;
  private chart!: HistoryChart;
  private frames!: RenderOnDemand;

  constructor(private readonly deps: SceneDeps) {
    super('situation');
  }

  create(): void {
    const { t } = this.deps.i18n;
    const state = this.deps.store.getState();
    const metrics = state.game?.metrics;
    this.backdrop = this.add.graphics();
    this.tiles = this.add.graphics();
    this.bars = this.add.graphics();
    this.heading = this.add.text(
      0,
      0,
      t('meter.listHeading').toLocaleUpperCase(this.deps.i18n.language),
      {
        fontFamily: FONT,
        color: '#8fa6c4',
        fontStyle: 'bold',
      },
    );
    this.rows = METRIC_IDS.map((metric) => {
      const name = t(`metrics.${metric}.name`);
      const labelText =
        METRIC_DIRECTION[metric] === -1 ? t('meter.labelLowerIsBetter', { name }) : name;
      const label = this.add.text(0, 0, labelText, { fontFamily: FONT, color: '#e8eef7' });
      const value = this.add.text(0, 0, '', {
        fontFamily: FONT,
        color: '#e8eef7',
        fontStyle: 'bold',
      });
      const delta = this.add.text(0, 0, '', { fontFamily: FONT, fontStyle: 'bold' });
      for (const text of [label, value, delta]) text.setResolution(window.devicePixelRatio || 1);
      return {
        metric,
        label,
        value,
        delta,
        shown: metrics?.[metric] ?? 0,
        before: null,
        band: null,
      };
    });

    // The stakeholder board: each group's approval, which decides the government's room to act.
    const translate = this.deps.i18n.t as unknown as (key: string) => string;
    const stakeholders = selectScenario(state)?.rules.stakeholders ?? [];
    this.groups = stakeholders.map((group) => {
      const name = this.add.text(0, 0, translate(`policy:stakeholdersShort.${group.id}`), {
        fontFamily: FONT,
        color: '#c9d6ea',
      });
      const value = this.add.text(0, 0, '', { fontFamily: FONT, fontStyle: 'bold' });
      for (const text of [name, value]) text.setResolution(window.devicePixelRatio || 1);
      return { id: group.id, name, value };
    });

    this.chart = new HistoryChart(
      this,
      (metric) => t(`metrics.${metric}.name`),
      t('meter.chartAxis'),
      (value) => this.number(value),
    );

    this.frames = new RenderOnDemand(this.game, () => this.tweens.getTweens().length > 0);
    const onWindowResize = () => this.frames.keepAwake(600);
    window.addEventListener('resize', onWindowResize);

    this.relayout();
    this.showDeltas();

    this.scale.on(Phaser.Scale.Events.RESIZE, this.relayout);
    const unsubscribeMetrics = this.deps.store.subscribe(
      (s) => s.game?.metrics,
      (next, previous) => this.onMetrics(next, previous),
    );
    const unsubscribeApproval = this.deps.store.subscribe(
      (s) => s.game?.approval,
      () => this.draw(),
    );
    const unsubscribeScreen = this.deps.store.subscribe(
      (s) => s.screen,
      () => this.showDeltas(),
    );
    // Free every listener and tween when the scene stops: it can restart at any time.
    let cleaned = false;
    const cleanUp = () => {
      if (cleaned) return;
      cleaned = true;
      unsubscribeMetrics();
      unsubscribeApproval();
      unsubscribeScreen();
      this.scale.off(Phaser.Scale.Events.RESIZE, this.relayout);
      this.tween?.stop();
      this.chart.destroy();
      this.frames.dispose();
      window.removeEventListener('resize', onWindowResize);
      this.rows = [];
      this.groups = [];
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanUp);
    // A destroyed game emits DESTROY, not SHUTDOWN: free everything in both cases, once.
    this.events.once(Phaser.Scenes.Events.DESTROY, cleanUp);
  }

  private onMetrics(next: Metrics | undefined, previous: Metrics | undefined): void {
    if (!next) return;
    this.tween?.stop();
    const from = Object.fromEntries(this.rows.map((r) => [r.metric, r.shown])) as Record<
      MetricId,
      number
    >;
    for (const row of this.rows) row.before = previous ? previous[row.metric] : null;
    const finish = () => {
      for (const row of this.rows) row.shown = next[row.metric];
      this.draw();
    };
    if (this.deps.reducedMotion() || !previous) {
      finish();
      return;
    }
    this.frames.keepAwake(ANIMATION_MS + 300);
    this.tween = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: ANIMATION_MS,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => {
        const p = tween.getValue() ?? 1;
        for (const row of this.rows)
          row.shown = from[row.metric] + (next[row.metric] - from[row.metric]) * p;
        this.drawMeters();
      },
      onComplete: finish,
    });
  }

  /** Change labels show on the consequences screen only, where the player is asking "why". */
  private showDeltas(): void {
    const state = this.deps.store.getState();
    const report = state.screen === 'consequences' ? selectLastReport(state) : undefined;
    for (const row of this.rows) {
      const change = report?.changes.find((c) => c.metric === row.metric);
      const amount = change ? change.after - change.before : 0;
      row.band = null;
      if (change?.causes.some((c) => c.range !== null)) {
        let low = change.before;
        let high = change.before;
        for (const cause of change.causes) {
          if (cause.kind === 'limit') continue;
          low += cause.range ? cause.range[0] : cause.amount;
          high += cause.range ? cause.range[1] : cause.amount;
        }
        const clamp = (v: number) => Math.max(0, Math.min(100, v));
        row.band = [clamp(Math.min(low, high)), clamp(Math.max(low, high))];
      }
      if (amount === 0) {
        row.delta.setText('');
        if (!report) row.before = null;
        continue;
      }
      const better = isImprovement(row.metric, amount);
      row.delta.setText(
        `${amount > 0 ? '▲' : '▼'} ${amount > 0 ? '+' : '−'}${this.number(Math.abs(amount))}`,
      );
      row.delta.setColor(better ? '#5fd3b3' : '#ff8a80');
      row.before = change?.before ?? null;
    }
    this.draw();
  }

  private readonly relayout = (): void => {
    const { width, height } = this.scale.gameSize;
    const boardHeight = this.groups.length > 0 ? groupBoardHeight(height) : 0;
    this.layout = layoutBoard(width, height - boardHeight, this.rows.length);
    const { padding, headerHeight } = this.layout;
    this.groupTiles = layoutGroups(
      padding,
      height - boardHeight,
      width - padding * 2,
      boardHeight - padding,
      this.groups.length,
    );
    this.groups.forEach((group, i) => {
      const tile = this.groupTiles[i];
      if (!tile) return;
      const inset = Math.round(tile.fontSize * 0.45);
      group.name.setFontSize(`${tile.fontSize}px`);
      group.name.setWordWrapWidth(tile.width - inset * 2);
      group.name.setPosition(tile.x + inset, tile.y + inset * 0.6);
      // A long single word ("Researchers") cannot wrap: shrink it to fit its tile on a phone.
      group.name.setScale(1);
      group.name.setScale(Math.min(1, (tile.width - inset * 2) / Math.max(1, group.name.width)));
      group.value.setFontSize(`${tile.fontSize}px`);
      group.value.setPosition(tile.x + inset, tile.y + tile.height - inset - tile.fontSize * 1.9);
    });
    this.heading.setFontSize(Math.max(11, Math.round(headerHeight * 0.45)));
    this.heading.setPosition(padding, padding);
    this.layout.rows.forEach((geometry, i) => {
      const row = this.rows[i];
      if (!row) return;
      const size = `${geometry.fontSize}px`;
      row.label.setFontSize(size);
      row.value.setFontSize(size);
      row.delta.setFontSize(`${Math.round(geometry.fontSize * 0.9)}px`);
      const barY = this.barY(i);
      if (this.layout.stacked)
        row.label.setPosition(geometry.labelX, barY - geometry.fontSize * 1.35);
      else
        row.label.setPosition(
          geometry.labelX,
          barY + geometry.barHeight / 2 - geometry.fontSize * 0.62,
        );
      const textY = barY + geometry.barHeight / 2 - geometry.fontSize * 0.62;
      row.value.setPosition(geometry.barX + geometry.barWidth + geometry.fontSize * 0.5, textY);
      row.delta.setPosition(geometry.barX + geometry.barWidth + geometry.fontSize * 2.3, textY);
    });
    this.draw();
  };

  private barY(index: number): number {
    const geometry = this.layout.rows[index];
    if (!geometry) return 0;
    const offset = this.layout.stacked
      ? geometry.height * 0.55
      : (geometry.height - geometry.barHeight) / 2;
    return Math.round(geometry.y + offset);
  }

  private draw(): void {
    this.frames.keepAwake(300);
    const { width, height } = this.scale.gameSize;
    const state = this.deps.store.getState();
    // The ending shows the whole run as a chart; every other screen shows the meters.
    const history = state.screen === 'ending' ? state.game?.history : undefined;
    this.backdrop.clear().lineStyle(1, 0x1c2a40, 1);
    for (let x = 0; x < width; x += GRID) this.backdrop.lineBetween(x, 0, x, height);
    for (let y = 0; y < height; y += GRID) this.backdrop.lineBetween(0, y, width, y);

    this.bars.clear();
    this.tiles.clear();
    const showBoard = history === undefined;
    this.heading.setVisible(showBoard);
    for (const row of this.rows)
      for (const text of [row.label, row.value, row.delta]) text.setVisible(showBoard);
    for (const group of this.groups)
      for (const text of [group.name, group.value]) text.setVisible(showBoard);
    this.chart.setVisible(!showBoard);
    if (history) {
      this.chart.draw(history, width, height);
      return;
    }
    this.drawMeters();
    this.drawGroups();
  }

  /** The seven meters at their shown values: every frame of the animation draws only these. */
  private drawMeters(): void {
    this.frames.keepAwake(300);
    this.bars.clear();
    this.rows.forEach((row, i) => {
      const geometry = this.layout.rows[i];
      if (!geometry) return;
      const y = this.barY(i);
      const { barX, barWidth, barHeight } = geometry;
      this.bars.fillStyle(0x22324b, 1).fillRoundedRect(barX, y, barWidth, barHeight, barHeight / 3);
      const value = Math.max(0, Math.min(100, row.shown));
      const fill = (barWidth * value) / 100;
      if (fill > 0)
        this.bars
          .fillStyle(meterColor(row.metric, value), 1)
          .fillRoundedRect(
            barX,
            y,
            Math.max(fill, 2),
            barHeight,
            Math.min(barHeight / 3, fill / 2),
          );
      if (row.band && row.band[1] > row.band[0]) {
        // The uncertainty band: a translucent stripe over the range the turn could have reached.
        const bandX = barX + (barWidth * row.band[0]) / 100;
        const bandWidth = (barWidth * (row.band[1] - row.band[0])) / 100;
        this.bars.fillStyle(0xffffff, 0.22).fillRect(bandX, y - 3, bandWidth, barHeight + 6);
        this.bars.lineStyle(1, 0xffffff, 0.6).strokeRect(bandX, y - 3, bandWidth, barHeight + 6);
      }
      // Quarter ticks help read a value from across a room.
      this.bars.fillStyle(0x0e1726, 0.55);
      for (const q of [25, 50, 75])
        this.bars.fillRect(barX + (barWidth * q) / 100 - 1, y, 2, barHeight);
      if (row.before !== null) {
        const markX = barX + (barWidth * row.before) / 100;
        this.bars.fillStyle(0xffffff, 0.85).fillRect(markX - 1.5, y - 4, 3, barHeight + 8);
      }
      row.value.setText(this.number(Math.round(value)));
    });
  }

  /** Tiles with each group's approval: a number, a bar, a colour band and, after a turn, the change. */
  private drawGroups(): void {
    const state = this.deps.store.getState();
    const approval = selectApprovalById(state);
    const report = state.screen === 'consequences' ? selectLastReport(state) : undefined;
    this.groups.forEach((group, i) => {
      const tile = this.groupTiles[i];
      if (!tile) return;
      const value = Math.round(approval[group.id] ?? 0);
      const color = approvalColor(value);
      this.tiles.fillStyle(0x16233a, 1).fillRoundedRect(tile.x, tile.y, tile.width, tile.height, 6);
      this.tiles
        .lineStyle(2, color, 0.9)
        .strokeRoundedRect(tile.x, tile.y, tile.width, tile.height, 6);
      const inset = Math.round(tile.fontSize * 0.45);
      const barHeight = Math.max(4, Math.round(tile.fontSize * 0.4));
      const barY = tile.y + tile.height - inset - barHeight;
      const barWidth = tile.width - inset * 2;
      this.tiles.fillStyle(0x22324b, 1).fillRect(tile.x + inset, barY, barWidth, barHeight);
      this.tiles
        .fillStyle(color, 1)
        .fillRect(tile.x + inset, barY, (barWidth * value) / 100, barHeight);
      const change = report?.approval.find((a) => a.stakeholder === group.id);
      const amount = change ? change.after - change.before : 0;
      const arrow = amount > 0 ? ` ▲${amount}` : amount < 0 ? ` ▼${-amount}` : '';
      group.value.setText(`${this.number(value)}${arrow}`);
      // setColor draws the text anew even when the colour is unchanged: ten texts, on every
      // frame of the meters' animation, for nothing.
      const textColor = amount > 0 ? '#5fd3b3' : amount < 0 ? '#ff8a80' : '#e8eef7';
      if (group.value.style.color !== textColor) group.value.setColor(textColor);
    });
  }
}
