/**
 * Plays every path through a built-in scenario with several seeds and prints how the endings and
 * the balance index are distributed, plus the best and worst paths. Used to tune magnitudes.
 * Usage: npm run simulate -- [scenarioId] [seedsPerPath]
 */
import { balanceIndex, newGame, resolveTurn, type GameState } from '../src/engine';
import { BUILT_IN_SCENARIOS, findScenario } from '../src/content';

const scenarioId = process.argv[2] ?? BUILT_IN_SCENARIOS[0]?.id ?? '';
const seedsPerPath = Number(process.argv[3] ?? 20);
const scenario = findScenario(scenarioId);
if (!scenario) {
  console.error(
    `Unknown scenario "${scenarioId}". Known: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(', ')}`,
  );
  process.exit(1);
}
const { rules } = scenario;

const endings = new Map<string, number>();
const pathScores: { path: string; mean: number }[] = [];
let runs = 0;
let blocked = 0;
const started = performance.now();

function explore(prefix: string[]): void {
  if (prefix.length === rules.turns.length) return;
  const turn = rules.turns[prefix.length];
  if (!turn) return;
  for (const option of turn.options) {
    const path = [...prefix, option.id];
    if (path.length === rules.turns.length) playPath(path);
    else explore(path);
  }
}

function playPath(path: string[]): void {
  let total = 0;
  for (let s = 0; s < seedsPerPath; s += 1) {
    let state: GameState = newGame(rules, `sim-${s}`);
    for (const optionId of path) {
      if (state.ending) break;
      const turn = rules.turns[state.turn];
      if (!turn) break;
      const result = resolveTurn(rules, state, { turnId: turn.id, optionId });
      if (!result.ok) {
        blocked += 1;
        break;
      }
      state = result.value.state;
    }
    runs += 1;
    const ending = state.ending?.id ?? 'unfinished';
    endings.set(ending, (endings.get(ending) ?? 0) + 1);
    total += balanceIndex(state.metrics);
  }
  pathScores.push({ path: path.join(' → '), mean: total / seedsPerPath });
}

explore([]);
const elapsed = performance.now() - started;
pathScores.sort((a, b) => b.mean - a.mean);
console.log(
  `${scenario.id}: ${pathScores.length} paths × ${seedsPerPath} seeds = ${runs} runs in ${elapsed.toFixed(0)} ms`,
);
console.log(`paths cut short by unaffordable options: ${blocked} runs`);
console.log('endings:');
for (const [id, count] of [...endings].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${id.padEnd(14)} ${((100 * count) / runs).toFixed(1).padStart(5)} %`);
}
console.log('best paths (mean balance index):');
for (const p of pathScores.slice(0, 5)) console.log(`  ${p.mean.toFixed(1)}  ${p.path}`);
console.log('worst paths:');
for (const p of pathScores.slice(-5)) console.log(`  ${p.mean.toFixed(1)}  ${p.path}`);
