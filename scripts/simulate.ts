/**
 * A turn-by-turn trace of one game played by a strategy.
 * Usage: npm run simulate -- --scenario goingDark --seed 7 --strategy random|greedy:<metric>|values:<w>|role|script:<file> [--role R] [--json]
 */
import { balanceIndex, scoreRun, supportIndex } from '../src/engine';
import { parseArgs } from './lib/args';
import { playRun } from './lib/play';
import { loadScenario, makeStrategy } from './lib/scenarios';

try {
  const { flags } = parseArgs(process.argv.slice(2));
  const scenario = await loadScenario(String(flags.get('scenario') ?? 'goingDark'));
  const seed = String(flags.get('seed') ?? '1');
  const strategySpec = String(flags.get('strategy') ?? 'random');
  const role = flags.get('role');
  const run = playRun(
    scenario.rules,
    { seed, ...(typeof role === 'string' ? { role } : {}) },
    makeStrategy(strategySpec, seed),
  );
  const score = scoreRun(scenario.rules, run.state);
  if (flags.get('json')) {
    console.log(
      JSON.stringify(
        {
          scenario: scenario.id,
          seed,
          strategy: strategySpec,
          state: run.state,
          reports: run.reports,
          score,
        },
        null,
        2,
      ),
    );
  } else {
    console.log(
      `${scenario.id} · seed ${seed} · role ${run.state.role} · strategy ${strategySpec}`,
    );
    console.log(
      `assumptions: ${Object.entries(run.state.assumptions)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
    for (const report of run.reports) {
      const d = report.decision;
      const levers = d.levers
        ? ` + ${Object.entries(d.levers)
            .map(([k, v]) => `${k}:${v}`)
            .join(', ')}`
        : '';
      const moves = report.changes
        .filter((c) => c.after !== c.before)
        .map((c) => `${c.metric} ${c.before}→${c.after}`)
        .join(', ');
      const events = report.events.length
        ? ` | events: ${report.events.map((e) => e.id).join(', ')}`
        : '';
      console.log(
        `turn ${report.turnIndex + 1}: ${d.optionId}${levers} (capital ${report.capital.before}→${report.capital.after}) | ${moves || 'no change'}${events}`,
      );
    }
    console.log(`ending: ${run.state.ending?.id ?? 'none'} (${run.state.ending?.kind ?? '-'})`);
    console.log(
      `balance ${balanceIndex(run.state.metrics)} · support ${supportIndex(scenario.rules, run.state.approval)} · role objectives ${score.roleScore}% · values ${score.valuesScore}`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
