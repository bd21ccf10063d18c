import * as Phaser from 'phaser';
import { SituationScene, type SceneDeps } from './SituationScene';

/**
 * Starts the Phaser situation room inside `parent`. This module is the lazy chunk's entry: nothing
 * imports it statically, so Phaser downloads only once play begins.
 */
export function startSituationRoom(
  parent: HTMLElement,
  deps: SceneDeps,
): Promise<{ destroy(): void }> {
  return new Promise((resolve, reject) => {
    try {
      const game = new Phaser.Game({
        type: Phaser.AUTO,
        parent,
        backgroundColor: '#0e1726',
        banner: false,
        audio: { noAudio: true },
        scale: {
          mode: Phaser.Scale.RESIZE,
          width: parent.clientWidth || 400,
          height: parent.clientHeight || 300,
        },
        scene: [new SituationScene(deps)],
      });
      game.events.once(Phaser.Core.Events.READY, () => {
        game.canvas.setAttribute('aria-hidden', 'true');
        resolve({
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
