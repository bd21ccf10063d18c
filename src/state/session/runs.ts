import type { Scenario } from '../../content';
import { replay, type GameSetup, type Replay, type ReplayError, type Result } from '../../engine';
import { runIds, type Session, type SessionSetup } from './model';

/** The engine setup of one run: the same seed and assumptions for every team, its own role. */
export function runSetup(setup: SessionSetup, runId: string): GameSetup {
  const team = setup.teams.find((t) => t.id === runId);
  return {
    seed: setup.seed,
    role: setup.mode === 'parallel' && team ? team.role : setup.role,
    assumptions: setup.assumptions,
  };
}

export type Worlds = Readonly<Record<string, Replay>>;

/** Every run of the session, replayed from its decisions; the first failure is returned. */
export function replayWorlds(
  scenario: Scenario,
  session: Session,
): Result<Worlds, ReplayError & { readonly run: string }> {
  const worlds: Record<string, Replay> = {};
  for (const run of runIds(session.setup)) {
    const replayed = replay(
      scenario.rules,
      runSetup(session.setup, run),
      session.decisions[run] ?? [],
    );
    if (!replayed.ok) return { ok: false, error: { ...replayed.error, run } };
    worlds[run] = replayed.value;
  }
  return { ok: true, value: worlds };
}

/** Teams that still decide this turn: in parallel worlds, those whose run has not ended. */
export function activeTeams(session: Session, worlds: Worlds): readonly string[] {
  const { setup } = session;
  if (setup.mode === 'parliament') {
    return worlds.room?.state.ending ? [] : setup.teams.map((t) => t.id);
  }
  return setup.teams.filter((t) => worlds[t.id]?.state.ending === null).map((t) => t.id);
}

/** The session is over when every run has reached an ending. */
export function allEnded(worlds: Worlds): boolean {
  return Object.values(worlds).every((w) => w.state.ending !== null);
}
