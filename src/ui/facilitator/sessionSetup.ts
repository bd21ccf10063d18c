import { formatNumber } from '../../i18n';
import { findScenario, type Scenario } from '../../content';
import type { AssumptionChoice } from '../../engine';
import {
  MAX_QUESTION,
  MAX_TEAM_NAME,
  MAX_TEAMS,
  MIN_TEAMS,
  SESSION_MODES,
  TIE_BREAKS,
  type RootState,
  type SessionSetup,
} from '../../state';
import type { ScreenView, UiContext } from '../context';
import { facilitatorT } from './labels';
import { h } from '../dom';
import { sourceChips, sourceList } from '../components/sources';

const ASSUMPTION_CHOICES: readonly AssumptionChoice[] = ['random', 'optimistic', 'pessimistic'];

/** A labelled select whose value goes straight to the store. */
function select(
  id: string,
  label: string,
  options: ReadonlyArray<readonly [string, string]>,
  value: string,
  onChange: (value: string) => void,
) {
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id } }, label),
    h(
      'select',
      { id, on: { change: (e) => onChange((e.target as HTMLSelectElement).value) } },
      ...options.map(([v, text]) =>
        h('option', { attrs: { value: v, selected: v === value } }, text),
      ),
    ),
  );
}

function checkbox(id: string, label: string, checked: boolean, onChange: (on: boolean) => void) {
  return h(
    'div',
    { class: 'field field-check' },
    h('input', {
      id,
      attrs: { type: 'checkbox', checked },
      on: { change: (e) => onChange((e.target as HTMLInputElement).checked) },
    }),
    h('label', { attrs: { for: id } }, label),
  );
}

function radioGroup(
  name: string,
  legend: string,
  choices: ReadonlyArray<{ value: string; label: string; hint: string }>,
  value: string,
  onChange: (value: string) => void,
) {
  return h(
    'fieldset',
    { class: 'radio-group' },
    h('legend', {}, legend),
    ...choices.map((c) => {
      const id = `${name}-${c.value}`;
      return h(
        'div',
        { class: 'radio-row' },
        h('input', {
          id,
          attrs: {
            type: 'radio',
            name,
            value: c.value,
            checked: c.value === value,
            'aria-describedby': `${id}-hint`,
          },
          on: { change: () => onChange(c.value) },
        }),
        h('label', { attrs: { for: id } }, c.label),
        h('p', { id: `${id}-hint`, class: 'hint' }, c.hint),
      );
    }),
  );
}

export function renderSessionSetup(ctx: UiContext, state: RootState): ScreenView {
  const { t } = ctx.i18n;
  const ft = facilitatorT(ctx);
  const store = ctx.store;
  const draft = state.sessionDraft;
  const scenario = draft ? findScenario(draft.scenarioId) : undefined;
  const heading = h('h1', { attrs: { tabindex: -1 } }, ft('setup.heading'));
  if (!draft || !scenario) {
    return {
      element: h('div', { class: 'screen' }, heading, h('p', {}, ft('setup.noScenario'))),
      focusTarget: heading,
    };
  }
  const edit = (change: Partial<Omit<SessionSetup, 'teams'>>) =>
    store.getState().editSession(change);
  const error = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const scenarios = state.library.scenarioIds
    .map((id) => findScenario(id))
    .filter((s): s is Scenario => s !== undefined);
  const roles = scenario.rules.roles.map((r) => [r.id, ctx.tx(r.nameKey)] as const);

  const teams = draft.teams.map((team, index) =>
    h(
      'li',
      { class: 'team-row' },
      h(
        'div',
        { class: 'field' },
        h(
          'label',
          { attrs: { for: `team-name-${team.id}` } },
          ft('setup.teamName', { number: index + 1 }),
        ),
        h('input', {
          id: `team-name-${team.id}`,
          attrs: {
            type: 'text',
            value: team.name,
            maxlength: MAX_TEAM_NAME,
            placeholder: ft('teamDefault', { number: index + 1 }),
            autocomplete: 'off',
          },
          on: {
            input: (e) =>
              store.getState().editTeam(team.id, { name: (e.target as HTMLInputElement).value }),
          },
        }),
      ),
      draft.mode === 'parallel' &&
        select(
          `team-role-${team.id}`,
          ft('setup.teamRole', { number: index + 1 }),
          roles,
          team.role,
          (role) => store.getState().editTeam(team.id, { role }),
        ),
    ),
  );

  const assumptions = scenario.rules.assumptions.map((a) =>
    h(
      'div',
      { class: 'assumption-row' },
      select(
        `session-assumption-${a.id}`,
        ctx.tx(a.labelKey),
        ASSUMPTION_CHOICES.map((c) => [
          c,
          c === 'random'
            ? t('setup.assumptionRandom')
            : t(c === 'optimistic' ? 'setup.assumptionOptimistic' : 'setup.assumptionPessimistic', {
                text: ctx.tx(`policy:assumptions.${a.id}.${c}`),
              }),
        ]),
        draft.assumptions[a.id] ?? 'random',
        (value) =>
          edit({
            assumptions: {
              ...store.getState().sessionDraft?.assumptions,
              [a.id]: value as AssumptionChoice,
            },
          }),
      ),
      h(
        'p',
        { class: 'hint' },
        ft('setup.assumptionSources'),
        ' ',
        sourceChips(ctx, scenario, a.sources),
      ),
    ),
  );

  const timerOn = draft.timerSeconds !== null;
  const opinionOn = draft.opinion !== null;
  const start = () => {
    const running = store.getState().session;
    if (running && !window.confirm(ft('setup.replaceConfirm'))) return;
    const result = store.getState().startSession();
    if (!result.ok) error.textContent = ft('setup.startFailed');
  };

  const element = h(
    'div',
    { class: 'screen facilitator-setup' },
    h('p', { class: 'eyebrow' }, ft('eyebrow')),
    heading,
    h('p', { class: 'lead' }, ft('setup.lead')),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'session-scenario-heading' } },
      h('h2', { id: 'session-scenario-heading' }, ft('setup.scenarioHeading')),
      select(
        'session-scenario',
        ft('setup.scenario'),
        scenarios.map((s) => [s.id, ctx.tx(s.titleKey)]),
        draft.scenarioId,
        (scenarioId) => edit({ scenarioId }),
      ),
      h('p', { class: 'hint' }, ctx.tx(scenario.summaryKey)),
      radioGroup(
        'session-mode',
        ft('setup.mode'),
        SESSION_MODES.map((m) => ({
          value: m,
          label: ft(`mode.${m}`),
          hint: ft(`modeHelp.${m}`),
        })),
        draft.mode,
        (mode) => edit({ mode: mode as SessionSetup['mode'] }),
      ),
      draft.mode === 'parliament' &&
        select('session-role', ft('setup.roomRole'), roles, draft.role, (role) => edit({ role })),
      draft.mode === 'parliament' &&
        radioGroup(
          'session-tie',
          ft('setup.tieBreak'),
          TIE_BREAKS.map((rule) => ({
            value: rule,
            label: ft(`tieBreak.${rule}`),
            hint: ft(`tieBreakHelp.${rule}`),
          })),
          draft.tieBreak,
          (tieBreak) => edit({ tieBreak: tieBreak as SessionSetup['tieBreak'] }),
        ),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'session-teams-heading' } },
      h('h2', { id: 'session-teams-heading' }, ft('setup.teamsHeading')),
      select(
        'session-team-count',
        ft('setup.teamCount'),
        Array.from({ length: MAX_TEAMS - MIN_TEAMS + 1 }, (_, i) => [
          String(i + MIN_TEAMS),
          formatNumber(ctx.i18n.language, i + MIN_TEAMS),
        ]),
        String(draft.teams.length),
        (count) => store.getState().setTeamCount(Number(count)),
      ),
      h('p', { class: 'hint' }, ft('setup.namesHint')),
      h('ol', { class: 'team-list' }, ...teams),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'session-assumptions-heading' } },
      h('h2', { id: 'session-assumptions-heading' }, t('setup.assumptionsHeading')),
      h('p', { class: 'hint' }, ft('setup.assumptionsHelp')),
      ...assumptions,
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: 'session-seed' } }, ft('setup.seed')),
        h('input', {
          id: 'session-seed',
          attrs: {
            type: 'text',
            value: draft.seed,
            maxlength: 40,
            autocomplete: 'off',
            'aria-describedby': 'session-seed-hint',
          },
          on: { input: (e) => edit({ seed: (e.target as HTMLInputElement).value }) },
        }),
        h('p', { id: 'session-seed-hint', class: 'hint' }, ft('setup.seedHelp')),
      ),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'session-pace-heading' } },
      h('h2', { id: 'session-pace-heading' }, ft('setup.paceHeading')),
      checkbox('session-timer-on', ft('setup.timer'), timerOn, (on) =>
        edit({ timerSeconds: on ? 180 : null }),
      ),
      timerOn &&
        h(
          'div',
          { class: 'field' },
          h('label', { attrs: { for: 'session-timer-minutes' } }, ft('setup.timerMinutes')),
          h('input', {
            id: 'session-timer-minutes',
            attrs: {
              type: 'number',
              min: 0.5,
              max: 60,
              step: 0.5,
              value: (draft.timerSeconds ?? 180) / 60,
              'aria-describedby': 'session-timer-hint',
            },
            on: {
              change: (e) => {
                const minutes = Number((e.target as HTMLInputElement).value);
                if (Number.isFinite(minutes) && minutes > 0) edit({ timerSeconds: minutes * 60 });
              },
            },
          }),
          h('p', { id: 'session-timer-hint', class: 'hint' }, ft('setup.timerHelp')),
        ),
      checkbox('session-hotwash', ft('setup.hotWash'), draft.hotWash, (hotWash) =>
        edit({ hotWash }),
      ),
      checkbox('session-opinion-on', ft('setup.opinion'), opinionOn, (on) =>
        edit({ opinion: on ? { question: '' } : null }),
      ),
      opinionOn &&
        h(
          'div',
          { class: 'field' },
          h('label', { attrs: { for: 'session-opinion-question' } }, ft('setup.opinionQuestion')),
          h(
            'textarea',
            {
              id: 'session-opinion-question',
              attrs: {
                rows: 2,
                maxlength: MAX_QUESTION,
                placeholder: ft('opinion.defaultQuestion'),
                'aria-describedby': 'session-opinion-hint',
              },
              on: {
                input: (e) =>
                  edit({ opinion: { question: (e.target as HTMLTextAreaElement).value } }),
              },
            },
            draft.opinion?.question ?? '',
          ),
          h('p', { id: 'session-opinion-hint', class: 'hint' }, ft('setup.opinionHelp')),
        ),
    ),
    error,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          class: 'button primary',
          attrs: { type: 'button', id: 'session-start' },
          on: { click: start },
        },
        ft('setup.start'),
      ),
      h(
        'button',
        {
          class: 'button',
          attrs: { type: 'button' },
          on: { click: () => store.getState().goToTitle() },
        },
        ft('setup.cancel'),
      ),
    ),
    h('h2', { class: 'sources-heading' }, ctx.i18n.t('ending.sourcesHeading')),
    sourceList(
      ctx,
      scenario,
      scenario.rules.assumptions.flatMap((a) => a.sources),
    ),
  );
  return { element, focusTarget: heading };
}
