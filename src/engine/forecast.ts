import { seedFromText } from './prng';
import { advanceTurn } from './resolveTurn';
import { err, ok, type Result } from './result';
import {
  METRIC_IDS,
  type Decision,
  type GameState,
  type MetricId,
  type ScenarioRules,
  type TurnError,
} from './types';

export interface MetricForecast {
  readonly metric: MetricId;
  readonly current: number;
  readonly low: number;
  readonly median: number;
  readonly high: number;
}

export const FORECAST_SAMPLES = 48;

/**
 * The likely result of a decision, computed by playing the turn many times with other draws of the
 * uncertain parts (ranges, events). Never hand-written, and it never touches the real generator.
 */
export function forecastTurn(
  rules: ScenarioRules,
  state: GameState,
  decision: Decision,
  samples = FORECAST_SAMPLES,
): Result<MetricForecast[], TurnError> {
  const outcomes: Record<MetricId, number[]> = {} as Record<MetricId, number[]>;
  for (const metric of METRIC_IDS) outcomes[metric] = [];
  for (let i = 0; i < samples; i += 1) {
    const sampleRng = seedFromText(`forecast:${state.rng}:${i}`);
    // Only the state is read: the turn is played without its ledger.
    const result = advanceTurn(rules, { ...state, rng: sampleRng }, decision);
    if (!result.ok) return err(result.error);
    for (const metric of METRIC_IDS) outcomes[metric].push(result.value.metrics[metric]);
  }
  return ok(
    METRIC_IDS.map((metric) => {
      const sorted = outcomes[metric].sort((a, b) => a - b);
      return {
        metric,
        current: state.metrics[metric],
        low: sorted[0] ?? state.metrics[metric],
        median: sorted[Math.floor(sorted.length / 2)] ?? state.metrics[metric],
        high: sorted[sorted.length - 1] ?? state.metrics[metric],
      };
    }),
  );
}
