import { findPack, type Scenario } from '../../content';
import type { UiContext } from '../context';
import { h } from '../dom';

/** A scenario with no text in the active language says so: it is shown in its own language. */
export function untranslatedNote(ctx: UiContext, scenario: Scenario): HTMLElement | null {
  const pack = findPack(scenario.id);
  if (!pack || pack.hasTranslation(ctx.i18n.language)) return null;
  const original =
    new Intl.DisplayNames([ctx.i18n.language], { type: 'language' }).of(scenario.language) ??
    scenario.language;
  return h('p', { class: 'badge untranslated' }, ctx.i18n.t('library.untranslated', { original }));
}
