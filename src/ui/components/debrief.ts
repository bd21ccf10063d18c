import type { Scenario } from '../../content';
import type { UiContext } from '../context';
import { h } from '../dom';
import { sourceChips } from './sources';

/** "What actually happened", with its sources: the player's debrief and the room's report share it. */
export function whatHappenedSection(ctx: UiContext, scenario: Scenario, headingId: string) {
  const { t } = ctx.i18n;
  return h(
    'section',
    { class: 'panel epilogue', attrs: { 'aria-labelledby': headingId } },
    h('h2', { id: headingId }, t('ending.whatHappenedHeading')),
    ...scenario.epilogue.paragraphKeys.map((k) => h('p', {}, ctx.tx(k))),
    h(
      'p',
      { class: 'fact-sources' },
      t('turn.factSources'),
      ' ',
      sourceChips(ctx, scenario, scenario.epilogue.sources),
    ),
  );
}

/** The scenario's questions to discuss. */
export function discussionSection(ctx: UiContext, scenario: Scenario, headingId: string) {
  return h(
    'section',
    { class: 'panel discussion', attrs: { 'aria-labelledby': headingId } },
    h('h2', { id: headingId }, ctx.i18n.t('ending.discussionHeading')),
    h('ol', {}, ...scenario.discussionKeys.map((k) => h('li', {}, ctx.tx(k)))),
  );
}
