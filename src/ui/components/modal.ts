import { h, type Child } from '../dom';

/**
 * A modal dialog frame: a heading that names it, a close button, and focus given back to whatever
 * opened it. The browser's own <dialog> keeps focus inside and closes on Escape.
 */
export function modalDialog(options: {
  readonly id: string;
  readonly title: string;
  readonly closeLabel: string;
  readonly children: readonly Child[];
}) {
  const headingId = `${options.id}-heading`;
  const heading = h('h2', { id: headingId, attrs: { tabindex: -1 } }, options.title);
  const dialog = h(
    'dialog',
    { class: 'dialog', id: options.id, attrs: { 'aria-labelledby': headingId } },
    h(
      'div',
      { class: 'dialog-head' },
      heading,
      h(
        'button',
        { class: 'button', attrs: { type: 'button' }, on: { click: () => dialog.close() } },
        options.closeLabel,
      ),
    ),
    ...options.children,
  );
  let opener: Element | null = null;
  dialog.addEventListener('close', () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });
  return {
    element: dialog,
    heading,
    /** Opens it and focuses `target` (the heading unless given). */
    show(target: HTMLElement | null = null): void {
      opener = document.activeElement;
      if (!dialog.open) dialog.showModal();
      (target ?? heading).focus();
    },
  };
}
