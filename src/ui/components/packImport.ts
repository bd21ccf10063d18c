import { describePackProblem, findScenario } from '../../content';
import type { ImportOutcome, RootState } from '../../state';
import type { UiContext } from '../context';
import { h } from '../dom';

/** A long list of problems is cut here; the count of the rest is still shown. */
const SHOWN_PROBLEMS = 40;

function outcomeView(ctx: UiContext, outcome: ImportOutcome): HTMLElement {
  const { t } = ctx.i18n;
  const translate = (key: string, params?: Record<string, string | number>) =>
    ctx.tx({ key, ...(params ? { params } : {}) });
  const problems = outcome.problems
    .slice(0, SHOWN_PROBLEMS)
    .map((p) => h('li', {}, describePackProblem(outcome.fileName, p, translate)));
  const more = outcome.problems.length - SHOWN_PROBLEMS;
  const list =
    problems.length > 0 &&
    h(
      'ul',
      { class: 'problem-list' },
      ...problems,
      more > 0 && h('li', {}, t('library.moreProblems', { count: more })),
    );
  const scenario = outcome.scenarioId ? findScenario(outcome.scenarioId) : undefined;
  const dismiss = h(
    'button',
    {
      class: 'button quiet',
      attrs: { type: 'button' },
      on: { click: () => ctx.store.getState().dismissImport() },
    },
    t('errors.dismiss'),
  );
  if (!outcome.ok || !scenario) {
    return h(
      'div',
      { class: 'import-outcome is-error', attrs: { role: 'alert', tabindex: -1 } },
      h(
        'p',
        { class: 'outcome-heading' },
        t('library.importFailed', { file: outcome.fileName, count: outcome.problems.length }),
      ),
      list,
      dismiss,
    );
  }
  return h(
    'div',
    { class: 'import-outcome is-ok', attrs: { role: 'status', tabindex: -1 } },
    h(
      'p',
      { class: 'outcome-heading' },
      t(outcome.replaced ? 'library.importReplaced' : 'library.imported', {
        title: ctx.tx(scenario.titleKey),
        file: outcome.fileName,
      }),
    ),
    !outcome.stored && h('p', {}, t('library.notStored')),
    problems.length > 0 && h('p', {}, t('library.warnings')),
    list,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          class: 'button primary',
          attrs: { type: 'button', 'data-scenario': scenario.id },
          on: { click: () => ctx.store.getState().chooseScenario(scenario.id) },
        },
        t('library.playNow'),
      ),
      dismiss,
    ),
  );
}

/**
 * Importing a scenario pack: a file picker and a drop zone. The file is checked completely before
 * anything changes; problems are listed with their place in the file.
 */
export function renderPackImport(
  ctx: UiContext,
  state: RootState,
): { element: HTMLElement; outcome: HTMLElement | null } {
  const { t } = ctx.i18n;
  const importFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void ctx.store.getState().importPack(file);
  };
  const input = h('input', {
    id: 'pack-file',
    class: 'file-input',
    attrs: { type: 'file', accept: '.json,application/json' },
    on: {
      change: () => {
        importFiles(input.files);
        input.value = '';
      },
    },
  });
  const outcome = state.library.lastImport ? outcomeView(ctx, state.library.lastImport) : null;
  const zone = h(
    'div',
    {
      class: 'drop-zone',
      on: {
        dragover: (event) => {
          event.preventDefault();
          zone.classList.add('is-over');
        },
        dragleave: () => zone.classList.remove('is-over'),
        drop: (event) => {
          event.preventDefault();
          zone.classList.remove('is-over');
          importFiles(event.dataTransfer?.files);
        },
      },
    },
    h('label', { attrs: { for: 'pack-file' } }, t('library.chooseFile')),
    input,
    h('p', { class: 'hint' }, t('library.dropHint')),
  );
  const element = h(
    'section',
    { class: 'panel import-panel', attrs: { 'aria-labelledby': 'import-heading' } },
    h('h2', { id: 'import-heading' }, t('library.importHeading')),
    h('p', {}, t('library.importLead')),
    zone,
    outcome,
  );
  return { element, outcome };
}
