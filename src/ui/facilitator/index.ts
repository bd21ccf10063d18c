import { findScenario } from '../../content';
import type { RootState } from '../../state';
import type { ScreenRenderer, ScreenView, UiContext } from '../context';
import { h } from '../dom';
import { facilitatorT } from './labels';
import {
  briefingView,
  decisionsView,
  hotWashView,
  opinionView,
  resultsView,
  revealView,
  situationView,
  type PhaseArgs,
  type PhaseView,
} from './phases';
import { reportView } from './report';
import { renderSessionSetup } from './sessionSetup';
import { actionForKey, shortcutBar, shortcutSheet, toggleContrast } from './shortcuts';
import { timerDisplay } from './timer';

function phaseView(args: PhaseArgs): PhaseView {
  switch (args.session.phase) {
    case 'opinionBefore':
      return opinionView(args, 'before');
    case 'opinionAfter':
      return opinionView(args, 'after');
    case 'briefing':
      return briefingView(args);
    case 'situation':
      return situationView(args);
    case 'decisions':
      return decisionsView(args);
    case 'reveal':
      return revealView(args);
    case 'results':
      return resultsView(args);
    case 'hotWash':
      return hotWashView(args);
    case 'report':
      return reportView(args);
  }
}

function errorMessage(ctx: UiContext, state: RootState): string {
  const error = state.sessionError;
  if (!error || error.kind === 'choice') return '';
  return facilitatorT(ctx)(`errors.${error.kind}`);
}

export const renderFacilitator: ScreenRenderer = (ctx, state) => {
  const session = state.session;
  const worlds = state.worlds;
  const scenario = session ? findScenario(session.setup.scenarioId) : undefined;
  if (!session || !worlds || !scenario) return renderSessionSetup(ctx, state);
  const ft = facilitatorT(ctx);
  const store = ctx.store;
  const args: PhaseArgs = { ctx, state, session, worlds, scenario };
  const view = phaseView(args);
  const timer = timerDisplay(ctx, store);
  const sheet = shortcutSheet(ctx);
  const total = scenario.rules.turns.length;
  const playing = ['situation', 'decisions', 'reveal', 'results', 'hotWash'].includes(
    session.phase,
  );

  const control = (label: string, keys: string, onClick: () => void, id: string) =>
    h(
      'button',
      {
        class: 'button',
        attrs: { type: 'button', id, 'aria-keyshortcuts': keys },
        on: { click: onClick },
      },
      label,
    );
  const act = {
    next: () => store.getState().sessionNext(),
    back: () => store.getState().sessionBack(),
    reveal: () => {
      const now = store.getState().session;
      if (now?.phase === 'decisions') store.getState().sessionNext();
    },
    pause: () => store.getState().toggleTimer(),
    more: () => store.getState().adjustTimer(30),
    less: () => store.getState().adjustTimer(-30),
    contrast: () => toggleContrast(store),
    sheet: () => sheet.show(),
  };

  const onKey = (event: KeyboardEvent) => {
    if (document.querySelector('dialog[open]')) return;
    const action = actionForKey(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'pick') {
      const now = store.getState().session;
      if (now?.phase !== 'decisions' || !now.entryOpen) return;
      const buttons = document.querySelectorAll<HTMLButtonElement>('.choice-button');
      buttons[Number(event.key) - 1]?.click();
      return;
    }
    act[action]();
  };
  document.addEventListener('keydown', onKey);

  const element = h(
    'div',
    { class: `screen facilitator-screen projector phase-${session.phase}` },
    h(
      'header',
      { class: 'projector-head' },
      h(
        'p',
        { class: 'eyebrow' },
        playing
          ? ft('headTurn', {
              scenario: ctx.tx(scenario.titleKey),
              mode: ft(`mode.${session.setup.mode}`),
              turn: session.turn + 1,
              total,
            })
          : ft('head', {
              scenario: ctx.tx(scenario.titleKey),
              mode: ft(`mode.${session.setup.mode}`),
            }),
      ),
      timer.element,
    ),
    view.heading,
    ...view.body,
    h('p', { class: 'form-error', attrs: { role: 'alert' } }, errorMessage(ctx, state)),
    h(
      'nav',
      { class: 'projector-controls', attrs: { 'aria-label': ft('controls') } },
      control(ft('back'), 'B', act.back, 'session-back'),
      control(ft('next'), 'N', act.next, 'session-next'),
      session.timer &&
        control(
          ft(session.timer.startedAt === null ? 'timer.resume' : 'timer.pause'),
          'P',
          act.pause,
          'timer-pause',
        ),
      playing && control(ft('timer.more'), '+', act.more, 'timer-more'),
      session.timer && control(ft('timer.less'), '-', act.less, 'timer-less'),
      control(ft('keys.sheet'), '?', act.sheet, 'shortcut-open'),
      control(ft('leave'), '', () => store.getState().leaveSession(), 'session-leave'),
      session.phase === 'report' &&
        control(
          ft('end'),
          '',
          () => {
            if (window.confirm(ft('endConfirm'))) store.getState().endSession();
          },
          'session-end',
        ),
    ),
    shortcutBar(ctx),
    sheet.element,
  );
  const result: ScreenView = {
    element,
    focusTarget: view.heading,
    dispose() {
      document.removeEventListener('keydown', onKey);
      timer.dispose();
      if (sheet.element.open) sheet.element.close();
    },
  };
  return result;
};
