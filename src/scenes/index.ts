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
        type: Phaser.AUTO,
        parent,
        backgroundColor: '#0e1726',
        banner: false,
        // No multisampling: the board is axis-aligned bars, 1 px grid lines and text drawn on
        // canvases, so it only smoothed the tiles' corners, while it multiplied the work of
        // every frame — by three on a software renderer (npm run bench:web), where it made the
        // meters' animation stutter on a throttled Chromebook-class CPU.
        antialiasGL: false,
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
