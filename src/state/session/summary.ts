import type { Scenario } from '../../content';
import {
  checkDecision,
  scoreRun,
  type EndingReached,
  type Metrics,
  type TurnError,
  type TurnReport,
} from '../../engine';
import { runIds, runOfTeam, type Session, type TieBreak } from './model';
import type { Worlds } from './runs';

/**
 * What the projector's report and the downloads show, read from the replayed worlds: ids and
 * numbers only (the UI adds the words). Kept here so the UI never computes rules itself.
 */

export interface TurnRecord {
  readonly turn: number;
  readonly turnId: string;
  /** The option the run took. */
  readonly optionId: string;
  /** Parliament: each team's vote (team id → option id), and the rule that broke a tie. */
  readonly votes: Readonly<Record<string, string>> | null;
  readonly tieBrokenBy: TieBreak | null;
  readonly capital: TurnReport['capital'];
  /** The metrics after the turn, as the engine left them. */
  readonly metrics: Metrics;
  readonly changes: Readonly<Partial<Metrics>>;
  readonly events: readonly string[];
}

export interface RunSummary {
  readonly run: string;
  readonly role: string;
  readonly assumptions: Readonly<Record<string, string>>;
  readonly start: Metrics;
  readonly final: Metrics;
  readonly capital: number;
  readonly ending: EndingReached | null;
  readonly roleScore: number;
  readonly valuesScore: number;
  readonly objectivesMet: number;
  readonly objectives: number;
  readonly turns: readonly TurnRecord[];
}

export function summarizeRuns(scenario: Scenario, session: Session, worlds: Worlds): RunSummary[] {
  return runIds(session.setup).flatMap((run) => {
    const world = worlds[run];
    if (!world) return [];
    const { state, reports } = world;
    const score = scoreRun(scenario.rules, state);
    return [
      {
        run,
        role: state.role,
        assumptions: state.assumptions,
        start: state.history[0] ?? state.metrics,
        final: state.metrics,
        capital: state.capital,
        ending: state.ending,
        roleScore: score.roleScore,
        valuesScore: score.valuesScore,
        objectivesMet: score.objectives.filter((o) => o.met).length,
        objectives: score.objectives.length,
        turns: reports.map((report, turn) => {
          const vote = session.setup.mode === 'parliament' ? session.votes[turn] : undefined;
          return {
            turn,
            turnId: report.decision.turnId,
            optionId: report.decision.optionId,
            votes: vote?.votes ?? null,
            tieBrokenBy: vote?.tieBrokenBy ?? null,
            capital: report.capital,
            metrics: state.history[turn + 1] ?? state.metrics,
            changes: Object.fromEntries(
              report.changes
                .filter((c) => c.after !== c.before)
                .map((c) => [c.metric, c.after - c.before]),
            ),
            events: report.events.map((e) => e.id),
          };
        }),
      },
    ];
  });
}

/** The turns where teams' choices differed (parallel worlds) or their votes split (parliament). */
export function divergentTurns(session: Session, runs: readonly RunSummary[]): number[] {
  const turns = Math.max(0, ...runs.map((r) => r.turns.length));
  const result: number[] = [];
  for (let turn = 0; turn < turns; turn += 1) {
    const choices =
      session.setup.mode === 'parallel'
        ? runs.flatMap((r) => r.turns[turn]?.optionId ?? [])
        : Object.values(session.votes[turn]?.votes ?? {});
    if (new Set(choices).size > 1) result.push(turn);
  }
  return result;
}

/** Whether a team may take an option now, as the engine would judge it (capital, turn). */
export function checkTeamChoice(
  scenario: Scenario,
  session: Session,
  worlds: Worlds,
  teamId: string,
  optionId: string,
): TurnError | null {
  const world = worlds[runOfTeam(session.setup, teamId)];
  const turn = scenario.rules.turns[session.turn];
  if (!world || !turn) return { kind: 'gameOver' };
  const checked = checkDecision(scenario.rules, world.state, { turnId: turn.id, optionId });
  return checked.ok ? null : checked.error;
}
