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
import { BUILT_IN_SCENARIOS, type Scenario } from '../src/content';
import { balanceIndex, METRIC_IDS, scoreRun } from '../src/engine';
import { parseArgs } from './lib/args';
import { playRun } from './lib/play';
import { loadScenario, makeStrategy } from './lib/scenarios';

const { flags } = parseArgs(process.argv.slice(2));
const runs = Number(flags.get('runs') ?? 10_000);
const json = flags.has('json');
const quiet = flags.has('quiet') || json;
const STRATEGIES = ['random', 'role', ...METRIC_IDS.map((m) => `greedy:${m}`)];
/** The share of a role's runs, by role score, that counts as "the best runs". */
const TOP_SHARE = 0.1;
const DOMINANT_SHARE = 0.9;
/** A good ending: the term completed with at least this share of the role's objectives met. */
const GOOD_ROLE_SCORE = 75;

/** One played run, compact enough to send between threads: policies and options as bit masks. */
interface RunSummary {
  readonly strategy: number;
  readonly ending: string;
  readonly endingKind: string;
  readonly roleScore: number;
  readonly balance: number;
  readonly leverMask: number;
  readonly optionMask: number;
}

interface Unit {
  readonly scenario: string;
  readonly role: string;
  readonly strategy: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Plays every run of one (scenario, role, strategy) unit. */
function playUnit(unit: Unit, runsPerUnit: number): RunSummary[] {
  const { rules } = loadScenario(unit.scenario);
  const spec = STRATEGIES[unit.strategy]!;
  const leverBit = new Map(rules.levers.map((l, i) => [l.id, 1 << i]));
  const optionBit = new Map(rules.turns.flatMap((t) => t.options).map((o, i) => [o.id, 2 ** i]));
  const summaries: RunSummary[] = [];
  for (let i = 0; i < runsPerUnit; i += 1) {
    const seed = `${spec}-${i}`;
    const run = playRun(rules, { seed, role: unit.role }, makeStrategy(spec, seed));
    let leverMask = 0;
    for (const report of run.reports) {
      for (const lever of Object.keys(report.decision.levers ?? {}))
        leverMask |= leverBit.get(lever) ?? 0;
    }
    for (const lever of rules.levers) {
      if (run.state.levers[lever.id] !== lever.levels[0]) leverMask |= leverBit.get(lever.id) ?? 0;
    }
    let optionMask = 0;
    for (const d of run.state.decisions) optionMask += optionBit.get(d.optionId) ?? 0;
    summaries.push({
      strategy: unit.strategy,
      ending: run.state.ending?.id ?? 'none',
      endingKind: run.state.ending?.kind ?? 'none',
      roleScore: scoreRun(rules, run.state).roleScore,
      balance: balanceIndex(run.state.metrics),
      leverMask,
      optionMask,
    });
  }
  return summaries;
}

function analyseScenario(scenario: Scenario, results: ReadonlyMap<string, RunSummary[]>) {
  const { rules } = scenario;
  const roles: Record<string, unknown> = {};
  const problems: string[] = [];
  const topLeverShare = new Map<string, number[]>();
  const topOptionShare = new Map<string, number[]>();
  const options = rules.turns.flatMap((t) => t.options);
  for (const role of rules.roles) {
    const summaries = results.get(`${scenario.id}/${role.id}`) ?? [];
    const endings: Record<string, number> = {};
    for (const s of summaries) endings[s.ending] = (endings[s.ending] ?? 0) + 1;
    const sorted = [...summaries].sort(
      (a, b) => b.roleScore - a.roleScore || b.balance - a.balance,
    );
    const top = sorted.slice(0, Math.max(1, Math.floor(sorted.length * TOP_SHARE)));
    rules.levers.forEach((lever, i) => {
      const list = topLeverShare.get(lever.id) ?? [];
      list.push(top.filter((s) => (s.leverMask & (1 << i)) !== 0).length / top.length);
      topLeverShare.set(lever.id, list);
    });
    options.forEach((option, i) => {
      const list = topOptionShare.get(option.id) ?? [];
      list.push(top.filter((s) => Math.floor(s.optionMask / 2 ** i) % 2 === 1).length / top.length);
      topOptionShare.set(option.id, list);
    });
    const good = summaries.filter(
      (s) => s.endingKind === 'term' && s.roleScore >= GOOD_ROLE_SCORE,
    ).length;
    if (good === 0) problems.push(`role ${role.id} never reaches a good ending`);
    const scores = summaries.map((s) => s.roleScore).sort((a, b) => a - b);
    const balances = summaries.map((s) => s.balance).sort((a, b) => a - b);
    const byStrategy: Record<string, number> = {};
    STRATEGIES.forEach((spec, index) => {
      const own = summaries.filter((s) => s.strategy === index);
      byStrategy[spec] = own.length
        ? Math.round(own.reduce((sum, s) => sum + s.roleScore, 0) / own.length)
        : 0;
    });
    roles[role.id] = {
      runs: summaries.length,
      endings: Object.fromEntries(
        Object.entries(endings).map(([k, v]) => [
          k,
          Number(((100 * v) / summaries.length).toFixed(1)),
        ]),
      ),
      goodEndingShare: Number(((100 * good) / summaries.length).toFixed(1)),
      roleScore: {
        p10: percentile(scores, 0.1),
        median: percentile(scores, 0.5),
        p90: percentile(scores, 0.9),
      },
      balanceIndex: {
        p10: percentile(balances, 0.1),
        median: percentile(balances, 0.5),
        p90: percentile(balances, 0.9),
      },
      meanRoleScoreByStrategy: byStrategy,
    };
  }
  const every = (shares: number[], test: (x: number) => boolean) =>
    shares.length > 0 && shares.every(test);
  const dominantLevers = [...topLeverShare]
    .filter(([, s]) => every(s, (x) => x > DOMINANT_SHARE))
    .map(([id]) => id);
  const deadLevers = [...topLeverShare]
    .filter(([, s]) => every(s, (x) => x === 0))
    .map(([id]) => id);
  const dominantOptions = [...topOptionShare]
    .filter(([, s]) => every(s, (x) => x > DOMINANT_SHARE))
    .map(([id]) => id);
  if (dominantLevers.length)
    problems.push(
      `dominant levers (in > 90 % of every role's best runs): ${dominantLevers.join(', ')}`,
    );
  if (dominantOptions.length)
    problems.push(
      `dominant options (in > 90 % of every role's best runs): ${dominantOptions.join(', ')}`,
    );
  if (deadLevers.length)
    problems.push(`dead levers (in none of any role's best runs): ${deadLevers.join(', ')}`);
  return {
    scenario: scenario.id,
    runsPerStrategy: runs,
    strategies: STRATEGIES,
    roles,
    dominantLevers,
    dominantOptions,
    deadLevers,
    problems,
  };
}

/** Runs the units in worker processes (one per core) and gathers their runs. */
async function playAll(units: readonly Unit[]): Promise<Map<string, RunSummary[]>> {
  const threads = Math.max(1, Math.min(availableParallelism(), 4, units.length));
  const shares: Unit[][] = Array.from({ length: threads }, () => []);
  units.forEach((unit, i) => shares[i % threads]!.push(unit));
  const results = new Map<string, RunSummary[]>();
  let done = 0;
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const self = fileURLToPath(import.meta.url);
          // Bundled (npm run balance) the workers are plain modules; from source they need tsx.
          const execArgv = self.endsWith('.ts') ? ['--import', 'tsx'] : [];
          const worker = fork(self, ['--worker'], { execArgv });
          worker.send({ units: share, runs });
          worker.on('message', (raw) => {
            const message = raw as { unit: Unit; summaries: RunSummary[] };
            const key = `${message.unit.scenario}/${message.unit.role}`;
            results.set(key, [...(results.get(key) ?? []), ...message.summaries]);
            done += 1;
            if (!quiet)
              process.stderr.write(
                `  ${done}/${units.length} ${key} ${STRATEGIES[message.unit.strategy]}\n`,
              );
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`)),
          );
        }),
    ),
  );
  return results;
}

if (flags.has('worker')) {
  process.once('message', (raw) => {
    const { units, runs: count } = raw as { units: Unit[]; runs: number };
    units.forEach((unit, i) => {
      const last = i === units.length - 1;
      // The channel closes only once the last message has left.
      process.send?.({ unit, summaries: playUnit(unit, count) }, undefined, {}, () => {
        if (last) process.disconnect?.();
      });
    });
    if (units.length === 0) process.disconnect?.();
  });
} else {
  await main();
}

async function main() {
  try {
    const only = flags.get('scenario');
    const scenarios = typeof only === 'string' ? [loadScenario(only)] : BUILT_IN_SCENARIOS;
    const started = performance.now();
    const units = scenarios.flatMap((scenario) =>
      scenario.rules.roles.flatMap((role) =>
        STRATEGIES.map((_, strategy) => ({ scenario: scenario.id, role: role.id, strategy })),
      ),
    );
    if (!quiet)
      process.stderr.write(`playing ${units.length} units × ${runs} runs in worker processes…\n`);
    const results = await playAll(units);
    const reports = scenarios.map((scenario) => analyseScenario(scenario, results));
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
