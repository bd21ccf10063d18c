import * as Phaser from 'phaser';
import { SituationScene, type SceneDeps } from './SituationScene';

/**
 * Starts the Phaser situation room inside `parent`. This module is the lazy chunk's entry: nothing
 * imports it statically, so Phaser downloads only once play begins.
 */
/** Listeners and running animations, for leak tests: they must not grow as games come and go. */
export type RoomStats = {
  readonly gameListeners: number;
  readonly sceneListeners: number;
  readonly scaleListeners: number;
  readonly tweens: number;
};

const listenerTotal = (emitter: Phaser.Events.EventEmitter): number =>
  emitter.eventNames().reduce((sum, name) => sum + emitter.listenerCount(name), 0);

export function startSituationRoom(
  parent: HTMLElement,
  deps: SceneDeps,
): Promise<{ destroy(): void; stats(): RoomStats }> {
  return new Promise((resolve, reject) => {
    try {
      const scene = new SituationScene(deps);
      const game = new Phaser.Game({
        // The 2D canvas renderer, not WebGL. The board is a few dozen bars, tiles and texts:
        // a 2D canvas draws them in a millisecond or two, with no shaders to compile and no GPU
        // context to lose. Under WebGL, where the GPU is missing or blocklisted (older school
        // Chromebooks, and the test browsers here) Chrome renders with SwiftShader on the CPU
        // and reads every frame back for the page: measured with npm run bench:web on a
        // throttled CPU, that made the meters' animation run at 20–30 fps, with a 100 ms stall
        // on the first frame after a decision; with the 2D canvas it runs at 60.
        type: Phaser.CANVAS,
        parent,
        backgroundColor: '#0e1726',
        banner: false,
        audio: { noAudio: true },
        scale: {
          mode: Phaser.Scale.RESIZE,
          width: parent.clientWidth || 400,
          height: parent.clientHeight || 300,
        },
        scene: [scene],
      });
      game.events.once(Phaser.Core.Events.READY, () => {
        game.canvas.setAttribute('aria-hidden', 'true');
        resolve({
          stats: () => ({
            gameListeners: listenerTotal(game.events),
            sceneListeners: listenerTotal(scene.events),
            scaleListeners: listenerTotal(scene.scale),
            tweens: scene.tweens.getTweens().length,
          }),
          destroy: () => {
            // Phaser tears down on its next step; the loop may be asleep (render on demand).
            game.loop.wake();
            game.destroy(true);
          },
        });
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
