import { GOING_DARK } from './scenarios/goingDark';
import type { Scenario } from './types';

export type * from './types';
export { validateScenario, type ContentProblem } from './validateScenario';

/** The built-in scenarios, in the order the title screen lists them. */
export const BUILT_IN_SCENARIOS: readonly Scenario[] = [GOING_DARK];

export function findScenario(id: string): Scenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id);
}
