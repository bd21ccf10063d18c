import { formatChange } from '../../i18n';
import type { Scenario } from '../../content';
import { isImprovement, type Cause, type MetricChange, type TurnReport } from '../../engine';
import { selectLastReport, selectSupport } from '../../state';
import { reactionsSection } from '../components/reactions';
import type { ScreenRenderer, UiContext } from '../context';
import { h } from '../dom';
import { describeMetric } from '../components/meters';
import { pipeline } from '../components/pipeline';
import { sourceChips, sourceList } from '../components/sources';

function causeItem(ctx: UiContext, scenario: Scenario, cause: Cause): HTMLElement {
  const { t } = ctx.i18n;
  const notes: string[] = [];
  if (cause.delay > 0) notes.push(t('consequences.delayed', { count: cause.delay }));
  if (cause.range)
    notes.push(
      t('consequences.range', {
        min: formatChange(ctx.i18n.language, cause.range[0]),
        max: formatChange(ctx.i18n.language, cause.range[1]),
      }),
    );
  return h(
    'li',
    { class: `cause cause-${cause.kind}` },
    h('span', { class: 'cause-amount' }, formatChange(ctx.i18n.language, cause.amount)),
    h('span', { class: 'cause-kind' }, t(`consequences.kind.${cause.kind}`)),
    h('span', { class: 'cause-text' }, ctx.tx(cause.text)),
    notes.length > 0 && h('span', { class: 'cause-notes' }, notes.join(' · ')),
    cause.sources.length > 0 && sourceChips(ctx, scenario, cause.sources),
  );
}

function changeRow(ctx: UiContext, scenario: Scenario, change: MetricChange): HTMLElement {
  const { t } = ctx.i18n;
  const delta = change.after - change.before;
  const tone =
    delta === 0 ? 'is-same' : isImprovement(change.metric, delta) ? 'is-better' : 'is-worse';
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '•';
  return h(
    'li',
    { class: `change ${tone}` },
    h(
      'p',
      { class: 'change-head' },
      h('span', { class: 'change-arrow', attrs: { 'aria-hidden': 'true' } }, arrow),
      h(
        'span',
        { class: 'visually-hidden' },
        describeMetric(ctx, change.metric, change.after, delta),
      ),
      h('strong', { attrs: { 'aria-hidden': 'true' } }, t(`metrics.${change.metric}.name`)),
      h(
        'span',
        { class: 'change-values', attrs: { 'aria-hidden': 'true' } },
        t('consequences.row', { before: change.before, after: change.after }),
        ' ',
        delta === 0
          ? t('consequences.noChange')
          : t('consequences.delta', {
              change: formatChange(ctx.i18n.language, delta),
              verdict: t(isImprovement(change.metric, delta) ? 'meter.better' : 'meter.worse'),
            }),
      ),
    ),
    change.causes.length > 0 &&
      h('ul', { class: 'causes' }, ...change.causes.map((c) => causeItem(ctx, scenario, c))),
  );
}

export function announceReport(ctx: UiContext, report: TurnReport): string {
  const moved = report.changes
    .filter((c) => c.after !== c.before)
    .map((c) => describeMetric(ctx, c.metric, c.after, c.after - c.before));
  return ctx.i18n.t('consequences.announce', {
    turn: report.turnIndex + 1,
    changes: moved.join('. '),
  });
}

export const renderConsequences: ScreenRenderer = (ctx, state, scenario) => {
  const { t } = ctx.i18n;
  const report = selectLastReport(state);
  if (!scenario || !report || !state.game) throw new Error('consequences without a report');
  const turnRules = scenario.rules.turns[report.turnIndex];
  const option = turnRules?.options.find((o) => o.id === report.decision.optionId);
  const turnText = scenario.turns[report.turnIndex];
  const heading = h('h1', { attrs: { tabindex: -1 } }, t('consequences.heading'));
  const ended = state.game.ending !== null;
  const next = h(
    'button',
    {
      class: 'button primary',
      attrs: { type: 'button' },
      on: { click: () => ctx.store.getState().continueFromConsequences() },
    },
    ended ? t('consequences.toEnding') : t('consequences.continue'),
  );
  const cited = new Set(
    [...report.changes, ...report.approval].flatMap((c) =>
      c.causes.flatMap((cause) => cause.sources),
    ),
  );
  // Biggest movements first: that is what a player asks about.
  const changes = [...report.changes].sort(
    (a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before),
  );

  const element = h(
    'div',
    { class: 'screen consequences-screen' },
    h('p', { class: 'eyebrow' }, turnText ? ctx.tx(turnText.dateKey) : ''),
    heading,
    h(
      'p',
      { class: 'lead' },
      t('consequences.youChose', {
        option: option ? ctx.tx(option.labelKey) : report.decision.optionId,
      }),
    ),
    report.events.length > 0 &&
      h(
        'section',
        { class: 'events', attrs: { 'aria-labelledby': 'events-heading' } },
        h('h2', { id: 'events-heading' }, t('consequences.eventsHeading')),
        ...report.events.map((event) =>
          h(
            'article',
            { class: 'event-card' },
            h('h3', {}, ctx.tx(event.text)),
            h('p', {}, ctx.tx(scenario.eventBodyKeys[event.id] ?? event.text.key)),
            h('p', { class: 'hypothetical' }, t('consequences.hypothetical')),
          ),
        ),
      ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'why-heading' } },
      h('h2', { id: 'why-heading' }, t('consequences.whyHeading')),
      report.changes.some((c) => c.causes.some((cause) => cause.range !== null)) &&
        h('p', { class: 'hint' }, t('consequences.bandHint')),
      h('ul', { class: 'changes' }, ...changes.map((c) => changeRow(ctx, scenario, c))),
    ),
    ended ? null : pipeline(ctx, state.game),
    h(
      'p',
      { class: 'capital-line' },
      t('consequences.capitalLine', {
        spent: report.capital.spent,
        gained: report.capital.gained,
        after: report.capital.after,
      }),
    ),
    reactionsSection(ctx, scenario, report, selectSupport(state)),
    h('div', { class: 'actions' }, next),
    cited.size > 0 && h('h2', { class: 'sources-heading' }, t('ending.sourcesHeading')),
    cited.size > 0 && sourceList(ctx, scenario, cited),
  );
  return { element, focusTarget: heading };
};
