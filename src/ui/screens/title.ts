import { formatList } from '../../i18n';
import { findScenario, type Scenario } from '../../content';
import type { RootState } from '../../state';
import type { ScreenRenderer, UiContext } from '../context';
import { h, syncChildren } from '../dom';
import { renderPackImport } from '../components/packImport';
import { saveTransferPanel } from '../components/saveTransfer';
import { untranslatedNote } from '../components/untranslated';

function scenarioCard(ctx: UiContext, state: RootState, scenario: Scenario): HTMLElement {
  const { t } = ctx.i18n;
  const total = scenario.rules.turns.length;
  const resumable = state.game !== null && state.scenarioId === scenario.id;
  const headingId = `scenario-${scenario.id}`;
  const imported = scenario.origin === 'imported';
  const meta = {
    period: ctx.tx(scenario.periodKey),
    turns: total,
    minutes: scenario.estimatedMinutes,
  };
  const remove = () => {
    const question = resumable
      ? t('library.removeWithGame', { title: ctx.tx(scenario.titleKey) })
      : t('library.removeConfirm', { title: ctx.tx(scenario.titleKey) });
    if (window.confirm(question)) ctx.store.getState().removePack(scenario.id);
  };
  return h(
    'article',
    { class: 'scenario-card', attrs: { 'aria-labelledby': headingId } },
    h('h3', { id: headingId }, ctx.tx(scenario.titleKey)),
    imported && h('p', { class: 'badge' }, t('library.importedBadge')),
    untranslatedNote(ctx, scenario),
    h(
      'p',
      { class: 'meta' },
      scenario.settingKey
        ? t('title.metaWithSetting', { ...meta, setting: ctx.tx(scenario.settingKey) })
        : t('title.meta', meta),
    ),
    h('p', {}, ctx.tx(scenario.summaryKey)),
    h(
      'p',
      { class: 'card-roles' },
      t('title.roles', {
        roles: formatList(
          ctx.i18n.language,
          scenario.rules.roles.map((r) => ctx.tx(r.nameKey)),
        ),
      }),
    ),
    h(
      'details',
      { class: 'card-goals' },
      h('summary', {}, t('title.goals')),
      h('ul', {}, ...scenario.briefing.goalKeys.map((k) => h('li', {}, ctx.tx(k)))),
    ),
    h(
      'div',
      { class: 'actions' },
      resumable &&
        h(
          'button',
          {
            class: 'button primary',
            attrs: { type: 'button' },
            on: { click: () => ctx.store.getState().resume() },
          },
          state.game?.ending
            ? t('title.continueEnded')
            : t('title.continue', { turn: Math.min((state.game?.turn ?? 0) + 1, total), total }),
        ),
      h(
        'button',
        {
          class: resumable ? 'button' : 'button primary',
          // Seven cards have a "Play" button each: the card's title tells them apart.
          attrs: { type: 'button', 'data-scenario': scenario.id, 'aria-describedby': headingId },
          on: { click: () => ctx.store.getState().chooseScenario(scenario.id) },
        },
        t('title.play'),
      ),
      imported &&
        h(
          'button',
          {
            class: 'button quiet',
            attrs: {
              type: 'button',
              'data-remove': scenario.id,
              'aria-label': t('library.removeLabel', { title: ctx.tx(scenario.titleKey) }),
            },
            on: { click: remove },
          },
          t('library.remove'),
        ),
    ),
  );
}

/** The way in for teachers and facilitators: a new session, or the one kept in storage. */
function facilitatorPanel(ctx: UiContext, state: RootState): HTMLElement {
  const { t } = ctx.i18n;
  const session = state.session;
  const scenario = session ? findScenario(session.setup.scenarioId) : undefined;
  const total = scenario?.rules.turns.length ?? 0;
  return h(
    'section',
    { class: 'panel facilitator-entry', attrs: { 'aria-labelledby': 'facilitator-heading' } },
    h('h2', { id: 'facilitator-heading' }, t('title.facilitatorHeading')),
    h('p', {}, t('title.facilitatorLead')),
    h(
      'div',
      { class: 'actions' },
      session &&
        scenario &&
        h(
          'button',
          {
            class: 'button primary',
            attrs: { type: 'button', id: 'session-resume' },
            on: { click: () => ctx.store.getState().resumeSession() },
          },
          t('title.facilitatorResume', {
            scenario: ctx.tx(scenario.titleKey),
            turn: Math.min(session.turn + 1, total),
            total,
          }),
        ),
      h(
        'button',
        {
          class: session ? 'button' : 'button primary',
          attrs: {
            type: 'button',
            id: 'session-setup',
            disabled: state.library.scenarioIds.length === 0,
          },
          on: { click: () => ctx.store.getState().openSessionSetup() },
        },
        t('title.facilitatorStart'),
      ),
    ),
  );
}

/** Each card made, by scenario, kept while it would be drawn the same (see `update`). */
type CardCache = Map<string, { scenario: Scenario; resumable: boolean; element: HTMLElement }>;

function cardFor(ctx: UiContext, state: RootState, scenario: Scenario, cards: CardCache) {
  const resumable = state.game !== null && state.scenarioId === scenario.id;
  const known = cards.get(scenario.id);
  if (known && known.scenario === scenario && known.resumable === resumable) return known.element;
  const element = scenarioCard(ctx, state, scenario);
  cards.set(scenario.id, { scenario, resumable, element });
  return element;
}

/** The list's contents: its heading, a card per scenario, a note while loading, broken packs. */
function listChildren(
  ctx: UiContext,
  state: RootState,
  parts: { heading: HTMLElement; loadingNote: HTMLElement; cards: CardCache },
): HTMLElement[] {
  const { t } = ctx.i18n;
  const { library } = state;
  const scenarios = library.scenarioIds
    .map((id) => findScenario(id))
    .filter((s): s is Scenario => s !== undefined);
  // The note goes after the cards, where the others will appear: above them, its removal would
  // move every card up under the player's pointer.
  return [
    parts.heading,
    ...scenarios.map((scenario) => cardFor(ctx, state, scenario, parts.cards)),
    ...(library.status !== 'ready' ? [parts.loadingNote] : []),
    ...library.broken.map((b) =>
      h('p', { class: 'broken-note' }, t('library.broken', { id: b.id })),
    ),
  ];
}

export const renderTitle: ScreenRenderer = (ctx, state) => {
  const { t } = ctx.i18n;
  const heading = h('h1', { class: 'title-heading', attrs: { tabindex: -1 } }, t('app.name'));
  const importer = renderPackImport(ctx, state);
  const parts = {
    heading: h('h2', { id: 'choose-heading' }, t('title.chooseHeading')),
    loadingNote: h('p', { class: 'loading-note', attrs: { role: 'status' } }, t('library.loading')),
    cards: new Map() as CardCache,
  };
  const list = h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': 'choose-heading' } },
    ...listChildren(ctx, state, parts),
  );
  const showBusy = (next: RootState) =>
    list.setAttribute('aria-busy', next.library.status !== 'ready' ? 'true' : 'false');
  showBusy(state);
  const facilitator = facilitatorPanel(ctx, state);

  const element = h(
    'div',
    { class: 'screen title-screen' },
    h(
      'header',
      { class: 'hero' },
      h('p', { class: 'eyebrow' }, t('app.tagline')),
      heading,
      h('p', { class: 'lead' }, t('title.lead')),
    ),
    list,
    facilitator,
    importer.element,
    saveTransferPanel(ctx),
    h(
      'section',
      { class: 'panel how', attrs: { 'aria-labelledby': 'how-heading' } },
      h('h2', { id: 'how-heading' }, t('title.howHeading')),
      h(
        'ol',
        {},
        h('li', {}, t('title.how1')),
        h('li', {}, t('title.how2')),
        h('li', {}, t('title.how3')),
      ),
    ),
    h('p', { class: 'privacy' }, t('app.privacy')),
  );
  let shown = state;
  return {
    element,
    focusTarget: importer.outcome ?? heading,
    // The rest of the scenarios arriving changes the list only: the cards already there stay (a
    // press on one of their buttons must not be lost). An import's outcome redraws the screen.
    update(next) {
      if (
        next.library.lastImport !== shown.library.lastImport ||
        next.lastSaveImport !== shown.lastSaveImport ||
        next.game !== shown.game ||
        next.session !== shown.session
      )
        return false;
      syncChildren(list, listChildren(ctx, next, parts));
      showBusy(next);
      const setup = facilitator.querySelector<HTMLButtonElement>('#session-setup');
      if (setup) setup.disabled = next.library.scenarioIds.length === 0;
      shown = next;
      return true;
    },
  };
};
