import type * as Phaser from 'phaser';

/**
 * Runs Phaser's loop only while something moves. A board of meters is still most of the time, and
 * a school Chromebook (or a software-rendered test browser) should not redraw it 60 times a second.
 */
export class RenderOnDemand {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly game: Phaser.Game) {}

  /** Keeps the loop running for at least `ms`, then lets it sleep. */
  keepAwake(ms: number): void {
    if (!this.game.loop.running) this.game.loop.wake(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.game.loop.sleep(), ms);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
