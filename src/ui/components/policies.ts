import type { Scenario } from '../../content';
import { selectLeverPreviews, selectPlannedLeverCost, type RootState } from '../../state';
import type { UiContext } from '../context';
import { h, replaceChildren } from '../dom';
import { errorText } from './errors';

/**
 * The policies the player's role may change this turn: one select per lever, with the level in
 * force, each level's cost and why a level is not possible. Collapsed by default: a first game can
 * be played with the inject options alone.
 */
export function policiesPanel(ctx: UiContext, scenario: Scenario) {
  const { t } = ctx.i18n;
  const list = h('div', { class: 'policy-list' });
  const total = h('p', { class: 'policy-total', attrs: { 'aria-live': 'polite' } });
  const details = h(
    'details',
    { class: 'panel policies', attrs: { 'aria-labelledby': 'policies-summary' } },
    // A heading inside <summary> loses its role in most screen readers; the summary names itself.
    h('summary', { id: 'policies-summary', class: 'summary-heading' }, t('policies.heading')),
    h('p', { class: 'hint' }, t('policies.help')),
    total,
    list,
  );
  let built = false;
  const selects = new Map<string, HTMLSelectElement>();

  const build = (state: RootState) => {
    const previews = selectLeverPreviews(state);
    const rows = previews.map((preview) => {
      const lever = scenario.rules.levers.find((l) => l.id === preview.leverId);
      const id = `policy-${preview.leverId}`;
      const select = h('select', {
        id,
        on: {
          change: () => ctx.store.getState().planLever(preview.leverId, select.value),
        },
      });
      selects.set(preview.leverId, select);
      return h(
        'div',
        { class: 'policy-row' },
        h(
          'label',
          { attrs: { for: id } },
          h('strong', {}, ctx.tx(`policy:levers.${preview.leverId}.name`)),
          h('span', { class: 'hint' }, ctx.tx(`policy:levers.${preview.leverId}.help`)),
          h(
            'span',
            { class: 'option-cost' },
            t('policies.stepCost', { count: lever?.costPerStep ?? 0 }),
          ),
        ),
        select,
      );
    });
    replaceChildren(list, ...rows);
    built = true;
  };

  const update = (state: RootState) => {
    if (!built) build(state);
    for (const preview of selectLeverPreviews(state)) {
      const select = selects.get(preview.leverId);
      if (!select) continue;
      const planned = state.draft.levers[preview.leverId] ?? preview.level;
      replaceChildren(
        select,
        ...preview.levels.map((level) => {
          const name = ctx.tx(`policy:levers.${preview.leverId}.levels.${level.level}`);
          const label = level.current
            ? t('policies.current', { level: name })
            : level.blocked
              ? t('policies.blocked', { level: name, reason: errorText(ctx, level.blocked) })
              : name;
          return h(
            'option',
            {
              attrs: {
                value: level.level,
                selected: level.level === planned,
                disabled: level.blocked !== null,
              },
            },
            label,
          );
        }),
      );
    }
    const cost = selectPlannedLeverCost(state);
    total.textContent = cost > 0 ? t('policies.planned', { cost }) : t('policies.none');
    if (cost > 0) details.open = true;
  };
  return { element: details, update };
}
