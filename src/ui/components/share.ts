import type { UiContext } from '../context';
import { h } from '../dom';

/**
 * "Share this result": the system's share sheet where there is one, else the clipboard; the link
 * is always shown in a field too, since either can be refused.
 */
export function shareSection(ctx: UiContext, fragment: string | undefined, title: string) {
  if (!fragment) return null;
  const { t } = ctx.i18n;
  const url = `${location.origin}${location.pathname}${fragment}`;
  const status = h('p', { class: 'hint', attrs: { role: 'status' } });
  const field = h('input', {
    id: 'share-link',
    attrs: { type: 'text', readonly: true, value: url, 'aria-describedby': 'share-help' },
    on: { focus: () => field.select() },
  });
  const share = async () => {
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title, url });
        status.textContent = t('result.shared');
        return;
      }
      await navigator.clipboard.writeText(url);
      status.textContent = t('result.copied');
    } catch {
      // Refused or cancelled: the field is there to copy from.
      status.textContent = t('result.copyManually');
      field.focus();
    }
  };
  return h(
    'section',
    { class: 'panel share', attrs: { 'aria-labelledby': 'share-heading' } },
    h('h2', { id: 'share-heading' }, t('result.share')),
    h('p', { id: 'share-help', class: 'hint' }, t('result.shareHelp')),
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: 'share-link' } }, t('result.shareLabel')),
      field,
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          class: 'button',
          attrs: { type: 'button', id: 'share-button' },
          on: { click: () => void share() },
        },
        t('result.share'),
      ),
    ),
    status,
  );
}
