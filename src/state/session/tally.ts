import { nextFloat, seedFromText, type TurnDefinition } from '../../engine';
import type { TieBreak } from './model';

export interface Tally {
  /** Option id → votes, in the turn's option order (options without votes count 0). */
  readonly counts: ReadonlyArray<{ readonly optionId: string; readonly votes: number }>;
  /** The options with the most votes: more than one is a tie. */
  readonly leaders: readonly string[];
  /** The option that decides the turn, or null while a casting vote is awaited. */
  readonly decided: string | null;
  readonly tieBrokenBy: TieBreak | null;
}

/**
 * Parliament's rule: the majority decides; a tie is settled by the rule the facilitator picked.
 * The lot is drawn from the session's seed and the turn, so the same session always draws the same.
 */
export function tallyVotes(
  turn: TurnDefinition,
  votes: Readonly<Record<string, string>>,
  rule: TieBreak,
  seed: string,
  casting: string | null,
): Tally {
  const counts = turn.options.map((o) => ({
    optionId: o.id,
    votes: Object.values(votes).filter((v) => v === o.id).length,
  }));
  const top = Math.max(0, ...counts.map((c) => c.votes));
  const leaders = top === 0 ? [] : counts.filter((c) => c.votes === top).map((c) => c.optionId);
  if (leaders.length === 0) return { counts, leaders, decided: null, tieBrokenBy: null };
  if (leaders.length === 1)
    return { counts, leaders, decided: leaders[0] ?? null, tieBrokenBy: null };
  return {
    counts,
    leaders,
    decided: breakTie(turn, leaders, rule, seed, casting),
    tieBrokenBy: rule,
  };
}

function breakTie(
  turn: TurnDefinition,
  leaders: readonly string[],
  rule: TieBreak,
  seed: string,
  casting: string | null,
): string | null {
  switch (rule) {
    case 'facilitator':
      return casting !== null && leaders.includes(casting) ? casting : null;
    case 'lot': {
      const draw = nextFloat(seedFromText(`${seed}|tie|${turn.id}`)).value;
      return leaders[Math.floor(draw * leaders.length)] ?? null;
    }
    case 'cheapest': {
      const cost = (id: string) => turn.options.find((o) => o.id === id)?.cost ?? 0;
      // Equal costs keep the order the scenario lists the options in.
      return [...leaders].sort((a, b) => cost(a) - cost(b))[0] ?? null;
    }
  }
}
