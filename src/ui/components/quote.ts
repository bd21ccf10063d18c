import type { Quote, Scenario } from '../../content';
import type { UiContext } from '../context';
import { h } from '../dom';
import { sourceChips } from './sources';

/**
 * Real people's words as they said them, in their language; in any other language a translation
 * follows, labelled as one, so no one is made to say words they never said.
 */
export function quoteFigure(ctx: UiContext, scenario: Scenario, quote: Quote): HTMLElement {
  const { t } = ctx.i18n;
  const translate = ctx.i18n.t as unknown as (key: string, options: object) => string;
  const original = translate(quote.textKey, { lng: scenario.language });
  const translated = ctx.tx(quote.textKey);
  const showTranslation = ctx.i18n.language !== quote.language && translated !== original;
  return h(
    'figure',
    { class: 'quote' },
    h('blockquote', { attrs: { lang: quote.language } }, t('turn.quote', { text: original })),
    showTranslation &&
      h('p', { class: 'quote-translation' }, t('turn.quoteTranslation', { text: translated })),
    h(
      'figcaption',
      {},
      t('turn.quoteBy', { by: ctx.tx(quote.byKey) }),
      ' ',
      sourceChips(ctx, scenario, quote.sources),
    ),
  );
}
