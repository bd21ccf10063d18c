import { describePackProblem, type PackProblem } from '../../src/content';
import ui from '../../src/i18n/locales/en/ui.json';

type Tree = { readonly [key: string]: string | Tree };

/** The English texts the browser shows, so the CLI and the game word problems the same way. */
function t(key: string, params: Record<string, string | number> = {}): string {
  const template = key
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      ui as Tree,
    );
  if (typeof template !== 'string') return key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export const describeProblem = (file: string, problem: PackProblem): string =>
  describePackProblem(file, problem, t);
