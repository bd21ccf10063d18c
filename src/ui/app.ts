import { findScenario } from '../content';
import { LANGUAGE_NAMES, LANGUAGES, loadNamespace, translateDynamic, type I18n } from '../i18n';
import {
  selectApprovalById,
  selectLastReport,
  selectScenario,
  type GameStore,
  type RootState,
  type Screen,
} from '../state';
import type { ScreenRenderer, ScreenView, UiContext } from './context';
import { h, replaceChildren } from './dom';
import { createGlossaryDialog } from './components/glossary';
import { groupsTextList, metersTextList } from './components/meters';
import { createSettingsDialog } from './components/settingsDialog';
import { exportSaveFile } from './components/saveTransfer';
import { download, today } from './download';
import { createSound } from './sound';
import { METRIC_DIRECTION, type TurnReport } from '../engine';
import { applyDisplaySettings } from './displaySettings';
import { prefersReducedMotion } from './motion';
import { renderBriefing } from './screens/briefing';
import { announceReport, renderConsequences } from './screens/consequences';
import { renderEnding } from './screens/ending';
import { renderResult } from './screens/result';
import type * as FacilitatorViews from './facilitator';
import { facilitatorKey } from './facilitator/viewKey';
import { renderSetup } from './screens/setup';
import { renderTitle } from './screens/title';
import { renderTurn } from './screens/turn';

/**
 * The language menu, always in the top bar: each language named in itself, so a player finds
 * theirs whatever is showing. Choosing one keeps the game exactly where it is.
 */
function languagePicker(ctx: UiContext, store: GameStore): HTMLElement {
  return h(
    'span',
    { class: 'language-picker' },
    h(
      'label',
      { class: 'visually-hidden', attrs: { for: 'language' } },
      ctx.i18n.t('settings.language'),
    ),
    h(
      'select',
      {
        id: 'language',
        on: { change: (e) => store.getState().setLanguage((e.target as HTMLSelectElement).value) },
      },
      ...LANGUAGES.map((lng) =>
        h(
          'option',
          { attrs: { value: lng, lang: lng, selected: lng === ctx.i18n.language } },
          LANGUAGE_NAMES[lng],
        ),
      ),
    ),
  );
}

/** What the Phaser layer offers once its chunk has loaded. */
export interface SituationRoom {
  destroy(): void;
  /** Listener and animation counts, for leak tests. */
  stats(): Readonly<Record<string, number>>;
}
export type SituationRoomLoader = (
  parent: HTMLElement,
  deps: { store: GameStore; i18n: I18n; reducedMotion: () => boolean },
) => Promise<SituationRoom>;

type FacilitatorModule = typeof FacilitatorViews;
let facilitatorModule: FacilitatorModule | undefined;

/** The projector's views load on demand: a class playing alone never downloads them. */
const renderFacilitator: ScreenRenderer = (ctx, state, scenario) => {
  if (facilitatorModule) return facilitatorModule.renderFacilitator(ctx, state, scenario);
  const heading = h('h1', { attrs: { tabindex: -1 } }, ctx.i18n.t('app.facilitatorLoading'));
  return {
    element: h('div', { class: 'screen', attrs: { 'aria-busy': 'true' } }, heading),
    focusTarget: heading,
  };
};

const RENDERERS: Record<Screen, ScreenRenderer> = {
  title: renderTitle,
  setup: renderSetup,
  briefing: renderBriefing,
  turn: renderTurn,
  consequences: renderConsequences,
  ending: renderEnding,
  facilitator: (...args) => renderFacilitator(...args),
  result: renderResult,
};

/** The scenario on screen: the facilitator's session's, or the single game's. */
function shownScenario(s: RootState) {
  if (s.screen === 'facilitator') {
    const id = s.session?.setup.scenarioId ?? s.sessionDraft?.scenarioId;
    return id ? findScenario(id) : undefined;
  }
  return selectScenario(s);
}

/** The parts of state that decide what the main area shows; a change re-renders the screen. */
const screenKey = (s: RootState) =>
  `${s.screen}|${s.scenarioId}|${s.setup.seed}|${s.reports.length}|${s.shared?.status}`;
/**
 * The scenario library or a save import's outcome changing updates the title (the list in place,
 * an import's outcome by drawing it again) without moving focus to its heading. The outcome is in
 * the state, so a title drawn again still shows it.
 */
const titleDataKey = (s: RootState) => [s.library, s.lastSaveImport] as const;

export function mountApp(
  root: HTMLElement,
  store: GameStore,
  i18n: I18n,
  loadSituationRoom: SituationRoomLoader,
): {
  roomStats(): Readonly<Record<string, number>> | null;
  soundCues(): number;
  /** Takes the whole interface down (to draw it again in another language). */
  unmount(): void;
} {
  const { t } = i18n;
  const announcer = h('div', {
    class: 'visually-hidden',
    attrs: { 'aria-live': 'polite', role: 'status' },
  });
  const ctx: UiContext = {
    store,
    i18n,
    tx: (text) => translateDynamic(i18n, text),
    announce: (message) => {
      // Clearing first makes screen readers repeat an identical message.
      announcer.textContent = '';
      window.setTimeout(() => (announcer.textContent = message), 50);
    },
    openGlossary: (termId) => glossaryDialog().open(termId),
  };
  // The dialogs are built when first opened: together they were over a third of the interface's
  // first render on a throttled Chromebook-class CPU, for something many players never open.
  const addDialog = <T extends { element: HTMLElement }>(dialog: T): T => {
    root.append(dialog.element);
    return dialog;
  };
  let glossary: ReturnType<typeof createGlossaryDialog> | undefined;
  const glossaryDialog = () =>
    (glossary ??= addDialog(createGlossaryDialog(ctx, () => shownScenario(store.getState()))));
  let settings: ReturnType<typeof createSettingsDialog> | undefined;
  const settingsDialog = () => (settings ??= addDialog(createSettingsDialog(ctx, store)));
  const sound = createSound(() => store.getState().settings);

  const main = h('main', { id: 'main', attrs: { tabindex: -1 } });
  const turnStatus = h('span', { class: 'status-turn' });
  const capitalStatus = h('span', { class: 'status-capital' });
  const roleStatus = h('span', { class: 'status-role' });
  const banner = h('div', { class: 'banner', attrs: { role: 'alert', hidden: true } });
  const sceneNotice = h(
    'p',
    { class: 'banner', attrs: { role: 'status', hidden: true } },
    t('errors.sceneUnavailable'),
  );
  const stage = h('div', { id: 'stage', class: 'stage', attrs: { 'aria-hidden': 'true' } });
  const metersText = h('div', { class: 'meters-alt visually-hidden' });
  const situation = h(
    'aside',
    { class: 'situation', attrs: { 'aria-label': t('meter.listHeading') } },
    stage,
    h('p', { class: 'visually-hidden' }, t('meter.canvasLabel')),
    metersText,
  );

  replaceChildren(
    root,
    h('a', { class: 'skip-link', attrs: { href: '#main' } }, t('app.skipToContent')),
    h(
      'header',
      { class: 'topbar' },
      h(
        'button',
        {
          class: 'brand',
          attrs: { type: 'button', 'aria-label': t('app.toTitle') },
          on: {
            click: () => {
              // Leaving the projector keeps the session, with its timer paused.
              const state = store.getState();
              if (state.screen === 'facilitator') state.leaveSession();
              else state.goToTitle();
            },
          },
        },
        t('app.name'),
      ),
      h('span', { class: 'status' }, roleStatus, turnStatus, capitalStatus),
      h(
        'div',
        { class: 'topbar-actions' },
        languagePicker(ctx, store),
        h(
          'button',
          {
            class: 'button small',
            attrs: { type: 'button', 'aria-haspopup': 'dialog' },
            on: { click: () => glossaryDialog().open() },
          },
          t('glossary.open'),
        ),
        h(
          'button',
          {
            class: 'button small',
            attrs: { type: 'button', 'aria-haspopup': 'dialog' },
            on: { click: () => settingsDialog().open() },
          },
          t('settings.open'),
        ),
      ),
    ),
    banner,
    sceneNotice,
    h('div', { class: 'layout' }, situation, main),
    announcer,
  );

  let view: ScreenView | undefined;
  let shownProblem: RootState['loadProblem'] = null;
  let room: SituationRoom | undefined;
  let roomRequested = false;
  let mounted = true;
  /** The screen on the page, to tell a new screen from the same one drawn again. */
  let shownScreen: RootState['screen'] | undefined;
  const renderScreen = (state: RootState, focus: boolean, toTop = true) => {
    view?.dispose?.();
    const scenario = shownScenario(state);
    try {
      view = RENDERERS[state.screen](ctx, state, scenario);
    } catch (error) {
      // A state no screen can show (a hand-edited save, a bug) falls back to the title, where the
      // saved game can still be continued or replaced; it never leaves a blank page.
      console.error(error);
      view = RENDERERS.title(ctx, state, scenario);
    }
    // A new screen slides in. The same screen drawn again with new data (the scenario list
    // arriving, a language switch) does not, nor does the first one: it replaces the page's own
    // first view of the title, or is the game a reload resumes, and should simply be there.
    if (shownScreen !== undefined && shownScreen !== state.screen)
      view.element.classList.add('is-entering');
    shownScreen = state.screen;
    replaceChildren(main, view.element);
    document.title =
      state.screen === 'facilitator'
        ? t('app.facilitatorTitle', {
            scenario: scenario ? ctx.tx(scenario.titleKey) : t('app.name'),
          })
        : scenario && state.screen !== 'title'
          ? t('app.documentTitle', { scenario: ctx.tx(scenario.titleKey) })
          : t('app.name');
    // Start each screen at the top (the meters sit there on a phone), with focus on its heading.
    if (toTop) window.scrollTo(0, 0);
    if (focus) view.focusTarget.focus({ preventScroll: true });
  };

  const renderChrome = (state: RootState) => {
    const scenario = state.scenarioId ? findScenario(state.scenarioId) : undefined;
    const playing =
      state.screen !== 'title' &&
      state.screen !== 'facilitator' &&
      state.game !== null &&
      scenario !== undefined;
    root.dataset.screen = state.screen;
    applyDisplaySettings(state.settings);
    // Once made, the settings dialog shows the settings as they are.
    settings?.sync();
    turnStatus.hidden = capitalStatus.hidden = roleStatus.hidden = !playing;
    situation.hidden = !playing;
    if (playing && state.game && scenario) {
      const total = scenario.rules.turns.length;
      // On the consequences screen the turn just played is the one being talked about.
      const report = state.screen === 'consequences' ? selectLastReport(state) : undefined;
      const current = report ? report.turnIndex + 1 : Math.min(state.game.turn + 1, total);
      turnStatus.textContent = t('status.turn', { current, total });
      capitalStatus.textContent = t('status.capital', { value: state.game.capital });
      const role = scenario.rules.roles.find((r) => r.id === state.game?.role);
      roleStatus.textContent = role
        ? t('status.role', { role: translateDynamic(i18n, role.nameKey) })
        : '';
      capitalStatus.title = t('status.capitalHelp', scenario.rules.capital);
      const changes = report
        ? Object.fromEntries(report.changes.map((c) => [c.metric, c.after - c.before]))
        : undefined;
      const groupChanges = report
        ? Object.fromEntries(report.approval.map((a) => [a.stakeholder, a.after - a.before]))
        : undefined;
      replaceChildren(
        metersText,
        metersTextList(ctx, state.game.metrics, changes),
        groupsTextList(ctx, selectApprovalById(state), groupChanges),
      );
      if (!roomRequested) startRoom();
    }
    const problem = state.loadProblem;
    banner.hidden = problem === null;
    // Rebuilt only when the problem changes: a live alert must not repeat itself every turn.
    if (problem && problem !== shownProblem) {
      const raw = problem.raw;
      replaceChildren(
        banner,
        h(
          'p',
          {},
          t(`errors.save.${problem.reason}`),
          problem.where ? ` ${t('errors.save.where', { where: problem.where })}` : '',
        ),
        raw !== undefined &&
          h(
            'button',
            {
              class: 'button',
              attrs: { type: 'button', id: 'download-unreadable' },
              on: {
                click: () =>
                  download(
                    `key-decisions-unreadable-save-${today()}.json`,
                    'application/json',
                    raw,
                  ),
              },
            },
            t('errors.save.downloadRaw'),
          ),
        (problem.reason === 'storageFull' || problem.reason === 'storageUnavailable') &&
          h(
            'button',
            {
              class: 'button',
              attrs: { type: 'button' },
              on: { click: () => exportSaveFile(store) },
            },
            t('errors.save.export'),
          ),
        h(
          'button',
          {
            class: 'button',
            attrs: { type: 'button' },
            on: { click: () => store.getState().dismissLoadProblem() },
          },
          t('errors.dismiss'),
        ),
      );
    }
    shownProblem = problem;
  };

  const startRoom = () => {
    roomRequested = true;
    stage.classList.add('is-loading');
    loadSituationRoom(stage, {
      store,
      i18n,
      reducedMotion: () => prefersReducedMotion(store.getState().settings.motion),
    })
      .then((r) => {
        // The interface may have been taken down (a language change) while the room loaded.
        if (!mounted) {
          r.destroy();
          return;
        }
        room = r;
        stage.classList.remove('is-loading');
      })
      .catch(() => {
        // Without the canvas the text alternative becomes the display: nothing is lost.
        stage.hidden = true;
        metersText.classList.remove('visually-hidden');
        sceneNotice.hidden = false;
      });
  };

  renderChrome(store.getState());
  // The page has just loaded, at its top: scrolling there would only make the browser lay the
  // page out at once, inside this (already long) start-up task, instead of at the next frame.
  renderScreen(store.getState(), false, false);
  /** Once the projector's code has arrived, the screen that waited for it is drawn. */
  const whenFacilitatorLoads = () => {
    if (store.getState().screen !== 'facilitator' || facilitatorModule) return;
    void Promise.all([import('./facilitator'), loadNamespace(i18n, 'facilitator')]).then(([m]) => {
      facilitatorModule = m;
      if (store.getState().screen === 'facilitator') renderScreen(store.getState(), true);
    });
  };
  whenFacilitatorLoads();

  /** A cue for the turn as a whole: better or worse by the sum of changes, each the right way up. */
  const playReport = (report: TurnReport) => {
    const net = report.changes.reduce(
      (sum, c) => sum + (c.after - c.before) * METRIC_DIRECTION[c.metric],
      0,
    );
    sound.play('decide');
    sound.play(net >= 0 ? 'better' : 'worse', 0.15);
    if (report.events.length > 0) sound.play('event', 0.6);
  };

  const unsubscribes: (() => void)[] = [];
  unsubscribes.push(
    store.subscribe(screenKey, (_key, previous) => {
      const state = store.getState();
      whenFacilitatorLoads();
      renderChrome(state);
      renderScreen(state, true);
      if (state.screen === 'consequences') {
        const report = selectLastReport(state);
        if (report) {
          ctx.announce(announceReport(ctx, report));
          playReport(report);
        }
      }
      if (state.screen === 'ending' && previous.startsWith('consequences')) sound.play('ending');
    }),
  );
  // The projector's steps re-render it; changes within a step keep focus where it was.
  unsubscribes.push(
    store.subscribe(
      (s) => (s.screen === 'facilitator' ? facilitatorKey(s) : null),
      (key, previous) => {
        if (!key || !previous || store.getState().screen !== 'facilitator') return;
        const newStep = key.step !== previous.step;
        const active = document.activeElement?.id;
        const { scrollY } = window;
        renderScreen(store.getState(), newStep, newStep);
        if (newStep) return;
        window.scrollTo(0, scrollY);
        if (active) document.getElementById(active)?.focus({ preventScroll: true });
      },
      { equalityFn: (a, b) => a?.step === b?.step && a?.detail === b?.detail },
    ),
  );
  unsubscribes.push(
    store.subscribe(
      titleDataKey,
      ([library], [previousLibrary]) => {
        const state = store.getState();
        if (state.screen !== 'title') return;
        if (view?.update?.(state)) return;
        // Focus goes to the outcome of a pack import (its message), otherwise it stays put.
        const imported =
          library.lastImport !== null && library.lastImport !== previousLibrary.lastImport;
        const active = document.activeElement?.id;
        // Only a player's action gets here (an import's outcome): the scenarios arriving during
        // start-up are shown in place by update, with no layout forced in the middle of it.
        const { scrollY } = window;
        renderScreen(state, imported, false);
        if (!imported && scrollY !== 0) window.scrollTo(0, scrollY);
        if (!imported && active) document.getElementById(active)?.focus({ preventScroll: true });
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    ),
  );
  unsubscribes.push(
    store.subscribe(
      (s) => [s.settings, s.loadProblem, s.game] as const,
      () => renderChrome(store.getState()),
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
    ),
  );
  const onPageHide = (event: PageTransitionEvent) => {
    // A page kept in the back/forward cache comes back as it was: keep its room.
    if (!event.persisted) room?.destroy();
  };
  window.addEventListener('pagehide', onPageHide);
  return {
    roomStats: () => room?.stats() ?? null,
    soundCues: () => sound.played(),
    unmount() {
      mounted = false;
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      window.removeEventListener('pagehide', onPageHide);
      view?.dispose?.();
      room?.destroy();
      room = undefined;
      root.replaceChildren();
    },
  };
}
