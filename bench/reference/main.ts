/**
 * The reference for `npm run bench:web`: a bare Phaser 4 game, one scene with a few shapes that
 * tweens keep moving, and no HTML text. It is built with the game's own Vite build options
 * (target, chunk naming, Phaser in a chunk of its own) and loaded the same way, so the figures it
 * gives are what Phaser alone costs on the benchmark's throttled machine.
 *
 * Chrome does not count a canvas as a largest-contentful-paint candidate, so the scene marks the
 * end of its first rendered frame (`reference-first-frame`): the bench reports that as the
 * reference's "first content".
 */
import * as Phaser from 'phaser';

// scripts/benchWeb.ts waits for this mark by name.
const FIRST_FRAME_MARK = 'reference-first-frame';

const COLOURS = [0x5fd3b3, 0xff8a80, 0x8ab4f8, 0xffd166, 0xc792ea, 0x80cbc4];

class ShapesScene extends Phaser.Scene {
  constructor() {
    super('shapes');
  }

  create(): void {
    const { width, height } = this.scale.gameSize;
    COLOURS.forEach((colour, i) => {
      const x = (width * (i + 1)) / (COLOURS.length + 1);
      const shape =
        i % 2 === 0
          ? this.add.rectangle(x, height * 0.3, 80, 80, colour)
          : this.add.circle(x, height * 0.3, 40, colour);
      // Always something moving, as the game's meters move while consequences are shown.
      this.tweens.add({
        targets: shape,
        y: height * 0.7,
        angle: 180,
        scale: 0.6,
        duration: 900 + i * 120,
        ease: 'Cubic.easeInOut',
        yoyo: true,
        repeat: -1,
      });
    });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      performance.mark(FIRST_FRAME_MARK);
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: document.body,
  backgroundColor: '#0e1726',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [ShapesScene],
});
