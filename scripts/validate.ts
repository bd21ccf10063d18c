/**
 * Checks scenario packs: every problem with file, place in the file and what was expected, then a
 * quick balance check (dominant strategies, dead levers, unreachable endings) as warnings.
 * Exit 0 only when every file is valid. Files inside src/content/scenarios are held to the
 * built-in standard (sources on every effect, three voices per decision, 8–12 turns).
 * Usage: npm run validate -- <file…> [--runs N] [--no-balance]   (no files: every built-in)
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BUILT_IN_IDS, loadPackText, MAX_FILE_BYTES, type PackProblem } from '../src/content';
import { parseArgs } from './lib/args';
import { analyseScenario, playUnit, STRATEGIES, type PackedRuns } from './lib/balanceCore';
import { describeProblem } from './lib/problems';
import { BUILT_IN_FOLDER, isBuiltInFile } from './lib/scenarios';

const { flags, rest } = parseArgs(process.argv.slice(2));
const runs = Number(flags.get('runs') ?? 200);
const files = rest.length
  ? rest
  : BUILT_IN_IDS.map((id) => relative(process.cwd(), `${BUILT_IN_FOLDER}/${id}.json`));

function readChecked(file: string): { text: string } | { problem: PackProblem } {
  try {
    const bytes = statSync(file).size;
    // Refuse before reading, as the browser does.
    if (bytes > MAX_FILE_BYTES)
      return {
        problem: {
          path: '',
          code: 'tooLarge',
          params: { bytes, max: MAX_FILE_BYTES },
          severity: 'error',
        },
      };
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problem: {
        path: '',
        code: 'unreadable',
        params: { reason },
        severity: 'error',
      },
    };
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

let failed = 0;
for (const file of files) {
  const read = readChecked(file);
  const result =
    'problem' in read
      ? { ok: false as const, problems: [read.problem] }
      : loadPackText(read.text, isBuiltInFile(file) ? 'builtIn' : 'imported');
  if (!result.ok) {
    failed += 1;
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    console.log(`✗ ${file}: ${plural(errors, 'problem')}`);
    for (const problem of result.problems) console.log(`  ${describeProblem(file, problem)}`);
    continue;
  }
  const { scenario } = result.pack;
  console.log(
    `✓ ${file}: ${scenario.id}, ${plural(scenario.turns.length, 'turn')}, ${plural(scenario.rules.roles.length, 'role')}`,
  );
  for (const warning of result.warnings) console.log(`  ${describeProblem(file, warning)}`);
  if (flags.has('no-balance')) continue;
  const results = new Map<string, PackedRuns[]>();
  for (const role of scenario.rules.roles) {
    const units = STRATEGIES.map((_, strategy) =>
      playUnit(
        scenario.rules,
        { source: file, scenario: scenario.id, role: role.id, strategy },
        runs,
      ),
    );
    results.set(`${scenario.id}/${role.id}`, units);
  }
  const report = analyseScenario(scenario, results, runs);
  const notes = [
    ...report.problems,
    ...(report.unreachableEndings.length
      ? [
          `endings never reached in ${runs} runs per strategy and role: ${report.unreachableEndings.join(', ')}`,
        ]
      : []),
  ];
  for (const note of notes) console.log(`  warning (balance): ${note}`);
  if (!notes.length)
    console.log(`  balance: no dominant strategy, dead lever or unreachable ending`);
}
process.exit(failed > 0 ? 1 : 0);
