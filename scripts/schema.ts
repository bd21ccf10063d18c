/**
 * Writes the scenario pack JSON Schema to public/schema/ and the policy catalogue reference to docs/,
 * both generated from what the game uses. A unit test fails when either is out of date.
 * Usage: npm run schema
 */
import { writeFileSync } from 'node:fs';
import { PACK_SCHEMA_FILE } from '../src/content';
import { packJsonSchemaText } from '../src/content/schema/publish';
import { catalogueMarkdown } from './lib/catalogueDoc';

writeFileSync(`public/schema/${PACK_SCHEMA_FILE}`, packJsonSchemaText());
console.log(`wrote public/schema/${PACK_SCHEMA_FILE}`);
writeFileSync('docs/policy-catalogue.md', catalogueMarkdown());
console.log('wrote docs/policy-catalogue.md');
