import type * as Phaser from 'phaser';

/**
 * Runs Phaser's loop only while something moves. A board of meters is still most of the time, and
 * a school Chromebook (or a software-rendered test browser) should not redraw it 60 times a second.
 */
export class RenderOnDemand {
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `busy` says whether something still moves (a tween): the loop never sleeps under it, even
   * when a loaded machine draws frames slower than the time it was kept awake for. */
  constructor(
    private readonly game: Phaser.Game,
    private readonly busy: () => boolean = () => false,
  ) {}

  /** Keeps the loop running for at least `ms`, then lets it sleep once nothing moves. */
  keepAwake(ms: number): void {
    if (!this.game.loop.running) this.game.loop.wake(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.busy()) this.keepAwake(ms);
      else this.game.loop.sleep();
    }, ms);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
