import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltIn, BUILT_IN_IDS } from '../../../src/content';
import { packSchema, type Pack } from '../../../src/content';
import { packTexts, unknownTextPaths, type TextTree } from '../../../src/content/pack/texts';
import { LANGUAGES } from '../../../src/i18n/languages';

/**
 * Every language has every key, with the same interpolation variables; plural keys have the
 * forms their language needs; no English key goes unused; every built-in scenario is translated
 * completely into every language.
 */

const LOCALES = 'src/i18n/locales';
const NAMESPACES = ['ui', 'policy', 'facilitator'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** The plural forms each language's grammar needs (CLDR, as Intl.PluralRules reports them). */
const forms = (lng: string) => new Intl.PluralRules(lng).resolvedOptions().pluralCategories;

const read = (lng: string, ns: string) =>
  JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as TextTree;

function flat(tree: TextTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else flat(value, `${prefix}${key}.`).forEach((v, k) => out.set(k, v));
  }
  return out;
}
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)/g)]
    .map((m) => m[1])
    .filter((v) => v !== 'count')
    .sort();

describe('interface strings', () => {
  for (const ns of NAMESPACES) {
    const english = flat(read('en', ns));
    const bases = new Set([...english.keys()].map((k) => k.replace(PLURAL, '')));
    for (const lng of LANGUAGES.filter((l) => l !== 'en')) {
      it(`${lng}/${ns}.json has every key, the plural forms ${lng} needs, and the same variables`, () => {
        const strings = flat(read(lng, ns));
        const problems: string[] = [];
        for (const base of bases) {
          const plural = english.has(`${base}_other`);
          const wanted = plural ? forms(lng).map((f) => `${base}_${f}`) : [base];
          const englishText = english.get(plural ? `${base}_other` : base) ?? '';
          for (const key of wanted) {
            const text = strings.get(key);
            if (text === undefined) problems.push(`missing ${key}`);
            else if (variables(text).join() !== variables(englishText).join())
              problems.push(`variables differ in ${key}`);
            else if (text.trim() === '') problems.push(`empty ${key}`);
          }
        }
        for (const key of strings.keys())
          if (!bases.has(key.replace(PLURAL, ''))) problems.push(`unknown ${key}`);
        expect(problems).toEqual([]);
      });
    }
  }

  it('uses every English key somewhere in the code (literally, or through a template prefix)', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk('src');
    const code = sources.join('\n');
    const unused: string[] = [];
    for (const ns of NAMESPACES.filter((n) => n !== 'policy')) {
      for (const key of flat(read('en', ns)).keys()) {
        const base = key.replace(PLURAL, '');
        const parts = base.split('.');
        const used =
          code.includes(`'${base}'`) ||
          code.includes(`\`${base}\``) ||
          parts.some((_, i) => i > 0 && code.includes(`${parts.slice(0, i).join('.')}.\${`));
        if (!used) unused.push(`${ns}:${key}`);
      }
    }
    expect(unused).toEqual([]);
  });
});

describe('built-in scenario translations', () => {
  for (const id of BUILT_IN_IDS) {
    it(`${id} is translated completely, and only into texts it has`, async () => {
      const load = await loadBuiltIn(id);
      expect(load.ok).toBe(true);
      const pack = JSON.parse(readFileSync(`src/content/scenarios/${id}.json`, 'utf8')) as Pack;
      expect(packSchema.check(pack, '', [])).toBeUndefined();
      const base = packTexts(pack);
      for (const lng of LANGUAGES.filter((l) => l !== pack.language)) {
        const translation = JSON.parse(
          readFileSync(`src/content/scenarios/translations/${lng}/${id}.json`, 'utf8'),
        ) as TextTree;
        expect(unknownTextPaths(base, translation, lng)).toEqual([]);
        expect(unknownTextPaths(translation, base, lng)).toEqual([]);
      }
    });
  }
});
