import { formatList } from '../../i18n';
import { selectCurrentTurn, selectOptionPreviews } from '../../state';
import type { ScreenRenderer } from '../context';
import { h } from '../dom';
import { errorText } from '../components/errors';
import { forecastPanel } from '../components/forecast';
import { pipeline } from '../components/pipeline';
import { policiesPanel } from '../components/policies';
import { glossaryEntries, withTerms } from '../components/glossary';
import { quoteFigure } from '../components/quote';
import { sourceChips, sourceList } from '../components/sources';

/** Number keys pick options, but not while the player is typing in a field or using a slider. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
    return true;
  return target instanceof HTMLInputElement && target.type !== 'radio';
}

/**
 * The portrait's letter: the last word's initial, so titles like "Dr." do not take its place, and
 * only a word that starts with a letter ("Col. Helen Ward (ret.)" is a W, not a "(").
 */
export function surnameInitial(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word));
  return words.at(-1)?.charAt(0) ?? '?';
}

export const renderTurn: ScreenRenderer = (ctx, state, scenario) => {
  const { t } = ctx.i18n;
  const turn = selectCurrentTurn(state);
  const terms = glossaryEntries(ctx, scenario);
  const game = state.game;
  if (!scenario || !turn || !game) throw new Error('turn screen without a turn');
  const rulesTurn = scenario.rules.turns[game.turn];
  const previews = selectOptionPreviews(state);
  const total = scenario.rules.turns.length;
  const language = ctx.i18n.language;

  const heading = h('h1', { attrs: { tabindex: -1 } }, ctx.tx(turn.titleKey));
  const error = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const radios: HTMLInputElement[] = [];
  const warnings: HTMLElement[] = [];

  const options = turn.options.map((content, index) => {
    const preview = previews.find((p) => p.optionId === content.id);
    const rulesOption = rulesTurn?.options.find((o) => o.id === content.id);
    const inputId = `option-${index + 1}`;
    const descId = `${inputId}-desc`;
    const radio = h('input', {
      id: inputId,
      attrs: {
        type: 'radio',
        name: 'option',
        value: content.id,
        checked: state.draft.optionId === content.id,
        'aria-describedby': descId,
      },
      on: { change: () => ctx.store.getState().chooseOption(content.id) },
    });
    radios.push(radio);
    const warning = h('span', { class: 'option-warning' });
    warnings.push(warning);
    const cost = preview?.cost ?? 0;
    const touches = (preview?.touches ?? []).map((m) => t(`metrics.${m}.name`));
    return h(
      'label',
      { class: 'option-card', attrs: { for: inputId } },
      radio,
      h('span', { class: 'option-key', attrs: { 'aria-hidden': 'true' } }, String(index + 1)),
      h(
        'span',
        { class: 'option-body' },
        h(
          'span',
          { class: 'option-label' },
          rulesOption ? ctx.tx(rulesOption.labelKey) : content.id,
        ),
        h(
          'span',
          { id: descId, class: 'option-details' },
          h('span', { class: 'option-desc' }, ctx.tx(content.descriptionKey)),
          h(
            'span',
            { class: 'option-cost' },
            cost === 0 ? t('turn.free') : t('turn.cost', { count: cost }),
          ),
          touches.length > 0 &&
            h(
              'span',
              { class: 'option-touches' },
              t('turn.touches', { metrics: formatList(language, touches) }),
            ),
          warning,
        ),
      ),
    );
  });

  const form: HTMLFormElement = h(
    'form',
    {
      class: 'options-form',
      on: {
        // Enter on a chosen option decides, as the keyboard hint promises.
        keydown: (event) => {
          if (
            event.key === 'Enter' &&
            event.target instanceof HTMLInputElement &&
            event.target.type === 'radio'
          ) {
            event.preventDefault();
            form.requestSubmit();
          }
        },
        submit: (event) => {
          event.preventDefault();
          const chosen = radios.find((r) => r.checked && !r.disabled);
          if (!chosen) {
            error.textContent = t('turn.chooseFirst');
            radios.find((r) => !r.disabled)?.focus();
            return;
          }
          const result = ctx.store.getState().decide(chosen.value);
          if (!result.ok) error.textContent = errorText(ctx, result.error);
        },
      },
    },
    h('fieldset', {}, h('legend', {}, ctx.tx(turn.questionKey)), ...options),
    error,
    h('button', { class: 'button primary', attrs: { type: 'submit' } }, t('turn.decide')),
    h('p', { class: 'hint' }, t('turn.keyboardHint')),
  );

  const advisers = turn.advisers.map((argument) => {
    const adviser = scenario.advisers.find((a) => a.id === argument.adviser);
    const name = adviser ? ctx.tx(adviser.nameKey) : argument.adviser;
    return h(
      'li',
      { class: 'adviser', attrs: { style: `--adviser-color: ${adviser?.color ?? '#888'}` } },
      h(
        'p',
        { class: 'adviser-name' },
        h(
          'span',
          { class: 'adviser-initial', attrs: { 'aria-hidden': 'true' } },
          surnameInitial(name),
        ),
        h('strong', {}, name),
        h('span', { class: 'adviser-role' }, adviser ? ctx.tx(adviser.roleKey) : ''),
      ),
      h(
        'p',
        { class: 'adviser-text' },
        ...withTerms(ctx, ctx.tx(argument.textKey), terms),
        ' ',
        sourceChips(ctx, scenario, argument.sources),
      ),
    );
  });

  const cited = new Set([
    ...turn.factSources,
    ...(turn.quote?.sources ?? []),
    ...turn.advisers.flatMap((a) => a.sources),
  ]);

  const policies = policiesPanel(ctx, scenario);
  const forecast = forecastPanel(ctx);
  // The draft changes without a new screen: update what depends on it in place, keeping focus.
  const refresh = () => {
    const now = ctx.store.getState();
    const previewsNow = selectOptionPreviews(now);
    radios.forEach((radio, i) => {
      const blocked = previewsNow.find((p) => p.optionId === radio.value)?.blocked ?? null;
      radio.disabled = blocked !== null;
      if (blocked !== null) radio.checked = false;
      radio.closest('.option-card')?.classList.toggle('is-unaffordable', blocked !== null);
      const warning = warnings[i];
      if (warning) warning.textContent = blocked ? errorText(ctx, blocked) : '';
    });
    policies.update(now);
    forecast.update(now);
  };
  const unsubscribe = ctx.store.subscribe((s) => s.draft, refresh);
  refresh();

  const element = h(
    'div',
    { class: 'screen turn-screen' },
    h(
      'p',
      { class: 'eyebrow' },
      t('turn.eyebrow', { current: game.turn + 1, total, date: ctx.tx(turn.dateKey) }),
    ),
    heading,
    ...turn.bodyKeys.map((k) => h('p', {}, ...withTerms(ctx, ctx.tx(k), terms))),
    turn.quote && quoteFigure(ctx, scenario, turn.quote),
    h(
      'p',
      { class: 'fact-sources' },
      t('turn.factSources'),
      ' ',
      sourceChips(ctx, scenario, turn.factSources),
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'advisers-heading' } },
      h('h2', { id: 'advisers-heading' }, t('turn.advisersHeading')),
      h('ul', { class: 'advisers' }, ...advisers),
    ),
    pipeline(ctx, game),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'options-heading' } },
      h('h2', { id: 'options-heading' }, t('turn.optionsHeading')),
      forecast.element,
      form,
    ),
    policies.element,
    h('h2', { class: 'sources-heading' }, t('ending.sourcesHeading')),
    sourceList(ctx, scenario, cited),
  );

  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
    // Single-key shortcuts act only where the player is choosing (WCAG 2.1.4): on the turn's
    // heading, where each turn starts, or inside the options.
    const target = event.target instanceof Node ? event.target : null;
    if (target !== heading && !(target && form.contains(target))) return;
    const index = Number(event.key) - 1;
    const radio = Number.isInteger(index) ? radios[index] : undefined;
    if (!radio || radio.disabled) return;
    event.preventDefault();
    radio.checked = true;
    radio.focus();
    error.textContent = '';
    ctx.store.getState().chooseOption(radio.value);
  };
  document.addEventListener('keydown', onKey);

  return {
    element,
    focusTarget: heading,
    dispose: () => {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
    },
  };
};
