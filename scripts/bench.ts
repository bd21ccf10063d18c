/**
 * Engine speed: turn resolutions per second on one core (median of 5 runs), then the time of the
 * full balance report. Usage: npm run bench [-- --json] [--skip-balance]
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { loadScenario } from './lib/scenarios';
import { advanceTurn, newGame, resolveTurn, type GameState } from '../src/engine';
import { parseArgs } from './lib/args';
import { randomStrategy, strategyRandom } from './lib/strategies';

const RUN_MS = 1000;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Pre-draws legal decisions, so the timed loop measures the turn alone (with its report, or the
 * state only). Per CPU-second is the figure this machine can measure fairly: it is shared, and time other
 * tenants take from the core (steal) shows in wall-clock time but not in this process's CPU time.
 * Wall-clock figures are printed beside it.
 */
async function measureResolutions(
  stateOnly: boolean,
): Promise<{ perCpuSecond: number; perWallSecond: number }> {
  const scenario = await loadScenario('goingDark');
  const rules = scenario.rules;
  const strategy = randomStrategy(strategyRandom('bench'));
  const plays: { state: GameState; decision: ReturnType<typeof strategy> }[] = [];
  for (let game = 0; game < 300; game += 1) {
    const start = newGame(rules, { seed: `bench-${game}` });
    if (!start.ok) throw new Error(start.error.kind);
    let state = start.value;
    while (state.ending === null) {
      const decision = strategy(rules, state);
      plays.push({ state, decision });
      const outcome = resolveTurn(rules, state, decision);
      if (!outcome.ok) throw new Error(outcome.error.kind);
      state = outcome.value.state;
    }
  }
  let count = 0;
  const startedAt = performance.now();
  const cpuAt = process.cpuUsage();
  while (performance.now() - startedAt < RUN_MS) {
    for (const play of plays) {
      const outcome = stateOnly
        ? advanceTurn(rules, play.state, play.decision)
        : resolveTurn(rules, play.state, play.decision);
      if (!outcome.ok) throw new Error('bench decision rejected');
    }
    count += plays.length;
  }
  const wallMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuAt);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { perCpuSecond: (count * 1000) / cpuMs, perWallSecond: (count * 1000) / wallMs };
}

const { flags } = parseArgs(process.argv.slice(2));
const json = flags.has('json');
const rates: number[] = [];
const wallRates: number[] = [];
const stateOnlyRates: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const rate = await measureResolutions(false);
  const stateOnly = await measureResolutions(true);
  rates.push(rate.perCpuSecond);
  wallRates.push(rate.perWallSecond);
  stateOnlyRates.push(stateOnly.perCpuSecond);
  if (!json) {
    process.stderr.write(
      `  run ${i + 1}/${RUNS}: ${Math.round(rate.perCpuSecond).toLocaleString('en')} turns per CPU-second with the ledger (${Math.round(rate.perWallSecond).toLocaleString('en')} per wall-clock second), ${Math.round(stateOnly.perCpuSecond).toLocaleString('en')} state only\n`,
    );
  }
}
interface BenchResult {
  machine: string;
  /** resolveTurn: the new state and the report with every cause (what the game plays). */
  turnResolutionsPerSecond: number;
  turnResolutionsPerWallSecond: number;
  /** advanceTurn: the same state without the report (what balance runs and forecasts play). */
  stateOnlyTurnsPerSecond: number;
  runs: number[];
  balanceReportSeconds?: number;
  balanceExitCode?: number | null;
}

const result: BenchResult = {
  machine: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`,
  turnResolutionsPerSecond: Math.round(median(rates)),
  turnResolutionsPerWallSecond: Math.round(median(wallRates)),
  stateOnlyTurnsPerSecond: Math.round(median(stateOnlyRates)),
  runs: rates.map(Math.round),
};

if (!flags.has('skip-balance')) {
  const startedAt = performance.now();
  const balance = spawnSync(
    process.execPath,
    ['scripts/run.mjs', 'scripts/balance.ts', '--quiet'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  result.balanceReportSeconds = Number(((performance.now() - startedAt) / 1000).toFixed(1));
  result.balanceExitCode = balance.status;
}

if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`machine: ${result.machine}`);
  console.log(
    `turn resolutions per second on one core (median of ${RUNS}, per CPU-second): ${result.turnResolutionsPerSecond.toLocaleString('en')}  (target ≥ 100,000; per wall-clock second ${result.turnResolutionsPerWallSecond.toLocaleString('en')})`,
  );
  console.log(
    `state only, without the ledger (advanceTurn, what balance runs use): ${result.stateOnlyTurnsPerSecond.toLocaleString('en')} per CPU-second`,
  );
  if (result.balanceReportSeconds !== undefined) {
    console.log(
      `full balance report: ${result.balanceReportSeconds} s  (target < 60 s; exit code ${String(result.balanceExitCode)})`,
    );
  }
}
