/**
 * Prints every text of a scenario pack as a translation template: the JSON a translator fills in,
 * keyed exactly as the game looks texts up (`turns.<turn>.options.<option>.label`…).
 * Usage: npm run texts -- <pack file> [> translation.json]
 */
import { readFileSync } from 'node:fs';
import { packSchema, parseUntrustedJson, type Pack } from '../src/content';
import { packTexts } from '../src/content/pack/texts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run texts -- <pack file>');
  process.exit(2);
}
const parsed = parseUntrustedJson(readFileSync(file, 'utf8'));
const problems: unknown[] = [];
if (parsed.ok) packSchema.check(parsed.value, '', problems as never);
if (!parsed.ok || problems.length > 0) {
  console.error(`${file}: not a valid pack; npm run validate -- ${file} says why`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(packTexts(parsed.value as Pack), null, 2)}\n`);
