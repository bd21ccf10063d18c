/**
 * Writes the scenario pack JSON Schema to public/schema/, generated from the one schema definition
 * the game and `npm run validate` use. A unit test fails when the published file is out of date.
 * Usage: npm run schema
 */
import { writeFileSync } from 'node:fs';
import { PACK_SCHEMA_FILE } from '../src/content';
import { packJsonSchemaText } from '../src/content/schema/publish';

writeFileSync(`public/schema/${PACK_SCHEMA_FILE}`, packJsonSchemaText());
console.log(`wrote public/schema/${PACK_SCHEMA_FILE}`);
