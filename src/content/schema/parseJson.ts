import { FORBIDDEN_KEYS, join, type SchemaProblem } from './dsl';

import { MAX_DEPTH, MAX_FILE_BYTES } from './limits';

export type ParseProblem =
  | { readonly code: 'tooLarge'; readonly params: { readonly bytes: number; readonly max: number } }
  | { readonly code: 'empty'; readonly params: Record<string, never> }
  /** The file itself could not be read (missing, a folder, no permission). */
  | { readonly code: 'unreadable'; readonly params: { readonly reason: string } }
  | {
      readonly code: 'badJson';
      readonly params: { readonly line: number; readonly column: number; readonly reason: string };
    }
  | { readonly code: 'tooDeep'; readonly params: { readonly path: string; readonly max: number } }
  | SchemaProblem;

export type Parsed =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: ParseProblem };

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** An object's or array's children with their keys; nothing for other values. */
function entriesOf(value: unknown): [string | number, unknown][] {
  if (typeof value !== 'object' || value === null) return [];
  return Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
}

/** The first place, depth-first, where the data nests deeper than allowed. */
function tooDeepAt(value: unknown, path: string, depth: number): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_DEPTH) return path || '(top)';
  for (const [key, child] of entriesOf(value)) {
    const found = tooDeepAt(child, join(path, key), depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function forbiddenKeyAt(value: unknown, path: string): string | null {
  for (const [key, child] of entriesOf(value)) {
    if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return join(path, key);
    const found = forbiddenKeyAt(child, join(path, key));
    if (found !== null) return found;
  }
  return null;
}

/**
 * Reads untrusted JSON text (a pack or a save file): refuses it when too large before parsing,
 * names the line and column of a syntax error, and refuses absurd nesting and keys that could reach
 * an object's prototype. Never throws.
 */
export function parseUntrustedJson(text: string): Parsed {
  const bytes = byteLength(text);
  if (bytes > MAX_FILE_BYTES)
    return { ok: false, problem: { code: 'tooLarge', params: { bytes, max: MAX_FILE_BYTES } } };
  if (text.trim() === '') return { ok: false, problem: { code: 'empty', params: {} } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Text that stops mid-way ("Unexpected end of JSON input") is wrong where it ends.
    const position =
      /position (\d+)/.exec(reason)?.[1] ??
      (/end of JSON/i.test(reason) ? String(text.length) : undefined);
    const lineColumn = /line (\d+) column (\d+)/.exec(reason);
    const where = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position !== undefined
        ? lineAndColumn(text, Number(position))
        : { line: 0, column: 0 };
    // A stack overflow while parsing means nesting far past any limit.
    if (error instanceof RangeError)
      return { ok: false, problem: { code: 'tooDeep', params: { path: '(top)', max: MAX_DEPTH } } };
    return {
      ok: false,
      problem: { code: 'badJson', params: { ...where, reason: reason.replace(/\s+/g, ' ') } },
    };
  }
  const deep = tooDeepAt(value, '', 0);
  if (deep !== null)
    return { ok: false, problem: { code: 'tooDeep', params: { path: deep, max: MAX_DEPTH } } };
  const forbidden = forbiddenKeyAt(value, '');
  if (forbidden !== null)
    return {
      ok: false,
      problem: {
        path: forbidden,
        code: 'forbiddenKey',
        params: { key: forbidden.split(/[.[]/).at(-1)?.replace(/[\]"]/g, '') ?? '' },
      },
    };
  return { ok: true, value };
}
