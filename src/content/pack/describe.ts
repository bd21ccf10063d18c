import type { PackProblem } from './loadPack';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * One problem as a sentence, through the caller's translator (the CLI and the browser share the
 * `packProblem.*` texts): "goingDark.json, at turns[2].options[0].cost: expected a whole number…".
 */
export function describePackProblem(file: string, problem: PackProblem, t: Translate): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.code === 'type') {
    for (const name of ['expected', 'got'])
      if (name in params) params[name] = t(`packProblem_types.${String(params[name])}`);
  }
  const message = t(`packProblem.${problem.code}`, params);
  const located = problem.path
    ? t('packProblem.where', { file, path: problem.path, message })
    : t('packProblem.whereFile', { file, message });
  return problem.severity === 'warning' ? t('packProblem.warning', { message: located }) : located;
}
