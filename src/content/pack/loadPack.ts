import type { SchemaProblem } from '../schema/dsl';
import { packSchema, type Pack } from '../schema/packSchema';
import { parseUntrustedJson, type ParseProblem } from '../schema/parseJson';
import type { Scenario } from '../types';
import { checkPack, type PackRuleProblem } from './checkPack';
import { compilePack, type CompiledPack } from './compile';

/** Anything wrong with a pack, from unreadable JSON to a dangling reference, in one shape. */
export interface PackProblem {
  /** Where in the pack, e.g. `turns[2].options[0].effects[1].sources`; empty for the whole file. */
  readonly path: string;
  readonly code: ParseProblem['code'] | SchemaProblem['code'] | PackRuleProblem['code'];
  readonly params: Readonly<Record<string, string | number>>;
  readonly severity: 'error' | 'warning';
}

export type PackLoad =
  | { readonly ok: true; readonly pack: CompiledPack; readonly warnings: readonly PackProblem[] }
  | { readonly ok: false; readonly problems: readonly PackProblem[] };

/** Checks parsed data against the schema and the rules, then compiles it. Never throws. */
export function loadPackData(data: unknown, origin: Scenario['origin']): PackLoad {
  const shape: SchemaProblem[] = [];
  packSchema.check(data, '', shape);
  if (shape.length > 0)
    return { ok: false, problems: shape.map((p) => ({ ...p, severity: 'error' as const })) };
  const pack = data as Pack;
  const checked = checkPack(pack, { builtIn: origin === 'builtIn' });
  const errors = checked.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: checked };
  return { ok: true, pack: compilePack(pack, origin), warnings: checked };
}

/** Reads a pack file's text: size, JSON, nesting and hostile keys first, then `loadPackData`. */
export function loadPackText(text: string, origin: Scenario['origin']): PackLoad {
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) {
    const { problem } = parsed;
    const path = 'path' in problem ? problem.path : '';
    return {
      ok: false,
      problems: [{ path, code: problem.code, params: problem.params, severity: 'error' }],
    };
  }
  return loadPackData(parsed.value, origin);
}
