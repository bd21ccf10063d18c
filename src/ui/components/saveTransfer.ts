import { MAX_FILE_BYTES } from '../../content';
import type { GameStore, SaveImportProblem } from '../../state';
import type { UiContext } from '../context';
import { download, today } from '../download';
import { h } from '../dom';

/** Downloads the game as a file (to continue on another device or in another lesson). */
export function exportSaveFile(store: GameStore): void {
  download(`key-decisions-save-${today()}.json`, 'application/json', store.getState().exportSave());
}

function problemText(ctx: UiContext, name: string, problem: SaveImportProblem): string {
  const { t } = ctx.i18n;
  switch (problem.kind) {
    case 'tooLarge':
      return t('saves.tooLarge', { file: name, max: Math.round(problem.max / 1000) });
    case 'notASave':
      return t('saves.notASave', { file: name });
    case 'unreadable': {
      const message = t('saves.unreadable', {
        file: name,
        reason: t(`saves.reason.${problem.problem.reason}`),
      });
      return problem.problem.where
        ? `${message} ${t('errors.save.where', { where: problem.problem.where })}`
        : message;
    }
  }
}

/**
 * "Your game on another device": export the save, or import one. A file is checked for size
 * before it is read, and a bad one changes nothing.
 */
export function saveTransferPanel(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  const store = ctx.store;
  const outcomeText = (): string => {
    const last = store.getState().lastSaveImport;
    if (!last) return '';
    return last.problem
      ? problemText(ctx, last.file, last.problem)
      : t('saves.imported', { file: last.file });
  };
  const status = h('p', { class: 'import-status', attrs: { role: 'status' } }, outcomeText());
  // The panel is drawn anew with the outcome in it; a region that appears with its text is not
  // read out, so the outcome is also announced.
  const announceOutcome = () => ctx.announce(outcomeText());
  const input = h('input', {
    id: 'save-file',
    class: 'file-input',
    attrs: { type: 'file', accept: '.json,application/json' },
    on: {
      change: () => {
        const file = input.files?.[0];
        input.value = '';
        if (!file) return;
        // Every outcome goes to the state, and the title is drawn again from it: a panel drawn
        // anew while the file was read (the scenario list arriving) still says what happened.
        if (file.size > MAX_FILE_BYTES) {
          store
            .getState()
            .refuseSaveFile(file.name, { kind: 'tooLarge', bytes: file.size, max: MAX_FILE_BYTES });
          announceOutcome();
          return;
        }
        file
          .text()
          .then((text) => {
            const state = store.getState();
            if (state.game && !state.game.ending && !window.confirm(t('saves.replaceConfirm')))
              return;
            store.getState().importSave(text, file.name);
            announceOutcome();
          })
          .catch(() => {
            store.getState().refuseSaveFile(file.name, {
              kind: 'unreadable',
              problem: { reason: 'badJson' },
            });
            announceOutcome();
          });
      },
    },
  });
  return h(
    'section',
    { class: 'panel save-transfer', attrs: { 'aria-labelledby': 'saves-heading' } },
    h('h2', { id: 'saves-heading' }, t('saves.heading')),
    h('p', { class: 'hint' }, t('saves.lead')),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          class: 'button',
          attrs: { type: 'button', id: 'save-export' },
          on: { click: () => exportSaveFile(store) },
        },
        t('saves.export'),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: 'save-file' } }, t('saves.import')),
      input,
    ),
    status,
  );
}
