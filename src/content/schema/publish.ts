import { toJsonSchema } from './dsl';
import { packSchema } from './packSchema';

/** The JSON Schema file for scenario packs, as published in `public/schema/`. */
export function packJsonSchemaText(): string {
  const schema = toJsonSchema(packSchema, {
    title: 'Key Decisions scenario pack, format 1',
  });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
