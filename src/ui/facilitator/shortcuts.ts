import type { GameStore } from '../../state';
import type { UiContext } from '../context';
import { facilitatorT } from './labels';
import { h } from '../dom';
import { modalDialog } from '../components/modal';

/** The facilitator's keys: shown in the bar, in the sheet, and handled by one listener. */
export const SHORTCUTS = [
  ['N', 'next'],
  ['B', 'back'],
  ['R', 'reveal'],
  ['P', 'pause'],
  ['+', 'more'],
  ['−', 'less'],
  ['C', 'contrast'],
  ['?', 'sheet'],
] as const;
export type ShortcutAction = (typeof SHORTCUTS)[number][1] | 'pick';

/** Keys that do something in fields (typing, moving between radio buttons) are left to them. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
    return true;
  if (target instanceof HTMLInputElement) {
    return target.type !== 'radio' || key.startsWith('Arrow') || key === ' ';
  }
  return false;
}

export function actionForKey(event: KeyboardEvent): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (ownsKey(event.target, event.key)) return null;
  switch (event.key) {
    case 'n':
    case 'N':
    case 'ArrowRight':
      return 'next';
    case 'b':
    case 'B':
    case 'ArrowLeft':
      return 'back';
    case 'r':
    case 'R':
      return 'reveal';
    case 'p':
    case 'P':
      return 'pause';
    case '+':
    case '=':
      return 'more';
    case '-':
    case '_':
      return 'less';
    case 'c':
    case 'C':
      return 'contrast';
    case '?':
      return 'sheet';
    default:
      return /^[1-9]$/.test(event.key) ? 'pick' : null;
  }
}

/** The always-visible strip of keys at the foot of the projector. */
export function shortcutBar(ctx: UiContext) {
  const ft = facilitatorT(ctx);
  return h(
    'ul',
    { class: 'shortcut-bar', attrs: { 'aria-label': ft('keys.heading') } },
    ...SHORTCUTS.map(([key, action]) => h('li', {}, h('kbd', {}, key), ' ', ft(`keys.${action}`))),
  );
}

/** The full sheet, opened with "?": every key, including the number keys for options. */
export function shortcutSheet(ctx: UiContext) {
  const { t } = ctx.i18n;
  const ft = facilitatorT(ctx);
  const rows = [
    ...SHORTCUTS.map(([key, action]) => [key, ft(`keys.${action}Long`)] as const),
    ['→ / ←', ft('keys.arrows')] as const,
    ['1–9', ft('keys.pickLong')] as const,
  ];
  return modalDialog({
    id: 'shortcut-sheet',
    title: ft('keys.heading'),
    closeLabel: t('glossary.close'),
    children: [
      h(
        'dl',
        { class: 'shortcut-sheet' },
        ...rows.flatMap(([key, text]) => [h('dt', {}, h('kbd', {}, key)), h('dd', {}, text)]),
      ),
    ],
  });
}

/** High contrast from the projector, without opening the settings. */
export function toggleContrast(store: GameStore): void {
  const state = store.getState();
  state.setContrast(state.settings.contrast === 'high' ? 'normal' : 'high');
}
