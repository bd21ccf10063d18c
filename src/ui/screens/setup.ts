import { formatNumber } from '../../i18n';
import { MAX_VALUE_WEIGHT, METRIC_IDS, type AssumptionChoice } from '../../engine';
import { findScenario } from '../../content';
import type { ScreenRenderer } from '../context';
import { h } from '../dom';
import { describeObjective } from '../components/objectives';
import { sourceChips, sourceList } from '../components/sources';

const CHOICES: readonly AssumptionChoice[] = ['random', 'optimistic', 'pessimistic'];

/** Role, values and contested assumptions, with defaults that let a class start in one click. */
export const renderSetup: ScreenRenderer = (ctx, state) => {
  const { t } = ctx.i18n;
  const pending = state.pendingSetup;
  const scenario = pending ? findScenario(pending.scenarioId) : undefined;
  if (!pending || !scenario) throw new Error('setup without a scenario');
  const setup = pending.setup;
  const { rules } = scenario;
  const store = ctx.store;
  const heading = h('h1', { attrs: { tabindex: -1 } }, t('setup.heading'));
  // A start that fails (an impossible restored setup) says why instead of doing nothing.
  const startError = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const unsubscribe = store.subscribe(
    (s) => s.lastError,
    (error) => {
      const kind = error?.kind;
      startError.textContent =
        kind === 'unknownScenario' ||
        kind === 'unknownRole' ||
        kind === 'unknownAssumption' ||
        kind === 'badAssumption' ||
        kind === 'badValue'
          ? t(`errors.start.${kind}`)
          : '';
    },
  );
  const startButton = () =>
    h(
      'button',
      {
        class: 'button primary',
        attrs: { type: 'button' },
        on: { click: () => store.getState().startScenario() },
      },
      t('setup.start'),
    );

  const roles = rules.roles.map((role) => {
    const id = `role-${role.id}`;
    const radio = h('input', {
      id,
      attrs: { type: 'radio', name: 'role', value: role.id, checked: setup.role === role.id },
      on: { change: () => store.getState().setRole(role.id) },
    });
    return h(
      'label',
      { class: 'option-card role-card', attrs: { for: id } },
      radio,
      h(
        'span',
        { class: 'option-body' },
        h('span', { class: 'option-label' }, ctx.tx(role.nameKey)),
        h('span', { class: 'option-desc' }, ctx.tx(role.nameKey.replace(/\.name$/, '.summary'))),
        h('span', { class: 'option-touches' }, t('setup.objectivesHeading')),
        h(
          'ul',
          { class: 'objectives' },
          ...role.objectives.map((o) => h('li', {}, describeObjective(ctx, o))),
        ),
      ),
    );
  });

  const values = METRIC_IDS.map((metric) => {
    const id = `value-${metric}`;
    const value = setup.values?.[metric] ?? 1;
    const output = h('output', { attrs: { for: id } }, formatNumber(ctx.i18n.language, value));
    const input = h('input', {
      id,
      attrs: {
        type: 'range',
        min: 0,
        max: MAX_VALUE_WEIGHT,
        step: 1,
        value,
        'aria-valuetext': t('setup.valueLabel', { metric: t(`metrics.${metric}.name`), value }),
      },
      on: {
        input: () => {
          const weight = Number(input.value);
          output.textContent = formatNumber(ctx.i18n.language, weight);
          input.setAttribute(
            'aria-valuetext',
            t('setup.valueLabel', { metric: t(`metrics.${metric}.name`), value: weight }),
          );
          store.getState().setValue(metric, weight);
        },
      },
    });
    return h(
      'div',
      { class: 'value-row' },
      h('label', { attrs: { for: id } }, t(`metrics.${metric}.name`)),
      input,
      output,
    );
  });

  const assumptions = rules.assumptions.map((assumption) => {
    const id = `assumption-${assumption.id}`;
    const current = setup.assumptions?.[assumption.id] ?? 'random';
    const textFor = (choice: AssumptionChoice) =>
      choice === 'random'
        ? t('setup.assumptionRandom')
        : t(
            choice === 'optimistic' ? 'setup.assumptionOptimistic' : 'setup.assumptionPessimistic',
            {
              text: ctx.tx(`policy:assumptions.${assumption.id}.${choice}`),
            },
          );
    const select = h(
      'select',
      {
        id,
        on: {
          change: () => {
            const choice = CHOICES.find((c) => c === select.value);
            if (choice) store.getState().setAssumption(assumption.id, choice);
          },
        },
      },
      ...CHOICES.map((choice) =>
        h('option', { attrs: { value: choice, selected: choice === current } }, textFor(choice)),
      ),
    );
    return h(
      'div',
      { class: 'assumption-row' },
      h('label', { attrs: { for: id } }, ctx.tx(assumption.labelKey)),
      select,
      h(
        'span',
        { class: 'fact-sources' },
        t('turn.factSources'),
        ' ',
        sourceChips(ctx, scenario, assumption.sources),
      ),
    );
  });

  const element = h(
    'div',
    { class: 'screen setup-screen' },
    h('p', { class: 'eyebrow' }, t('setup.eyebrow', { scenario: ctx.tx(scenario.titleKey) })),
    heading,
    h('p', { class: 'lead' }, t('setup.lead')),
    h('div', { class: 'actions' }, startButton()),
    startError,
    h(
      'section',
      { attrs: { 'aria-labelledby': 'role-heading' } },
      h('h2', { id: 'role-heading' }, t('setup.roleHeading')),
      h(
        'fieldset',
        { class: 'roles' },
        h('legend', { class: 'visually-hidden' }, t('setup.roleHeading')),
        ...roles,
      ),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'values-heading' } },
      h('h2', { id: 'values-heading' }, t('setup.valuesHeading')),
      h('p', { class: 'hint' }, t('setup.valuesHelp')),
      ...values,
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'assumptions-heading' } },
      h('h2', { id: 'assumptions-heading' }, t('setup.assumptionsHeading')),
      h('p', { class: 'hint' }, t('setup.assumptionsHelp')),
      ...assumptions,
    ),
    h('p', { class: 'seed' }, t('briefing.seed', { seed: setup.seed })),
    h('div', { class: 'actions' }, startButton()),
    h('h2', { class: 'sources-heading' }, t('ending.sourcesHeading')),
    sourceList(
      ctx,
      scenario,
      rules.assumptions.flatMap((a) => a.sources),
    ),
  );
  return { element, focusTarget: heading, dispose: unsubscribe };
};
