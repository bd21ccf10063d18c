import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILT_IN_IDS, loadBuiltIn, loadPackText, type Scenario } from '../../src/content';
import type { ScenarioRules } from '../../src/engine';
import {
  greedyStrategy,
  metricWeights,
  parseWeights,
  randomStrategy,
  roleWeights,
  scriptStrategy,
  strategyRandom,
  valuesWeights,
  type Strategy,
} from './strategies';
import { METRIC_IDS, type Decision, type MetricId } from '../../src/engine';
import { describeProblem } from './problems';

/** npm runs scripts from the package root (the scripts themselves run bundled from a cache). */
export const BUILT_IN_FOLDER = resolve('src/content/scenarios');

/** A pack file is held to the built-in standard when it lives with the built-ins. */
export const isBuiltInFile = (file: string): boolean => resolve(file).startsWith(BUILT_IN_FOLDER);

/** A built-in scenario by id, or a pack file by path. Throws with every problem, one per line. */
export async function loadScenario(idOrFile: string): Promise<Scenario> {
  if (BUILT_IN_IDS.includes(idOrFile)) {
    const result = await loadBuiltIn(idOrFile);
    if (result.ok) return result.pack.scenario;
    throw new Error(result.problems.map((p) => describeProblem(idOrFile, p)).join('\n'));
  }
  if (!existsSync(idOrFile))
    throw new Error(
      `Unknown scenario "${idOrFile}": not a built-in (${BUILT_IN_IDS.join(', ')}) and no such file`,
    );
  const result = loadPackText(
    readFileSync(idOrFile, 'utf8'),
    isBuiltInFile(idOrFile) ? 'builtIn' : 'imported',
  );
  if (result.ok) return result.pack.scenario;
  throw new Error(result.problems.map((p) => describeProblem(idOrFile, p)).join('\n'));
}

/** Every built-in scenario, loaded. */
export async function builtInScenarios(): Promise<Scenario[]> {
  return Promise.all(BUILT_IN_IDS.map((id) => loadScenario(id)));
}

/** random | greedy:<metric> | values:<weights> | role | script:<file> */
export function makeStrategy(spec: string, seed: string): Strategy {
  const [kind, arg] = spec.split(':', 2) as [string, string | undefined];
  switch (kind) {
    case 'random':
      return randomStrategy(strategyRandom(seed));
    case 'greedy': {
      if (!arg || !(METRIC_IDS as readonly string[]).includes(arg)) {
        throw new Error(`greedy needs a metric: greedy:<${METRIC_IDS.join('|')}>`);
      }
      const weights = metricWeights(arg as MetricId);
      return greedyStrategy(() => weights);
    }
    case 'values': {
      const weights = valuesWeights(parseWeights(arg ?? ''));
      return greedyStrategy(() => weights);
    }
    case 'role':
      return greedyStrategy((rules, state) => roleWeights(rules, state.role));
    case 'script': {
      if (!arg) throw new Error('script needs a file: script:<decisions.json>');
      let decisions: Decision[];
      try {
        decisions = JSON.parse(readFileSync(arg, 'utf8')) as Decision[];
      } catch (error) {
        throw new Error(
          `Cannot read the script ${arg}: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      if (!Array.isArray(decisions)) throw new Error(`${arg}: expected a JSON array of decisions`);
      return scriptStrategy(decisions);
    }
    default:
      throw new Error(
        `Unknown strategy "${spec}": use random, greedy:<metric>, values:<weights>, role or script:<file>`,
      );
  }
}

export function roleIds(rules: ScenarioRules): string[] {
  return rules.roles.map((r) => r.id);
}
