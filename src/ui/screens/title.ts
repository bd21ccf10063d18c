import { findScenario, type Scenario } from '../../content';
import type { RootState } from '../../state';
import type { ScreenRenderer, UiContext } from '../context';
import { h } from '../dom';
import { formatList } from '../format';
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

export const renderTitle: ScreenRenderer = (ctx, state) => {
  const { t } = ctx.i18n;
  const heading = h('h1', { class: 'title-heading', attrs: { tabindex: -1 } }, t('app.name'));
  const { library } = state;
  const scenarios = library.scenarioIds
    .map((id) => findScenario(id))
    .filter((s): s is Scenario => s !== undefined);
  const loading = library.status !== 'ready';
  const importer = renderPackImport(ctx, state);

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
    h(
      'section',
      {
        class: 'panel',
        attrs: { 'aria-labelledby': 'choose-heading', 'aria-busy': loading ? 'true' : 'false' },
      },
      h('h2', { id: 'choose-heading' }, t('title.chooseHeading')),
      loading && h('p', { class: 'loading-note', attrs: { role: 'status' } }, t('library.loading')),
      ...scenarios.map((scenario) => scenarioCard(ctx, state, scenario)),
      ...library.broken.map((b) =>
        h('p', { class: 'broken-note' }, t('library.broken', { id: b.id })),
      ),
    ),
    facilitatorPanel(ctx, state),
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
  return { element, focusTarget: importer.outcome ?? heading };
};
