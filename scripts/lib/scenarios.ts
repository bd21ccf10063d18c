import { readFileSync } from 'node:fs';
import { BUILT_IN_SCENARIOS, findScenario, type Scenario } from '../../src/content';
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

/** A built-in scenario by id; scenario files (packs) arrive with the scenario-format work. */
export function loadScenario(idOrFile: string): Scenario {
  const scenario = findScenario(idOrFile);
  if (scenario) return scenario;
  throw new Error(
    `Unknown scenario "${idOrFile}". Built-in scenarios: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(', ')}`,
  );
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
