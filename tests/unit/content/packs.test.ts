/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   the packs here are broken on purpose: untyped data lets a test write the wrong types. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describePackProblem,
  loadPackText,
  MAX_FILE_BYTES,
  PACK_SCHEMA_FILE,
  type PackProblem,
} from '../../../src/content';
import { packJsonSchemaText } from '../../../src/content/schema/publish';
import ui from '../../../src/i18n/locales/en/ui.json';
import { catalogueMarkdown } from '../../../scripts/lib/catalogueDoc';

const EXAMPLE = readFileSync('docs/examples/exam-phones.json', 'utf8');
const example = () => JSON.parse(EXAMPLE) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The browser's English texts, as the CLI uses them. */
function t(key: string, params: Record<string, string | number> = {}): string {
  const template = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], ui);
  if (typeof template !== 'string') throw new Error(`no English text for ${key}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`${key} needs ${name}`);
    return String(params[name]);
  });
}

function problemsOf(text: string): PackProblem[] {
  const result = loadPackText(text, 'imported');
  expect(result.ok).toBe(false);
  return result.ok ? [] : [...result.problems];
}

const where = (problems: PackProblem[]) => problems.map((p) => `${p.path} ${p.code}`);

describe('scenario packs', () => {
  it('accepts the documented example, identical to the one in docs/scenario-format.md', () => {
    const doc = readFileSync('docs/scenario-format.md', 'utf8');
    const inDoc = /## A complete example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(JSON.parse(inDoc ?? 'null')).toEqual(example());
    const result = loadPackText(EXAMPLE, 'imported');
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('publishes the JSON Schema and the catalogue reference generated from what the game uses', () => {
    // When this fails, run `npm run schema` and commit the result.
    expect(readFileSync(`public/schema/${PACK_SCHEMA_FILE}`, 'utf8')).toBe(packJsonSchemaText());
    expect(readFileSync('docs/policy-catalogue.md', 'utf8')).toBe(catalogueMarkdown());
  });

  it('names the line and column of a JSON syntax error', () => {
    const broken = EXAMPLE.replace('"format": 1,', '"format": 1,,');
    const [problem] = problemsOf(broken);
    expect(problem?.code).toBe('badJson');
    expect(problem?.params.line).toBe(3);
  });

  it('refuses something that is not a pack at all', () => {
    expect(where(problemsOf('[1, 2, 3]'))).toEqual([' type']);
    expect(where(problemsOf('{"format": 2}'))).toEqual(
      expect.arrayContaining(['format oneOf', 'id required', 'turns required']),
    );
  });

  it('names wrong types and missing required text with their place', () => {
    const pack = example();
    pack.turns[0].options[0].cost = '3';
    delete pack.title;
    pack.turns[0].question = '';
    pack.turns[0].options[1].effects[0].metric = 'happiness';
    expect(where(problemsOf(JSON.stringify(pack)))).toEqual([
      'title required',
      'turns[0].question tooShort',
      'turns[0].options[0].cost type',
      'turns[0].options[1].effects[0].metric oneOf',
    ]);
  });

  it('names unknown references with their place', () => {
    const pack = example();
    pack.turns[0].advice[0].adviser = 'zed';
    pack.turns[0].options[0].setLevers = { accessMandate: 'total', clientScanning: 'on' };
    pack.turns[0].options[0].effects[0].sources = ['nowhere'];
    pack.endings[0].requires = [{ kind: 'eventFired', event: 'ghost' }];
    expect(where(problemsOf(JSON.stringify(pack)))).toEqual(
      expect.arrayContaining([
        'turns[0].advice[0].adviser unknownReference',
        'turns[0].options[0].setLevers.accessMandate unknownLevel',
        'turns[0].options[0].setLevers.clientScanning leverNotInScenario',
        'turns[0].options[0].effects[0].sources[0] unknownReference',
        'endings[0].requires[0].event unknownReference',
      ]),
    );
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const pack = example();
    pack.padding = 'x'.repeat(MAX_FILE_BYTES);
    const [problem] = problemsOf(JSON.stringify(pack));
    expect(problem?.code).toBe('tooLarge');
  });

  it('refuses keys that could reach a prototype, and absurd nesting', () => {
    const proto = EXAMPLE.replace(
      '"format": 1,',
      '"format": 1, "__proto__": { "polluted": true },',
    );
    expect(where(problemsOf(proto))).toEqual(['__proto__ forbiddenKey']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = example();
    nested.turns[0].options[0].reactions = [{ stakeholder: 'public', amount: 1, constructor: 1 }];
    expect(where(problemsOf(JSON.stringify(nested)))).toEqual([
      'turns[0].options[0].reactions[0].constructor forbiddenKey',
    ]);
    const deep = `{"a":${'['.repeat(40)}${']'.repeat(40)}}`;
    expect(problemsOf(deep)[0]?.code).toBe('tooDeep');
    const absurd = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(problemsOf(absurd)[0]?.code).toBe('tooDeep');
  });

  it('reports translations that name no text, and falls back for missing ones', () => {
    const pack = example();
    pack.translations = {
      es: { title: 'El teléfono', turns: { key: { titel: 'typo' } } },
    };
    expect(where(problemsOf(JSON.stringify(pack)))).toEqual([
      'translations.es.turns.key.titel unknownText',
    ]);
    delete pack.translations.es.turns;
    const result = loadPackText(JSON.stringify(pack), 'imported');
    expect(result.ok).toBe(true);
    if (result.ok) {
      const es = result.pack.textsFor('es');
      expect(es.title).toBe('El teléfono');
      expect(es.summary).toBe(pack.summary);
      expect(result.pack.languages).toEqual(['en', 'es']);
    }
  });

  it('holds built-ins to a stricter standard than imported packs', () => {
    const pack = example();
    pack.turns[0].options[0].effects[0].sources = [];
    const text = JSON.stringify(pack);
    const imported = loadPackText(text, 'imported');
    expect(imported.ok && where([...imported.warnings])).toEqual([
      'turns[0].options[0].effects[0].sources noSources',
    ]);
    const builtIn = loadPackText(text, 'builtIn');
    expect(builtIn.ok).toBe(false);
    if (!builtIn.ok)
      expect(where([...builtIn.problems])).toEqual(
        expect.arrayContaining([
          'turns turnCount',
          'turns[0].options[0].effects[0].sources noSources',
        ]),
      );
  });

  it('words every kind of problem as a sentence with its file and place', () => {
    const cases = [
      'not json',
      '',
      '[1]',
      JSON.stringify({ ...example(), format: 2, extra: 1 }),
      EXAMPLE.replace('"cost": 3', '"cost": 99'),
      EXAMPLE.replace('"adviser": "ada"', '"adviser": "zed"'),
    ];
    for (const text of cases) {
      const result = loadPackText(text, 'imported');
      const problems = result.ok ? result.warnings : result.problems;
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        const sentence = describePackProblem('my-pack.json', problem, t);
        expect(sentence).toMatch(/^my-pack\.json/);
        expect(sentence).not.toMatch(/undefined|\{\{|packProblem/);
      }
    }
  });
});
