import { formatChange } from '../../i18n';
import { isImprovement, METRIC_IDS } from '../../engine';
import { selectBalance, selectResultLink, selectRunScore } from '../../state';
import { shareSection } from '../components/share';
import { discussionSection, whatHappenedSection } from '../components/debrief';
import { describeObjective } from '../components/objectives';
import { whatIfSection } from '../components/whatIf';
import type { ScreenRenderer } from '../context';
import { h } from '../dom';
import { describeMetric } from '../components/meters';
import { sourceChips, sourceList } from '../components/sources';

export const renderEnding: ScreenRenderer = (ctx, state, scenario) => {
  const { t } = ctx.i18n;
  const game = state.game;
  const ending = game?.ending;
  if (!scenario || !game || !ending) throw new Error('ending screen without an ending');
  const total = scenario.rules.turns.length;
  const score = selectRunScore(state);
  const role = scenario.rules.roles.find((r) => r.id === game.role);
  const start = game.history[0] ?? game.metrics;
  const heading = h('h1', { attrs: { tabindex: -1 } }, ctx.tx(ending.text));
  const button = (label: string, onClick: () => void, primary = false) =>
    h(
      'button',
      {
        class: primary ? 'button primary' : 'button',
        attrs: { type: 'button' },
        on: { click: onClick },
      },
      label,
    );

  const decisions = state.decisions.map((decision, index) => {
    const turnText = scenario.turns[index];
    const option = scenario.rules.turns[index]?.options.find((o) => o.id === decision.optionId);
    return h(
      'li',
      {},
      h(
        'span',
        { class: 'decision-turn' },
        turnText
          ? t('ending.decisionRow', {
              date: ctx.tx(turnText.dateKey),
              title: ctx.tx(turnText.titleKey),
            })
          : decision.turnId,
      ),
      h('strong', {}, option ? ctx.tx(option.labelKey) : decision.optionId),
    );
  });

  const finalMeters = METRIC_IDS.map((metric) => {
    const change = game.metrics[metric] - start[metric];
    const tone =
      change === 0 ? 'is-same' : isImprovement(metric, change) ? 'is-better' : 'is-worse';
    return h(
      'li',
      { class: tone },
      h(
        'span',
        { class: 'visually-hidden' },
        describeMetric(ctx, metric, game.metrics[metric], change),
      ),
      h('strong', { attrs: { 'aria-hidden': 'true' } }, t(`metrics.${metric}.name`)),
      h(
        'span',
        { attrs: { 'aria-hidden': 'true' } },
        change === 0
          ? t('ending.startToEnd', { start: start[metric], end: game.metrics[metric] })
          : t('ending.startToEndChanged', {
              start: start[metric],
              end: game.metrics[metric],
              change: formatChange(ctx.i18n.language, change),
            }),
      ),
    );
  });

  const element = h(
    'div',
    { class: 'screen ending-screen' },
    h('p', { class: `eyebrow ending-kind kind-${ending.kind}` }, t(`ending.kind.${ending.kind}`)),
    heading,
    h('p', { class: 'lead' }, ctx.tx(scenario.endingBodyKeys[ending.id] ?? ending.text.key)),
    ending.afterTurn + 1 < total &&
      h('p', {}, t('ending.earlyEnd', { turn: ending.afterTurn + 1, total })),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'final-heading' } },
      h('h2', { id: 'final-heading' }, t('ending.metersHeading')),
      h('p', { class: 'balance' }, t('ending.balance', { value: selectBalance(state) ?? 0 })),
      h('p', { class: 'hint' }, t('ending.balanceHelp')),
      h('ul', { class: 'final-meters' }, ...finalMeters),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'role-score-heading' } },
      h('h2', { id: 'role-score-heading' }, t('ending.roleHeading')),
      score &&
        role &&
        h(
          'p',
          { class: 'balance' },
          t('ending.roleScore', { role: ctx.tx(role.nameKey), value: score.roleScore }),
        ),
      h(
        'ul',
        { class: 'objectives' },
        ...(score?.objectives ?? []).map((o) =>
          h(
            'li',
            { class: o.met ? 'is-better' : 'is-worse' },
            t('objective.result', {
              objective: describeObjective(ctx, o.objective),
              value: o.value,
              verdict: t(o.met ? 'objective.met' : 'objective.notMet'),
            }),
          ),
        ),
      ),
      h('h3', {}, t('ending.valuesHeading')),
      score && h('p', { class: 'balance' }, t('ending.valuesScore', { value: score.valuesScore })),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'decisions-heading' } },
      h('h2', { id: 'decisions-heading' }, t('ending.decisionsHeading')),
      h('ol', { class: 'decision-list' }, ...decisions),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'assumptions-heading' } },
      h('h2', { id: 'assumptions-heading' }, t('ending.assumptionsHeading')),
      h(
        'ul',
        { class: 'assumptions' },
        ...scenario.rules.assumptions.map((a) => {
          const setting = game.assumptions[a.id] ?? 'optimistic';
          return h(
            'li',
            {},
            t('ending.assumptionRow', {
              question: ctx.tx(a.labelKey),
              setting: ctx.tx(`policy:assumptions.${a.id}.${setting}`),
            }),
            ' ',
            sourceChips(ctx, scenario, a.sources),
          );
        }),
      ),
    ),
    whatIfSection(ctx, scenario, state),
    shareSection(ctx, selectResultLink(state), ctx.tx(scenario.titleKey)),
    whatHappenedSection(ctx, scenario, 'happened-heading'),
    discussionSection(ctx, scenario, 'discussion-heading'),
    h(
      'div',
      { class: 'actions' },
      button(t('ending.playAgain'), () => ctx.store.getState().restart({ sameSeed: false }), true),
      button(t('ending.sameSeed'), () => ctx.store.getState().restart({ sameSeed: true })),
      button(t('ending.toTitle'), () => ctx.store.getState().goToTitle()),
    ),
    h('p', { class: 'seed' }, t('briefing.seed', { seed: state.setup.seed })),
    h('h2', { class: 'sources-heading' }, t('ending.sourcesHeading')),
    h('p', { class: 'hint' }, t('ending.sourcesLead')),
    // The debrief lists every source of the scenario: all its effects and claims rest on these.
    sourceList(
      ctx,
      scenario,
      scenario.sources.map((source) => source.id),
    ),
  );
  return { element, focusTarget: heading };
};
