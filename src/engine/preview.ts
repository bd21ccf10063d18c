import { METRIC_IDS, type GameState, type MetricId, type ScenarioRules } from './types';

export interface OptionPreview {
  readonly optionId: string;
  readonly cost: number;
  readonly affordable: boolean;
  /**
   * Which metrics the option touches, not in which direction: like Reigns, the player sees what is at
   * stake without being handed the answer.
   */
  readonly touches: readonly MetricId[];
  readonly setsLevers: Readonly<Record<string, string>>;
}

/** What the screen needs to show about the current turn's options, without reaching into rules. */
export function previewOptions(rules: ScenarioRules, state: GameState): OptionPreview[] {
  const turn = rules.turns[state.turn];
  if (turn === undefined || state.ending !== null) return [];
  return turn.options.map((option) => {
    const touched = new Set<MetricId>(option.effects.map((e) => e.metric));
    for (const [leverId, level] of Object.entries(option.setLevers ?? {})) {
      const lever = rules.levers.find((l) => l.id === leverId);
      for (const effect of lever?.ongoing[level] ?? []) touched.add(effect.metric);
    }
    return {
      optionId: option.id,
      cost: option.cost,
      affordable: option.cost <= state.capital,
      touches: METRIC_IDS.filter((id) => touched.has(id)),
      setsLevers: option.setLevers ?? {},
    };
  });
}
