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
import {
  analyseScenario,
  packRuns,
  playUnit,
  STRATEGIES,
  unpackRuns,
  type PackedRuns,
  type RunSummary,
  type Unit,
} from './lib/balanceCore';

const { flags } = parseArgs(process.argv.slice(2));
const runs = Number(flags.get('runs') ?? 10_000);
const json = flags.has('json');
const quiet = flags.has('quiet') || json;
/**
 * Runs the units in worker processes (one per core) and gathers their runs by "scenario/role".
 * Each scenario is handed to `played` as soon as its last unit is in, so its analysis runs while
 * the workers play the next scenarios rather than after all of them.
 */
async function playAll(
  units: readonly Unit[],
  played: (scenario: string, results: ReadonlyMap<string, RunSummary[]>) => void,
): Promise<void> {
  const threads = Math.max(1, Math.min(availableParallelism(), 4, units.length));
  const shares: Unit[][] = Array.from({ length: threads }, () => []);
  units.forEach((unit, i) => shares[i % threads]!.push(unit));
  const results = new Map<string, RunSummary[]>();
  const remaining = new Map<string, number>();
  for (const unit of units) remaining.set(unit.scenario, (remaining.get(unit.scenario) ?? 0) + 1);
  let done = 0;
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const self = fileURLToPath(import.meta.url);
          // Bundled (npm run balance) the workers are plain modules; from source they need tsx.
          const execArgv = self.endsWith('.ts') ? ['--import', 'tsx'] : [];
          // 'advanced': structured clone, which copies the runs' typed arrays whole (not as JSON).
          const worker = fork(self, ['--worker'], { execArgv, serialization: 'advanced' });
          worker.send({ units: share, runs });
          worker.on('message', (raw) => {
            const message = raw as { unit: Unit; runs: PackedRuns };
            const key = `${message.unit.scenario}/${message.unit.role}`;
            const list = results.get(key) ?? [];
            for (const summary of unpackRuns(message.runs)) list.push(summary);
            results.set(key, list);
            done += 1;
            if (!quiet)
              process.stderr.write(
                `  ${done}/${units.length} ${key} ${STRATEGIES[message.unit.strategy]}\n`,
              );
            const scenario = message.unit.scenario;
            const left = (remaining.get(scenario) ?? 1) - 1;
            remaining.set(scenario, left);
            if (left > 0) return;
            // Workers finish in any order: runs are put back in strategy order (each strategy's
            // runs are in seed order), so ties in the analysis's sorting fall the same way.
            for (const [at, list] of results)
              if (at.startsWith(`${scenario}/`)) list.sort((a, b) => a.strategy - b.strategy);
            played(scenario, results);
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`)),
          );
        }),
    ),
  );
}

if (flags.has('worker')) {
  process.once('message', (raw) => {
    void (async () => {
      const { units, runs: count } = raw as { units: Unit[]; runs: number };
      for (const [i, unit] of units.entries()) {
        const { rules } = await loadScenario(unit.source);
        const summaries = playUnit(rules, unit, count);
        const last = i === units.length - 1;
        // The channel closes only once the last message has left.
        process.send?.({ unit, runs: packRuns(unit.strategy, summaries) }, undefined, {}, () => {
          if (last) process.disconnect?.();
        });
      }
      if (units.length === 0) process.disconnect?.();
    })();
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
