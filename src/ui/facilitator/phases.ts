import { formatChange } from '../../i18n';
import type { Scenario } from '../../content';
import {
  activeTeams,
  checkTeamChoice,
  OPINION_MAX,
  OPINION_MIN,
  runIds,
  runOfTeam,
  tallyVotes,
  type RootState,
  type Session,
  type Worlds,
} from '../../state';
import type { UiContext } from '../context';
import { h, type Child } from '../dom';
import { sourceChips, sourceList } from '../components/sources';
import { errorText } from '../components/errors';
import { quoteFigure } from '../components/quote';
import {
  opinionQuestion,
  optionLabel,
  roleName,
  runName,
  teamColour,
  teamName,
  teamNameById,
  facilitatorT,
} from './labels';
import { worldsTable } from './worlds';

export interface PhaseView {
  readonly heading: HTMLElement;
  readonly body: readonly Child[];
}

export interface PhaseArgs {
  readonly ctx: UiContext;
  readonly state: RootState;
  readonly session: Session;
  readonly worlds: Worlds;
  readonly scenario: Scenario;
}

/** The five answers' keys, typed: the scale has exactly these points. */
export const scaleKey = (value: number) => `opinion.scale.${value as 1 | 2 | 3 | 4 | 5}` as const;

const headingOf = (text: string) => h('h1', { attrs: { tabindex: -1 } }, text);

const button = (
  label: string,
  onClick: () => void,
  extra: { primary?: boolean; id?: string; keys?: string; pressed?: boolean } = {},
) =>
  h(
    'button',
    {
      class: extra.primary ? 'button primary' : 'button',
      attrs: {
        type: 'button',
        id: extra.id,
        'aria-keyshortcuts': extra.keys,
        'aria-pressed': extra.pressed === undefined ? undefined : String(extra.pressed),
      },
      on: { click: onClick },
    },
    label,
  );

export function opinionView({ ctx, session }: PhaseArgs, when: 'before' | 'after'): PhaseView {
  const ft = facilitatorT(ctx);
  const answers = session.opinions[when];
  const scale = Array.from({ length: OPINION_MAX - OPINION_MIN + 1 }, (_, i) => OPINION_MIN + i);
  const rows = session.setup.teams.map((team) => {
    const name = teamName(ctx, session.setup, team);
    return h(
      'fieldset',
      { class: 'opinion-row' },
      h('legend', {}, name),
      ...scale.map((value) => {
        const id = `opinion-${when}-${team.id}-${value}`;
        return h(
          'span',
          { class: 'opinion-choice' },
          h('input', {
            id,
            attrs: {
              type: 'radio',
              name: `opinion-${when}-${team.id}`,
              value,
              checked: answers[team.id] === value,
            },
            on: { change: () => ctx.store.getState().answerOpinion(when, team.id, value) },
          }),
          h('label', { attrs: { for: id } }, ft(scaleKey(value))),
        );
      }),
    );
  });
  return {
    heading: headingOf(ft(when === 'before' ? 'opinion.beforeHeading' : 'opinion.afterHeading')),
    body: [
      h('p', { class: 'opinion-question' }, opinionQuestion(ctx, session)),
      h('p', { class: 'hint' }, ft('opinion.help')),
      h('div', { class: 'opinion-grid' }, ...rows),
    ],
  };
}

export function briefingView({ ctx, session, scenario }: PhaseArgs): PhaseView {
  const { t } = ctx.i18n;
  const ft = facilitatorT(ctx);
  const { setup } = session;
  const roles =
    setup.mode === 'parliament'
      ? [h('p', {}, ft('briefing.roomRole', { role: roleName(ctx, scenario, setup.role) }))]
      : [
          h(
            'ul',
            { class: 'team-roles' },
            ...setup.teams.map((team) =>
              h(
                'li',
                {},
                ft('briefing.teamRole', {
                  team: teamName(ctx, setup, team),
                  role: roleName(ctx, scenario, team.role),
                }),
              ),
            ),
          ),
        ];
  return {
    heading: headingOf(ctx.tx(scenario.titleKey)),
    body: [
      h('p', { class: 'lead' }, ft(`modeLead.${setup.mode}`)),
      ...scenario.briefing.paragraphKeys.map((k) => h('p', {}, ctx.tx(k))),
      h('h2', {}, ft('briefing.rolesHeading')),
      ...roles,
      h('h2', {}, t('title.goals')),
      h('ul', {}, ...scenario.briefing.goalKeys.map((k) => h('li', {}, ctx.tx(k)))),
    ],
  };
}

/** The inject: what happened, who says what, and the choices, as the room reads it. */
export function situationView({ ctx, session, worlds, scenario }: PhaseArgs): PhaseView {
  const { t } = ctx.i18n;
  const ft = facilitatorT(ctx);
  const turn = scenario.turns[session.turn];
  const rulesTurn = scenario.rules.turns[session.turn];
  if (!turn || !rulesTurn) throw new Error('no turn to show');
  const adviser = (id: string) => scenario.advisers.find((a) => a.id === id);
  return {
    heading: headingOf(ctx.tx(turn.titleKey)),
    body: [
      h('p', { class: 'eyebrow' }, ctx.tx(turn.dateKey)),
      h(
        'div',
        { class: 'situation-columns' },
        h(
          'div',
          {},
          ...turn.bodyKeys.map((k) => h('p', { class: 'inject-text' }, ctx.tx(k))),
          turn.factSources.length > 0 &&
            h(
              'p',
              { class: 'fact-sources' },
              t('turn.factSources'),
              ' ',
              sourceChips(ctx, scenario, turn.factSources),
            ),
          turn.quote && quoteFigure(ctx, scenario, turn.quote),
          h('p', { class: 'inject-question' }, ctx.tx(turn.questionKey)),
        ),
        h(
          'div',
          {},
          h('h2', {}, ft('situation.advisersHeading')),
          h(
            'ul',
            { class: 'projector-advice' },
            ...turn.advisers.map((a) => {
              const who = adviser(a.adviser);
              return h(
                'li',
                {},
                h(
                  'strong',
                  {},
                  who
                    ? ft('situation.adviser', {
                        name: ctx.tx(who.nameKey),
                        role: ctx.tx(who.roleKey),
                      })
                    : a.adviser,
                ),
                ' ',
                ctx.tx(a.textKey),
              );
            }),
          ),
          h('h2', {}, ft('situation.optionsHeading')),
          optionsList(ctx, scenario, session.turn),
        ),
      ),
      session.setup.mode === 'parallel' &&
        worldsTable(ctx, session, worlds, {
          caption: ft('situation.worldsCaption'),
          from: (run) => worlds[run]?.state.history[0],
        }),
      h('h2', { class: 'sources-heading' }, t('ending.sourcesHeading')),
      sourceList(ctx, scenario, [...turn.factSources, ...(turn.quote?.sources ?? [])]),
    ],
  };
}

function optionsList(ctx: UiContext, scenario: Scenario, turnIndex: number) {
  const { t } = ctx.i18n;
  const turn = scenario.turns[turnIndex];
  const rules = scenario.rules.turns[turnIndex];
  return h(
    'ol',
    { class: 'projector-options' },
    ...(turn?.options ?? []).map((content) => {
      const option = rules?.options.find((o) => o.id === content.id);
      const cost = option?.cost ?? 0;
      return h(
        'li',
        {},
        h('strong', {}, option ? ctx.tx(option.labelKey) : content.id),
        ' ',
        h(
          'span',
          { class: 'option-cost' },
          cost === 0 ? t('turn.free') : t('turn.cost', { count: cost }),
        ),
        h('span', { class: 'option-desc' }, ctx.tx(content.descriptionKey)),
      );
    }),
  );
}

/** Teams come to the device one at a time; a hand-over screen hides what the last one chose. */
export function decisionsView({ ctx, session, worlds, scenario }: PhaseArgs): PhaseView {
  const { t } = ctx.i18n;
  const ft = facilitatorT(ctx);
  const { setup } = session;
  const active = activeTeams(session, worlds);
  const status = h(
    'ul',
    { class: 'team-status' },
    ...setup.teams.map((team) => {
      const name = teamName(ctx, setup, team);
      const done = session.entries[team.id] !== undefined;
      const playing = active.includes(team.id);
      return h(
        'li',
        { class: done ? 'is-done' : playing ? 'is-waiting' : 'is-out' },
        h('span', {
          class: 'team-swatch',
          attrs: { 'aria-hidden': 'true', style: `background: ${teamColour(setup, team.id)}` },
        }),
        ft(done ? 'decisions.decided' : playing ? 'decisions.waiting' : 'decisions.out', {
          team: name,
        }),
        done &&
          session.entryTeam === null &&
          h(
            'button',
            {
              class: 'button small quiet',
              attrs: {
                type: 'button',
                'aria-label': ft('decisions.againLabel', { team: name }),
              },
              on: { click: () => ctx.store.getState().reopenEntry(team.id) },
            },
            ft('decisions.again'),
          ),
      );
    }),
  );
  const at = session.entryTeam;
  if (at === null) {
    return {
      heading: headingOf(ft('decisions.allHeading')),
      body: [
        h('p', { class: 'lead' }, ft('decisions.allLead')),
        status,
        h(
          'div',
          { class: 'actions' },
          button(ft('revealButton'), () => ctx.store.getState().sessionNext(), {
            primary: true,
            id: 'session-reveal',
            keys: 'R',
          }),
        ),
      ],
    };
  }
  const name = teamNameById(ctx, setup, at);
  if (!session.entryOpen) {
    return {
      heading: headingOf(ft('decisions.handoverHeading', { team: name })),
      body: [
        h('p', { class: 'lead' }, ft('decisions.handoverLead', { team: name })),
        h(
          'div',
          { class: 'actions' },
          button(ft('decisions.show', { team: name }), () => ctx.store.getState().openEntry(), {
            primary: true,
            id: 'entry-show',
          }),
        ),
        status,
      ],
    };
  }
  const world = worlds[runOfTeam(setup, at)];
  const rulesTurn = scenario.rules.turns[session.turn];
  const turn = scenario.turns[session.turn];
  const error = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const choices = (turn?.options ?? []).map((content, index) => {
    const option = rulesTurn?.options.find((o) => o.id === content.id);
    const problem = checkTeamChoice(scenario, session, worlds, at, content.id);
    const blocked = problem ? errorText(ctx, problem) : null;
    const cost = option?.cost ?? 0;
    return h(
      'li',
      {},
      h(
        'button',
        {
          class: 'button choice-button',
          attrs: {
            type: 'button',
            'data-option': content.id,
            'aria-keyshortcuts': String(index + 1),
            disabled: blocked !== null,
            'aria-describedby': blocked ? `choice-blocked-${index}` : undefined,
          },
          on: {
            click: () => {
              const result = ctx.store.getState().enterChoice(content.id);
              if (!result.ok && result.error.kind === 'choice')
                error.textContent = errorText(ctx, result.error.error);
            },
          },
        },
        h('span', { class: 'option-key', attrs: { 'aria-hidden': 'true' } }, String(index + 1)),
        h('span', {}, option ? ctx.tx(option.labelKey) : content.id),
        h(
          'span',
          { class: 'option-cost' },
          cost === 0 ? t('turn.free') : t('turn.cost', { count: cost }),
        ),
      ),
      blocked && h('p', { id: `choice-blocked-${index}`, class: 'hint' }, blocked),
    );
  });
  return {
    heading: headingOf(ft('decisions.chooseHeading', { team: name })),
    body: [
      h('p', { class: 'lead' }, ctx.tx(turn?.questionKey ?? '')),
      world && h('p', {}, ft('decisions.capital', { value: world.state.capital })),
      h('ol', { class: 'choice-list' }, ...choices),
      error,
      h(
        'div',
        { class: 'actions' },
        button(ft('decisions.hide'), () => ctx.store.getState().sessionBack()),
      ),
    ],
  };
}

/** Parliament's votes as bars: each option's count, in the teams' colours, with names as text. */
function voteChart(
  ctx: UiContext,
  scenario: Scenario,
  session: Session,
  votes: Readonly<Record<string, string>>,
  turnIndex: number,
) {
  const ft = facilitatorT(ctx);
  const turn = scenario.rules.turns[turnIndex];
  if (!turn) return null;
  const total = Math.max(1, Object.keys(votes).length);
  return h(
    'ul',
    { class: 'vote-chart', attrs: { 'aria-label': ft('reveal.chartLabel') } },
    ...turn.options.map((option) => {
      const voters = Object.entries(votes)
        .filter(([, v]) => v === option.id)
        .map(([team]) => team);
      return h(
        'li',
        {},
        h(
          'span',
          { class: 'vote-label' },
          ft('reveal.voteRow', {
            option: ctx.tx(option.labelKey),
            count: voters.length,
          }),
        ),
        h(
          'span',
          { class: 'vote-bar', attrs: { 'aria-hidden': 'true' } },
          ...voters.map((team) =>
            h('span', {
              class: 'vote-segment',
              attrs: {
                style: `width: ${100 / total}%; background: ${teamColour(session.setup, team)}`,
              },
            }),
          ),
        ),
        voters.length > 0 &&
          h(
            'span',
            { class: 'vote-teams' },
            voters.map((team) => teamNameById(ctx, session.setup, team)).join(', '),
          ),
      );
    }),
  );
}

export { voteChart };

export function revealView({ ctx, session, scenario }: PhaseArgs): PhaseView {
  const ft = facilitatorT(ctx);
  const { setup } = session;
  if (setup.mode === 'parallel') {
    return {
      heading: headingOf(ft('reveal.heading')),
      body: [
        h(
          'ul',
          { class: 'reveal-list' },
          ...Object.entries(session.entries).map(([team, option]) =>
            h(
              'li',
              {},
              h('strong', {}, teamNameById(ctx, setup, team)),
              ' ',
              optionLabel(ctx, scenario, session.turn, option),
            ),
          ),
        ),
        h('p', { class: 'hint' }, ft('reveal.nextHint')),
      ],
    };
  }
  const turn = scenario.rules.turns[session.turn];
  const tally = turn
    ? tallyVotes(turn, session.entries, setup.tieBreak, setup.seed, session.casting)
    : null;
  const tie = tally !== null && tally.leaders.length > 1;
  const leaders = tally?.leaders.map((id) => optionLabel(ctx, scenario, session.turn, id)) ?? [];
  const outcome: Child[] = [];
  if (tally?.decided) {
    outcome.push(
      h(
        'p',
        { class: 'decided' },
        ft('reveal.decided', {
          option: optionLabel(ctx, scenario, session.turn, tally.decided),
        }),
      ),
    );
    if (tie)
      outcome.push(
        h('p', {}, ft(`reveal.tieBy.${setup.tieBreak}`, { options: leaders.join(' · ') })),
      );
  }
  if (tie && setup.tieBreak === 'facilitator') {
    outcome.push(
      h(
        'fieldset',
        { class: 'casting' },
        h('legend', {}, ft('reveal.casting', { options: leaders.join(' · ') })),
        ...(tally?.leaders ?? []).map((id) =>
          button(
            optionLabel(ctx, scenario, session.turn, id),
            () => ctx.store.getState().castVote(id),
            { primary: session.casting === id, pressed: session.casting === id },
          ),
        ),
      ),
    );
  }
  return {
    heading: headingOf(ft('reveal.votesHeading')),
    body: [
      voteChart(ctx, scenario, session, session.entries, session.turn),
      ...outcome,
      h('p', { class: 'hint' }, ft('reveal.nextHint')),
    ],
  };
}

export function resultsView({ ctx, session, worlds, scenario }: PhaseArgs): PhaseView {
  const { t } = ctx.i18n;
  const ft = facilitatorT(ctx);
  const { setup } = session;
  const turnIndex = session.turn;
  const cited = new Set<string>();
  const cards = runIds(setup).map((run) => {
    const world = worlds[run];
    const report = world?.reports[turnIndex];
    if (!world || !report) {
      return h(
        'li',
        { class: 'result-card' },
        h('h2', {}, runName(ctx, setup, run)),
        h('p', {}, ft('results.out')),
      );
    }
    const changes = report.changes.filter((c) => c.after !== c.before);
    return h(
      'li',
      { class: 'result-card', attrs: { style: `border-color: ${teamColour(setup, run)}` } },
      h('h2', {}, runName(ctx, setup, run)),
      h(
        'p',
        { class: 'result-choice' },
        ft('results.chose', {
          option: optionLabel(ctx, scenario, turnIndex, report.decision.optionId),
        }),
      ),
      ...report.events.map((event) =>
        h(
          'p',
          { class: 'event-line' },
          h('strong', {}, ctx.tx(event.text)),
          ' ',
          ctx.tx(scenario.eventBodyKeys[event.id] ?? ''),
        ),
      ),
      h(
        'ul',
        { class: 'result-changes' },
        ...changes.map((c) => {
          const change = c.after - c.before;
          const biggest = [...c.causes].sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))[0];
          // The decision itself is named on the card already; other causes are worth a word.
          const cause = biggest && biggest.kind !== 'decision' ? biggest : undefined;
          const sources = biggest?.sources ?? [];
          sources.forEach((id) => cited.add(id));
          return h(
            'li',
            {},
            ft('results.change', {
              metric: t(`metrics.${c.metric}.name`),
              before: c.before,
              after: c.after,
              change: formatChange(ctx.i18n.language, change),
            }),
            cause &&
              h(
                'span',
                { class: 'hint' },
                ' ',
                ft('results.mainCause', { cause: ctx.tx(cause.text) }),
              ),
            sources.length > 0 && ' ',
            sources.length > 0 && sourceChips(ctx, scenario, sources),
          );
        }),
      ),
      report.ending &&
        h(
          'p',
          { class: 'result-ending' },
          ft('results.ending', { ending: ctx.tx(report.ending.text) }),
        ),
    );
  });
  return {
    heading: headingOf(ft('results.heading', { turn: turnIndex + 1 })),
    body: [
      h('ul', { class: 'result-cards' }, ...cards),
      setup.mode === 'parallel' &&
        worldsTable(ctx, session, worlds, {
          caption: ft('results.tableCaption'),
          from: (run) => worlds[run]?.state.history[turnIndex],
        }),
      cited.size > 0 && h('h2', { class: 'sources-heading' }, t('ending.sourcesHeading')),
      cited.size > 0 && sourceList(ctx, scenario, cited),
    ],
  };
}

const HOT_WASH_PROMPTS = 4;

export function hotWashView({ ctx, session, worlds, scenario }: PhaseArgs): PhaseView {
  const ft = facilitatorT(ctx);
  const turn = scenario.turns[session.turn];
  const events = runIds(session.setup).flatMap(
    (run) => worlds[run]?.reports[session.turn]?.events ?? [],
  );
  const seen = [...new Set(events.map((e) => ctx.tx(e.text)))];
  return {
    heading: headingOf(ft('hotWash.heading')),
    body: [
      h(
        'p',
        { class: 'lead hot-wash-prompt' },
        ft(`hotWash.prompts.${(session.turn % HOT_WASH_PROMPTS) as 0 | 1 | 2 | 3}`),
      ),
      turn && h('p', {}, ft('hotWash.question', { question: ctx.tx(turn.questionKey) })),
      seen.length > 0 && h('p', {}, ft('hotWash.events', { events: seen.join(' · ') })),
    ],
  };
}
