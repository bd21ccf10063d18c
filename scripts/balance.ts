/**
 * Balance report: seeded playthroughs of every built-in scenario, role and strategy. Prints outcome
 * distributions, ending frequencies, dominant levers and options (in > 90 % of the best runs of
 * every role), dead levers (in none of the best runs of any role) and roles that never reach a good
 * ending. Exits non-zero when a built-in scenario has any of these problems.
 * Usage: npm run balance -- [--scenario id] [--runs N] [--json] [--quiet]
 */
import { availableParallelism } from 'node:os';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './lib/args';
import { builtInScenarios, loadScenario } from './lib/scenarios';
import type { ScenarioRules } from '../src/engine';
import {
  analyseScenario,
  playUnit,
  STRATEGIES,
  type PackedRuns,
  type Unit,
} from './lib/balanceCore';

const { flags } = parseArgs(process.argv.slice(2));
const runs = Number(flags.get('runs') ?? 10_000);
const json = flags.has('json');
const quiet = flags.has('quiet') || json;
/**
 * Plays the units in worker processes, one per core, handing each worker the next unit as it
 * finishes one (units differ in length: a fixed share per worker left one core idle at the end),
 * and gathers the runs by "scenario/role" in strategy order. Each scenario is handed to `played`
 * as soon as its last unit is in, so its analysis overlaps the play of the others.
 */
async function playAll(
  units: readonly Unit[],
  played: (scenario: string, results: ReadonlyMap<string, readonly PackedRuns[]>) => void,
): Promise<void> {
  const threads = Math.max(1, Math.min(availableParallelism(), 4, units.length));
  const results = new Map<string, PackedRuns[]>();
  const remaining = new Map<string, number>();
  for (const unit of units) remaining.set(unit.scenario, (remaining.get(unit.scenario) ?? 0) + 1);
  let next = 0;
  let done = 0;
  const collect = (unit: Unit, packed: PackedRuns) => {
    const key = `${unit.scenario}/${unit.role}`;
    const list = results.get(key) ?? [];
    list.push(packed);
    results.set(key, list);
    done += 1;
    if (!quiet)
      process.stderr.write(`  ${done}/${units.length} ${key} ${STRATEGIES[unit.strategy]}\n`);
    const left = (remaining.get(unit.scenario) ?? 1) - 1;
    remaining.set(unit.scenario, left);
    if (left > 0) return;
    // Units finish in any order: each role's are put back in strategy order, so ties in the
    // analysis's sorting fall the same way on every run.
    for (const [at, list] of results)
      if (at.startsWith(`${unit.scenario}/`)) list.sort((a, b) => a.strategy - b.strategy);
    played(unit.scenario, results);
  };
  const self = fileURLToPath(import.meta.url);
  // Bundled (npm run balance) the workers are plain modules; from source they need tsx.
  const execArgv = self.endsWith('.ts') ? ['--import', 'tsx'] : [];
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          // 'advanced': structured clone, which copies the runs' typed arrays whole (not as JSON).
          const worker = fork(self, ['--worker'], { execArgv, serialization: 'advanced' });
          let busy = 0;
          const handOut = () => {
            const unit = units[next];
            if (unit === undefined) return;
            next += 1;
            busy += 1;
            worker.send({ unit, runs });
          };
          // Two units in hand, so a worker never waits for this process between units.
          handOut();
          handOut();
          worker.on('message', (raw) => {
            const message = raw as { unit: Unit; runs: PackedRuns };
            busy -= 1;
            handOut();
            if (busy === 0) worker.disconnect();
            collect(message.unit, message.runs);
          });
          if (busy === 0) worker.disconnect();
          worker.on('error', reject);
          worker.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`)),
          );
        }),
    ),
  );
}

if (flags.has('worker')) {
  // Units arrive while one is being played; each is played in turn. The process ends when the
  // main process disconnects, after the last unit.
  const loaded = new Map<string, Promise<ScenarioRules>>();
  let queue = Promise.resolve();
  process.on('message', (raw) => {
    const { unit, runs: count } = raw as { unit: Unit; runs: number };
    queue = queue.then(async () => {
      let rules = loaded.get(unit.source);
      if (!rules) {
        rules = loadScenario(unit.source).then((scenario) => scenario.rules);
        loaded.set(unit.source, rules);
      }
      const packed = playUnit(await rules, unit, count);
      // Waits until the runs have left: playing the next unit would hold them in this process
      // (a send completes on the event loop), and the main process analyses as they arrive.
      await new Promise<void>((resolve) => process.send?.({ unit, runs: packed }, () => resolve()));
    });
  });
} else {
  await main();
}

async function main() {
  try {
    const only = flags.get('scenario');
    const sources = typeof only === 'string' ? [only] : null;
    const scenarios = sources ? [await loadScenario(only as string)] : await builtInScenarios();
    const started = performance.now();
    const units = scenarios.flatMap((scenario) =>
      scenario.rules.roles.flatMap((role) =>
        STRATEGIES.map((_, strategy) => ({
          source: sources?.[0] ?? scenario.id,
          scenario: scenario.id,
          role: role.id,
          strategy,
        })),
      ),
    );
    if (!quiet)
      process.stderr.write(`playing ${units.length} units × ${runs} runs in worker processes…\n`);
    const analysed = new Map<string, ReturnType<typeof analyseScenario>>();
    await playAll(units, (id, results) => {
      const scenario = scenarios.find((s) => s.id === id);
      if (scenario) analysed.set(id, analyseScenario(scenario, results, runs));
    });
    // A scenario without roles has no units: it is analysed (as empty) here.
    const reports = scenarios.map((s) => analysed.get(s.id) ?? analyseScenario(s, new Map(), runs));
    const seconds = (performance.now() - started) / 1000;
    if (json)
      console.log(JSON.stringify({ seconds: Number(seconds.toFixed(1)), reports }, null, 2));
    else if (!flags.has('quiet')) {
      for (const report of reports) {
        console.log(
          `\n${report.scenario}: ${report.runsPerStrategy} runs × ${report.strategies.length} strategies per role`,
        );
        for (const [role, data] of Object.entries(report.roles))
          console.log(`  ${role}: ${JSON.stringify(data)}`);
        console.log(`  dominant levers: ${report.dominantLevers.join(', ') || 'none'}`);
        console.log(`  dominant options: ${report.dominantOptions.join(', ') || 'none'}`);
        console.log(`  dead levers: ${report.deadLevers.join(', ') || 'none'}`);
        console.log(`  endings never reached: ${report.unreachableEndings.join(', ') || 'none'}`);
        console.log(
          report.problems.length
            ? `  PROBLEMS:\n    ${report.problems.join('\n    ')}`
            : '  no balance problems',
        );
      }
      console.log(`\n${seconds.toFixed(1)} s`);
    }
    process.exit(reports.some((r) => r.problems.length > 0) ? 1 : 0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
