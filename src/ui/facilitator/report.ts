import { numberLocale, formatChange, formatList, formatNumber } from '../../i18n';
import { METRIC_IDS, isImprovement } from '../../engine';
import { divergentTurns, summarizeRuns, type RunSummary } from '../../state';
import { h } from '../dom';
import { sourceChips, sourceList } from '../components/sources';
import { discussionSection, whatHappenedSection } from '../components/debrief';
import { download } from '../download';
import { exportFileName, sessionCsv, sessionJson } from './exportFiles';
import { facilitatorT, opinionQuestion, optionLabel, roleName, runName, teamName } from './labels';
import { scaleKey, voteChart, type PhaseArgs, type PhaseView } from './phases';

/** The after-action report: the projector's last screen and, printed, a clean document. */
export function reportView(args: PhaseArgs): PhaseView {
  const { ctx, session, scenario } = args;
  const { t } = ctx.i18n;
  const ft = facilitatorT(ctx);
  const { setup } = session;
  const runs = summarizeRuns(scenario, session, args.worlds);
  const language = ctx.i18n.language;

  const comparison = h(
    'table',
    { class: 'worlds-table report-table' },
    h('caption', {}, ft('report.comparisonCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, ft('metricColumn')),
        ...runs.map((r) => h('th', { attrs: { scope: 'col' } }, runName(ctx, setup, r.run))),
      ),
    ),
    h(
      'tbody',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'row' } }, ft('report.roleRow')),
        ...runs.map((r) => h('td', {}, roleName(ctx, scenario, r.role))),
      ),
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'row' } }, ft('report.endingRow')),
        ...runs.map((r) => h('td', {}, r.ending ? ctx.tx(r.ending.text) : '—')),
      ),
      ...METRIC_IDS.map((metric) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, t(`metrics.${metric}.name`)),
          ...runs.map((r) => {
            const change = r.final[metric] - r.start[metric];
            return h(
              'td',
              {
                class:
                  change === 0
                    ? 'is-same'
                    : isImprovement(metric, change)
                      ? 'is-better'
                      : 'is-worse',
              },
              ft('report.startEnd', {
                start: r.start[metric],
                end: r.final[metric],
                change: formatChange(language, change),
              }),
            );
          }),
        ),
      ),
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'row' } }, ft('report.objectivesRow')),
        ...runs.map((r) =>
          h(
            'td',
            {},
            ft('report.objectives', {
              met: r.objectivesMet,
              total: r.objectives,
              score: r.roleScore,
            }),
          ),
        ),
      ),
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'row' } }, ft('capitalRow')),
        ...runs.map((r) => h('td', {}, formatNumber(language, r.capital))),
      ),
    ),
  );

  const changesText = (changes: RunSummary['turns'][number]['changes']) => {
    const parts = METRIC_IDS.filter((m) => changes[m] !== undefined).map((m) =>
      ft('report.metricChange', {
        metric: t(`metrics.${m}.name`),
        change: formatChange(language, changes[m] ?? 0),
      }),
    );
    return parts.length > 0 ? formatList(language, parts) : ft('report.noChange');
  };

  const turnHeading = (turn: number) =>
    h(
      'h3',
      {},
      ft('report.turnTitle', {
        turn: turn + 1,
        title: ctx.tx(scenario.turns[turn]?.titleKey ?? ''),
      }),
    );
  const diverged = divergentTurns(session, runs);
  const divergence =
    setup.mode === 'parallel'
      ? diverged.map((turn) =>
          h(
            'section',
            { class: 'divergence' },
            turnHeading(turn),
            h(
              'ul',
              {},
              ...runs.flatMap((r) => {
                const record = r.turns[turn];
                if (!record) return [];
                return [
                  h(
                    'li',
                    {},
                    h('strong', {}, runName(ctx, setup, r.run)),
                    ' ',
                    ft('report.divergedChoice', {
                      option: optionLabel(ctx, scenario, turn, record.optionId),
                      capital: record.capital.spent,
                      changes: changesText(record.changes),
                    }),
                  ),
                ];
              }),
            ),
          ),
        )
      : session.votes.map((vote, turn) =>
          h(
            'section',
            { class: 'divergence' },
            turnHeading(turn),
            voteChart(ctx, scenario, session, vote.votes, turn),
            h(
              'p',
              {},
              ft('report.roomDecided', {
                option: optionLabel(ctx, scenario, turn, vote.decided),
                capital: runs[0]?.turns[turn]?.capital.spent ?? 0,
                changes: changesText(runs[0]?.turns[turn]?.changes ?? {}),
              }),
              vote.tieBrokenBy ? ` ${ft(`report.tie.${vote.tieBrokenBy}`)}` : '',
            ),
          ),
        );

  const opinion = setup.opinion
    ? (() => {
        const { before, after } = session.opinions;
        const shifts = setup.teams.flatMap((team) => {
          const b = before[team.id];
          const a = after[team.id];
          return b !== undefined && a !== undefined ? [a - b] : [];
        });
        const mean = shifts.length > 0 ? shifts.reduce((x, y) => x + y, 0) / shifts.length : null;
        const answer = (v: number | undefined) => (v === undefined ? '—' : ft(scaleKey(v)));
        return h(
          'section',
          { class: 'panel', attrs: { 'aria-labelledby': 'opinion-shift-heading' } },
          h('h2', { id: 'opinion-shift-heading' }, ft('report.opinionHeading')),
          h('p', { class: 'opinion-question' }, opinionQuestion(ctx, session)),
          h(
            'table',
            { class: 'worlds-table' },
            h('caption', { class: 'visually-hidden' }, ft('report.opinionCaption')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...(['team', 'before', 'after', 'shift'] as const).map((c) =>
                  h('th', { attrs: { scope: 'col' } }, ft(`report.opinionColumns.${c}`)),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              ...setup.teams.map((team) => {
                const b = session.opinions.before[team.id];
                const a = session.opinions.after[team.id];
                return h(
                  'tr',
                  {},
                  h('th', { attrs: { scope: 'row' } }, teamName(ctx, setup, team)),
                  h('td', {}, answer(b)),
                  h('td', {}, answer(a)),
                  h(
                    'td',
                    {},
                    a !== undefined && b !== undefined ? formatChange(language, a - b) : '—',
                  ),
                );
              }),
            ),
          ),
          mean !== null &&
            h(
              'p',
              {},
              ft('report.meanShift', {
                shift: new Intl.NumberFormat(numberLocale(language), {
                  signDisplay: 'exceptZero',
                  maximumFractionDigits: 1,
                }).format(mean),
              }),
            ),
          h('p', { class: 'hint' }, ft('report.opinionHelp')),
        );
      })()
    : null;

  const assumptionRows = scenario.rules.assumptions.map((a) => {
    const settings = [...new Set(runs.map((r) => r.assumptions[a.id] ?? 'optimistic'))];
    return h(
      'li',
      {},
      t('ending.assumptionRow', {
        question: ctx.tx(a.labelKey),
        setting: settings.map((s) => ctx.tx(`policy:assumptions.${a.id}.${s}`)).join(' / '),
      }),
      ' ',
      sourceChips(ctx, scenario, a.sources),
    );
  });

  const save = (extension: 'csv' | 'json') => {
    const text =
      extension === 'csv'
        ? sessionCsv(ctx, scenario, session, runs)
        : `${JSON.stringify(sessionJson(ctx, scenario, session, runs), null, 2)}\n`;
    download(
      exportFileName(session, extension),
      extension === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      text,
    );
  };
  const action = (label: string, onClick: () => void, id: string, primary = false) =>
    h(
      'button',
      {
        class: primary ? 'button primary' : 'button',
        attrs: { type: 'button', id },
        on: { click: onClick },
      },
      label,
    );

  return {
    heading: h(
      'h1',
      { attrs: { tabindex: -1 } },
      ft('report.heading', { scenario: ctx.tx(scenario.titleKey) }),
    ),
    body: [
      h(
        'p',
        { class: 'lead' },
        ft('report.meta', {
          date: new Intl.DateTimeFormat(numberLocale(language), { dateStyle: 'long' }).format(
            new Date(`${session.date}T12:00:00`),
          ),
          mode: ft(`mode.${setup.mode}`),
          seed: setup.seed,
          teams: formatList(
            language,
            setup.teams.map((team) => teamName(ctx, setup, team)),
          ),
        }),
      ),
      h(
        'div',
        { class: 'actions report-actions' },
        action(ft('report.print'), () => window.print(), 'report-print', true),
        action(ft('report.csv'), () => save('csv'), 'report-csv'),
        action(ft('report.json'), () => save('json'), 'report-json'),
      ),
      h(
        'section',
        { class: 'panel', attrs: { 'aria-labelledby': 'comparison-heading' } },
        h('h2', { id: 'comparison-heading' }, ft('report.comparisonHeading')),
        comparison,
      ),
      h(
        'section',
        { class: 'panel', attrs: { 'aria-labelledby': 'divergence-heading' } },
        h(
          'h2',
          { id: 'divergence-heading' },
          ft(setup.mode === 'parallel' ? 'report.divergenceHeading' : 'report.votesHeading'),
        ),
        divergence.length > 0 ? h('div', {}, ...divergence) : h('p', {}, ft('report.noDivergence')),
      ),
      opinion,
      discussionSection(ctx, scenario, 'session-discussion-heading'),
      whatHappenedSection(ctx, scenario, 'session-happened-heading'),
      h(
        'section',
        { class: 'panel', attrs: { 'aria-labelledby': 'session-assumptions-heading' } },
        h('h2', { id: 'session-assumptions-heading' }, t('ending.assumptionsHeading')),
        h('ul', { class: 'assumptions' }, ...assumptionRows),
      ),
      h('h2', { class: 'sources-heading' }, t('ending.sourcesHeading')),
      sourceList(
        ctx,
        scenario,
        scenario.sources.map((s) => s.id),
      ),
    ],
  };
}
