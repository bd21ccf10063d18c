import type { AssumptionChoice, Decision } from '../../engine';

/**
 * A facilitator's session: one projector, 2–8 teams. Like a single game, only the choices are kept;
 * every world is rebuilt from them by the engine, so a reload or an export can never disagree with
 * the model.
 */

/** `parallel`: each team plays its own run; `parliament`: teams vote and the majority decides one. */
export const SESSION_MODES = ['parallel', 'parliament'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** How a tied vote is settled: the facilitator's casting vote, a seeded lot, or the cheapest option. */
export const TIE_BREAKS = ['facilitator', 'lot', 'cheapest'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

/** The projector's steps, in the order a session runs through them. */
export const SESSION_PHASES = [
  'opinionBefore',
  'briefing',
  'situation',
  'decisions',
  'reveal',
  'results',
  'hotWash',
  'opinionAfter',
  'report',
] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 8;
/** Team names are labels for a table of people, never a person's name; kept short for the projector. */
export const MAX_TEAM_NAME = 40;
export const MAX_QUESTION = 300;
/** Answers on a five-point scale: 1 strongly disagree … 5 strongly agree. */
export const OPINION_MIN = 1;
export const OPINION_MAX = 5;
export const TIMER_STEP_SECONDS = 30;
export const MAX_TIMER_SECONDS = 60 * 60;
/** The run every team shares in parliament mode. */
export const ROOM_RUN = 'room';

export interface Team {
  /** Stable id (`t1`…), so renaming a team keeps its choices. */
  readonly id: string;
  /** Empty means "Team N" in the active language. */
  readonly name: string;
  /** The role the team plays in parallel worlds. */
  readonly role: string;
}

export interface SessionSetup {
  readonly scenarioId: string;
  readonly mode: SessionMode;
  readonly seed: string;
  /** The shared run's role in parliament. */
  readonly role: string;
  readonly assumptions: Readonly<Record<string, AssumptionChoice>>;
  readonly teams: readonly Team[];
  /** Seconds per turn, or null for no timer. */
  readonly timerSeconds: number | null;
  readonly tieBreak: TieBreak;
  /** A discussion prompt after each turn's results. */
  readonly hotWash: boolean;
  /** The before/after question; an empty text means the default one. Null: not asked. */
  readonly opinion: { readonly question: string } | null;
}

/** The turn timer. It only informs: reaching zero never decides anything. */
export interface Timer {
  readonly remainingMs: number;
  /** When it was last started (ms since the epoch), or null while paused. */
  readonly startedAt: number | null;
}

/** How parliament decided one turn. */
export interface TurnVote {
  readonly turnId: string;
  /** Team id → option id. */
  readonly votes: Readonly<Record<string, string>>;
  readonly decided: string;
  /** The rule that settled a tie, when there was one. */
  readonly tieBrokenBy: TieBreak | null;
}

export interface Session {
  readonly setup: SessionSetup;
  readonly phase: SessionPhase;
  /** Index of the turn being played (or the last one played, on the results). */
  readonly turn: number;
  /** This turn's choices so far, team id → option id; hidden until the reveal. */
  readonly entries: Readonly<Record<string, string>>;
  /** The team at the device while choices are entered, and whether its options are showing. */
  readonly entryTeam: string | null;
  readonly entryOpen: boolean;
  /** The facilitator's casting vote for this turn's tie, if the rule asks for one. */
  readonly casting: string | null;
  /** Run id (a team id, or `room`) → its decisions: every world is replayed from these. */
  readonly decisions: Readonly<Record<string, readonly Decision[]>>;
  /** Parliament's votes, one per turn decided. */
  readonly votes: readonly TurnVote[];
  readonly opinions: {
    readonly before: Readonly<Record<string, number>>;
    readonly after: Readonly<Record<string, number>>;
  };
  readonly timer: Timer | null;
  /** When the session started, as an ISO date (YYYY-MM-DD): it names the report's files. */
  readonly date: string;
}

/** The runs a session plays: one per team, or one for the room. */
export function runIds(setup: SessionSetup): readonly string[] {
  return setup.mode === 'parallel' ? setup.teams.map((t) => t.id) : [ROOM_RUN];
}

/** The run a team's choices go to. */
export function runOfTeam(setup: SessionSetup, teamId: string): string {
  return setup.mode === 'parallel' ? teamId : ROOM_RUN;
}
