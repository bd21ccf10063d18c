/**
 * A small schema language: one definition gives the TypeScript type (`Infer`), the check that runs
 * on untrusted data (packs a facilitator imports) and the JSON Schema an author's editor uses. Kept
 * in-house because it must run under a strict Content Security Policy (no code generation) and
 * report every problem with its place in words a scenario author understands.
 */

/** What was wrong at one place in the data. `expected` names the rule; params fill the message. */
export interface SchemaProblem {
  readonly path: string;
  readonly code:
    | 'type'
    | 'required'
    | 'unknownProperty'
    | 'tooShort'
    | 'tooLong'
    | 'tooFew'
    | 'tooMany'
    | 'range'
    | 'pattern'
    | 'oneOf'
    | 'forbiddenKey';
  readonly params: Readonly<Record<string, string | number>>;
}

export type JsonSchema = { readonly [key: string]: unknown };

export interface Schema<T> {
  /** Never set: carries the type for `Infer`. */
  readonly _type?: T;
  readonly description?: string;
  check(value: unknown, path: string, out: SchemaProblem[]): void;
  json(defs: Map<string, JsonSchema>): JsonSchema;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Keys that could reach an object's prototype if some later code merged the data carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const describe = (schema: JsonSchema, description: string | undefined): JsonSchema =>
  description ? { ...schema, description } : schema;

export const join = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$-]*$/.test(key)
      ? path
        ? `${path}.${key}`
        : key
      : `${path}[${JSON.stringify(key)}]`;

interface StringOptions {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  /** Says in words what the pattern allows, for messages. */
  readonly patternText?: string;
  readonly description?: string;
}

export function string(options: StringOptions = {}): Schema<string> {
  const { min = 0, max = 2000, pattern, patternText, description } = options;
  return {
    ...(description ? { description } : {}),
    check(value, path, out) {
      if (typeof value !== 'string') {
        out.push({ path, code: 'type', params: { expected: 'string', got: kindOf(value) } });
        return;
      }
      if (value.trim().length < min) out.push({ path, code: 'tooShort', params: { min } });
      else if (value.length > max) out.push({ path, code: 'tooLong', params: { max } });
      else if (pattern && !pattern.test(value))
        out.push({ path, code: 'pattern', params: { rule: patternText ?? pattern.source } });
    },
    json: () =>
      describe(
        {
          type: 'string',
          ...(min > 0 ? { minLength: min } : {}),
          maxLength: max,
          ...(pattern ? { pattern: pattern.source } : {}),
        },
        description,
      ),
  };
}

interface NumberOptions {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly description?: string;
}

export function number(options: NumberOptions): Schema<number> {
  const { min, max, integer = false, description } = options;
  const expected = integer ? 'integer' : 'number';
  return {
    ...(description ? { description } : {}),
    check(value, path, out) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        out.push({ path, code: 'type', params: { expected, got: kindOf(value) } });
      } else if (integer && !Number.isInteger(value)) {
        out.push({ path, code: 'type', params: { expected, got: 'fraction' } });
      } else if (value < min || value > max) {
        out.push({ path, code: 'range', params: { min, max, got: value } });
      }
    },
    json: () => describe({ type: expected, minimum: min, maximum: max }, description),
  };
}

export const integer = (min: number, max: number, description?: string): Schema<number> =>
  number({ min, max, integer: true, ...(description ? { description } : {}) });

export function oneOf<const T extends string | number>(
  values: readonly T[],
  description?: string,
): Schema<T> {
  return {
    ...(description ? { description } : {}),
    check(value, path, out) {
      if (!values.includes(value as T))
        out.push({
          path,
          code: 'oneOf',
          params: { allowed: values.join(', '), got: JSON.stringify(value) ?? 'nothing' },
        });
    },
    json: () =>
      describe(values.length === 1 ? { const: values[0] } : { enum: [...values] }, description),
  };
}

interface ArrayOptions {
  readonly min?: number;
  readonly max: number;
  readonly description?: string;
}

export function array<T>(item: Schema<T>, options: ArrayOptions): Schema<T[]> {
  const { min = 0, max, description } = options;
  return {
    ...(description ? { description } : {}),
    check(value, path, out) {
      if (!Array.isArray(value)) {
        out.push({ path, code: 'type', params: { expected: 'array', got: kindOf(value) } });
        return;
      }
      if (value.length < min) out.push({ path, code: 'tooFew', params: { min } });
      if (value.length > max) {
        out.push({ path, code: 'tooMany', params: { max } });
        return; // do not walk a huge array item by item
      }
      value.forEach((v, i) => item.check(v, join(path, i), out));
    },
    json: (defs) =>
      describe(
        {
          type: 'array',
          items: item.json(defs),
          ...(min > 0 ? { minItems: min } : {}),
          maxItems: max,
        },
        description,
      ),
  };
}

/** A pair [low, high], for uncertainty ranges. */
export function pair(item: Schema<number>, description?: string): Schema<[number, number]> {
  return {
    ...(description ? { description } : {}),
    check(value, path, out) {
      if (!Array.isArray(value) || value.length !== 2) {
        out.push({ path, code: 'type', params: { expected: 'pair', got: kindOf(value) } });
        return;
      }
      value.forEach((v, i) => item.check(v, join(path, i), out));
    },
    json: (defs) =>
      describe(
        {
          type: 'array',
          prefixItems: [item.json(defs), item.json(defs)],
          minItems: 2,
          maxItems: 2,
        },
        description,
      ),
  };
}

type Shape = Readonly<Record<string, Schema<unknown>>>;
type ObjectType<R extends Shape, O extends Shape> = { [K in keyof R]: Infer<R[K]> } & {
  [K in keyof O]?: Infer<O[K]>;
};

function checkKeys(value: object, path: string, out: SchemaProblem[]): boolean {
  let clean = true;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      out.push({ path: join(path, key), code: 'forbiddenKey', params: { key } });
      clean = false;
    }
  }
  return clean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for a plain object; otherwise reports "expected an object" at the path. */
function isObjectAt(
  value: unknown,
  path: string,
  out: SchemaProblem[],
): value is Record<string, unknown> {
  if (isPlainObject(value)) return true;
  out.push({ path, code: 'type', params: { expected: 'object', got: kindOf(value) } });
  return false;
}

/** An object with these required and optional properties and no others. */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
  description?: string,
): Schema<ObjectType<R, O>> {
  const optionalShape: Shape = optional ?? {};
  return {
    ...(description ? { description } : {}),
    check(value, path, out) {
      if (!isObjectAt(value, path, out)) return;
      if (!checkKeys(value, path, out)) return;
      for (const [key, schema] of Object.entries(required)) {
        if (value[key] === undefined)
          out.push({ path: join(path, key), code: 'required', params: { key } });
        else schema.check(value[key], join(path, key), out);
      }
      for (const [key, v] of Object.entries(value)) {
        if (key in required) continue;
        const schema = optionalShape[key];
        if (schema) schema.check(v, join(path, key), out);
        else
          out.push({
            path: join(path, key),
            code: 'unknownProperty',
            params: {
              key,
              allowed: [...Object.keys(required), ...Object.keys(optionalShape)].join(', '),
            },
          });
      }
    },
    json: (defs) =>
      describe(
        {
          type: 'object',
          properties: Object.fromEntries(
            [...Object.entries(required), ...Object.entries(optionalShape)].map(([k, s]) => [
              k,
              s.json(defs),
            ]),
          ),
          required: Object.keys(required),
          additionalProperties: false,
        },
        description,
      ),
  };
}

/** An object used as a map: any keys matching the pattern, each value of one schema. */
export function record<T>(
  key: Schema<string>,
  value: Schema<T>,
  options: { readonly max: number; readonly description?: string },
): Schema<Record<string, T>> {
  return {
    ...(options.description ? { description: options.description } : {}),
    check(input, path, out) {
      if (!isObjectAt(input, path, out)) return;
      if (!checkKeys(input, path, out)) return;
      const entries = Object.entries(input);
      if (entries.length > options.max) {
        out.push({ path, code: 'tooMany', params: { max: options.max } });
        return;
      }
      for (const [k, v] of entries) {
        const keyProblems: SchemaProblem[] = [];
        key.check(k, join(path, k), keyProblems);
        out.push(...keyProblems);
        value.check(v, join(path, k), out);
      }
    },
    json: (defs) =>
      describe(
        {
          type: 'object',
          propertyNames: key.json(defs),
          additionalProperties: value.json(defs),
          maxProperties: options.max,
        },
        options.description,
      ),
  };
}

/** Either of two schemas told apart by the JSON type of the value (a number or a pair…). */
export function either<A, B>(
  first: Schema<A>,
  second: Schema<B>,
  isFirst: (value: unknown) => boolean,
  description?: string,
): Schema<A | B> {
  return {
    ...(description ? { description } : {}),
    check: (value, path, out) =>
      isFirst(value) ? first.check(value, path, out) : second.check(value, path, out),
    json: (defs) => describe({ oneOf: [first.json(defs), second.json(defs)] }, description),
  };
}

type Variants = Readonly<Record<string, Schema<object>>>;
type TaggedType<V extends Variants> = {
  [K in keyof V]: { kind: K } & Infer<V[K]>;
}[keyof V];

/** Objects told apart by their `kind` property (conditions, objectives…). Variant shapes list
 * their other properties; `kind` is added here. */
export function tagged<V extends Variants>(
  variants: V,
  description?: string,
): Schema<TaggedType<V>> {
  const kinds = Object.keys(variants);
  return {
    ...(description ? { description } : {}),
    check(value, path, out) {
      if (!isObjectAt(value, path, out)) return;
      const kind = value.kind;
      const variant = typeof kind === 'string' && kinds.includes(kind) ? variants[kind] : undefined;
      if (!variant) {
        out.push({
          path: join(path, 'kind'),
          code: 'oneOf',
          params: { allowed: kinds.join(', '), got: JSON.stringify(kind) ?? 'nothing' },
        });
        return;
      }
      const rest = { ...value };
      delete rest.kind;
      variant.check(rest, path, out);
    },
    json: (defs) =>
      describe(
        {
          oneOf: kinds.map((kind) => {
            const shape = variants[kind]!.json(defs) as {
              properties: Record<string, unknown>;
              required: string[];
            };
            return {
              ...shape,
              properties: { kind: { const: kind }, ...shape.properties },
              required: ['kind', ...shape.required],
            };
          }),
        },
        description,
      ),
  };
}

/** A schema published once under `$defs/<name>` and referred to from every place that uses it. */
export function named<T>(name: string, schema: Schema<T>): Schema<T> {
  return {
    ...(schema.description ? { description: schema.description } : {}),
    check: (value, path, out) => schema.check(value, path, out),
    json(defs) {
      if (!defs.has(name)) {
        defs.set(name, {}); // reserve first, so a recursive definition terminates
        defs.set(name, schema.json(defs));
      }
      return { $ref: `#/$defs/${name}` };
    },
  };
}

/** Text nested in objects or arrays, any keys: a pack's translations. Shape is checked later,
 * against the texts the pack has. */
export function textTree(maxDepth: number, maxLength: number): Schema<unknown> {
  const walk = (value: unknown, path: string, depth: number, out: SchemaProblem[]): void => {
    if (typeof value === 'string') {
      if (value.length > maxLength) out.push({ path, code: 'tooLong', params: { max: maxLength } });
      return;
    }
    if (depth >= maxDepth) {
      out.push({ path, code: 'type', params: { expected: 'string', got: kindOf(value) } });
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, join(path, i), depth + 1, out));
    else if (isPlainObject(value)) {
      if (!checkKeys(value, path, out)) return;
      for (const [k, v] of Object.entries(value)) walk(v, join(path, k), depth + 1, out);
    } else out.push({ path, code: 'type', params: { expected: 'text', got: kindOf(value) } });
  };
  return {
    check: (value, path, out) => walk(value, path, 0, out),
    json: (defs) => {
      if (!defs.has('textTree')) {
        defs.set('textTree', {
          oneOf: [
            { type: 'string', maxLength },
            { type: 'array', items: { $ref: '#/$defs/textTree' } },
            { type: 'object', additionalProperties: { $ref: '#/$defs/textTree' } },
          ],
        });
      }
      return { $ref: '#/$defs/textTree' };
    },
  };
}

/** The JSON Schema document for a root schema. */
export function toJsonSchema(root: Schema<unknown>, meta: { readonly title: string }): JsonSchema {
  const defs = new Map<string, JsonSchema>();
  const body = root.json(defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: meta.title,
    ...body,
    $defs: Object.fromEntries([...defs].sort(([a], [b]) => a.localeCompare(b))),
  };
}
