import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run validate` the way an author does, and returns what they would read. */
function validate(...files: string[]): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    ['scripts/run.mjs', 'scripts/validate.ts', ...files, '--no-balance'],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kd-validate-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('passes a valid pack and exits 0', () => {
    const { status, output } = validate('tests/fixtures/packs/facilitator-pack.json');
    expect(output).toContain('✓ tests/fixtures/packs/facilitator-pack.json: harbourtonUnlock');
    expect(status).toBe(0);
  });

  it('names every problem with file, place and what was expected, exits 1, and never shows a stack trace', () => {
    const notJson = file('not-json.json', '{ "format": 1,\n  oops }');
    const proto = file('proto.json', '{ "__proto__": { "x": 1 } }');
    const big = file('big.json', ' '.repeat(1_000_001));
    const { status, output } = validate(
      'tests/fixtures/packs/broken-pack.json',
      notJson,
      proto,
      big,
      join(dir, 'missing.json'),
    );
    expect(status).toBe(1);
    expect(output).toContain(
      'tests/fixtures/packs/broken-pack.json, at turns[0].options[0].cost: expected a whole number, found text',
    );
    expect(output).toContain('at summary: the required property "summary" is missing');
    expect(output).toMatch(/not-json\.json: this is not valid JSON \(line 2, column \d+\)/);
    expect(output).toContain('proto.json, at __proto__: the key "__proto__" is not allowed');
    expect(output).toContain(
      'big.json: the file is 1000001 bytes; a pack may be at most 1000000 bytes',
    );
    expect(output).toMatch(/missing\.json: the file cannot be read: ENOENT/);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('checks every built-in when given no file', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/run.mjs', 'scripts/validate.ts', '--no-balance'],
      { encoding: 'utf8' },
    );
    expect(run.stdout.match(/^✓ /gm)).toHaveLength(7);
    expect(run.status).toBe(0);
  });
});
