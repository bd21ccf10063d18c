import { MOTION_PREFERENCES, TEXT_SIZES, type GameStore, type MotionPreference } from '../../state';
import type { UiContext } from '../context';
import { h } from '../dom';
import { modalDialog } from './modal';

const MOTION_LABELS = {
  system: 'settings.motionSystem',
  reduce: 'settings.motionReduce',
  full: 'settings.motionFull',
} as const satisfies Record<MotionPreference, string>;

/** Text size, contrast, motion and sound in one dialog, from anywhere; every change is saved at once. */
export function createSettingsDialog(ctx: UiContext, store: GameStore) {
  const { t } = ctx.i18n;
  const settings = () => store.getState().settings;
  const sizes = TEXT_SIZES.map((size) =>
    h(
      'label',
      { class: 'choice-inline' },
      h('input', {
        attrs: { type: 'radio', name: 'text-size', value: size },
        on: { change: () => store.getState().setTextSize(size) },
      }),
      t('settings.textSizeOption', { value: size }),
    ),
  );
  const contrast = h('input', {
    id: 'contrast-setting',
    attrs: { type: 'checkbox', 'aria-describedby': 'contrast-help' },
    on: {
      change: () => store.getState().setContrast(contrast.checked ? 'high' : 'normal'),
    },
  });
  const motion = h(
    'select',
    {
      id: 'motion-setting',
      on: {
        change: () => {
          const value = MOTION_PREFERENCES.find((m) => m === motion.value);
          if (value) store.getState().setMotion(value);
        },
      },
    },
    ...MOTION_PREFERENCES.map((m) => h('option', { attrs: { value: m } }, t(MOTION_LABELS[m]))),
  );
  const soundToggle = h('input', {
    id: 'sound-setting',
    attrs: { type: 'checkbox', 'aria-describedby': 'sound-help' },
    on: { change: () => store.getState().setSound(soundToggle.checked) },
  });
  const volume = h('input', {
    id: 'volume-setting',
    attrs: { type: 'range', min: 0, max: 100, step: 10 },
    on: { input: () => store.getState().setVolume(Number(volume.value)) },
  });
  const modal = modalDialog({
    id: 'settings-dialog',
    title: t('settings.heading'),
    closeLabel: t('settings.close'),
    children: [
      h('p', { class: 'hint' }, ctx.i18n.t('settings.lead')),
      h(
        'fieldset',
        { class: 'setting-group' },
        h('legend', {}, t('settings.textSize')),
        h('div', { class: 'choice-row' }, ...sizes),
      ),
      h(
        'div',
        { class: 'setting-group' },
        h(
          'label',
          { class: 'choice-inline', attrs: { for: 'contrast-setting' } },
          contrast,
          t('settings.contrast'),
        ),
        h('p', { class: 'hint', id: 'contrast-help' }, t('settings.contrastHelp')),
      ),
      h(
        'div',
        { class: 'setting-group' },
        h('label', { attrs: { for: 'motion-setting' } }, t('settings.motion')),
        ' ',
        motion,
      ),
      h(
        'div',
        { class: 'setting-group' },
        h(
          'label',
          { class: 'choice-inline', attrs: { for: 'sound-setting' } },
          soundToggle,
          t('settings.sound'),
        ),
        h('p', { class: 'hint', id: 'sound-help' }, t('settings.soundHelp')),
        h(
          'label',
          { class: 'volume', attrs: { for: 'volume-setting' } },
          t('settings.volume'),
          volume,
        ),
      ),
    ],
  });

  /** Shows the stored settings in the controls (also after another tab or a reload changed them). */
  const sync = () => {
    const current = settings();
    for (const label of sizes) {
      const input = label.querySelector('input');
      if (input) input.checked = Number(input.value) === current.textSize;
    }
    contrast.checked = current.contrast === 'high';
    motion.value = current.motion;
    soundToggle.checked = current.sound;
    volume.value = String(current.volume);
    volume.disabled = !current.sound;
    volume.setAttribute('aria-valuetext', t('settings.volumeValue', { value: current.volume }));
  };
  return {
    element: modal.element,
    sync,
    open() {
      sync();
      modal.show();
    },
  };
}
