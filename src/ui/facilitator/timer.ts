import { numberLocale } from '../../i18n';
import { timerRemaining, type GameStore } from '../../state';
import type { UiContext } from '../context';
import { facilitatorT } from './labels';
import { h } from '../dom';

/** mm:ss, digits through Intl so they follow the active language. */
function clock(language: string, ms: number): string {
  const total = Math.ceil(ms / 1000);
  const two = new Intl.NumberFormat(numberLocale(language), { minimumIntegerDigits: 2 });
  return `${two.format(Math.floor(total / 60))}:${two.format(total % 60)}`;
}

/**
 * The turn timer as the room sees it. It only informs: at zero it says time is up and waits for
 * the facilitator. It redraws itself (four times a second) without re-rendering the screen.
 */
export function timerDisplay(ctx: UiContext, store: GameStore) {
  const ft = facilitatorT(ctx);
  const time = h('span', { class: 'timer-time' });
  const state = h('span', { class: 'timer-state' });
  const element = h(
    'div',
    { class: 'timer', attrs: { role: 'timer', 'aria-label': ft('timer.label') } },
    time,
    state,
  );
  let announcedUp = false;
  const draw = () => {
    const timer = store.getState().session?.timer ?? null;
    element.hidden = timer === null;
    if (!timer) return;
    const left = timerRemaining(timer, Date.now());
    time.textContent = clock(ctx.i18n.language, left);
    const up = left <= 0;
    element.classList.toggle('is-up', up);
    element.classList.toggle('is-paused', timer.startedAt === null && !up);
    state.textContent = up ? ft('timer.up') : timer.startedAt === null ? ft('timer.paused') : '';
    if (up && !announcedUp) ctx.announce(ft('timer.up'));
    announcedUp = up;
  };
  draw();
  const interval = window.setInterval(draw, 250);
  const unsubscribe = store.subscribe((s) => s.session?.timer, draw);
  return {
    element,
    dispose() {
      window.clearInterval(interval);
      unsubscribe();
    },
  };
}
