import type { Scenario } from '../../content';
import { METRIC_IDS } from '../../engine';
import type { RunSummary, Session } from '../../state';
import type { UiContext } from '../context';
import { optionLabel, roleName, runName, teamName, facilitatorT } from './labels';

/** The downloads' names: the scenario and the session's date, safe on every file system. */
export function exportFileName(session: Session, extension: 'csv' | 'json'): string {
  const id = session.setup.scenarioId.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return `key-decisions-${id}-${session.date}.${extension}`;
}

/** The whole session as data: ids for programs, labels for people, numbers as the engine left them. */
export function sessionJson(
  ctx: UiContext,
  scenario: Scenario,
  session: Session,
  runs: readonly RunSummary[],
) {
  const { setup } = session;
  return {
    format: 'key-decisions-session',
    version: 1,
    date: session.date,
    scenario: { id: scenario.id, title: ctx.tx(scenario.titleKey) },
    mode: setup.mode,
    seed: setup.seed,
    tieBreak: setup.mode === 'parliament' ? setup.tieBreak : null,
    assumptionsChosen: setup.assumptions,
    teams: setup.teams.map((team) => ({
      id: team.id,
      name: teamName(ctx, setup, team),
      role: setup.mode === 'parallel' ? team.role : setup.role,
    })),
    opinion: setup.opinion
      ? {
          question: setup.opinion.question.trim() || facilitatorT(ctx)('opinion.defaultQuestion'),
          before: session.opinions.before,
          after: session.opinions.after,
        }
      : null,
    runs: runs.map((r) => ({
      run: r.run,
      name: runName(ctx, setup, r.run),
      role: r.role,
      assumptionsInForce: r.assumptions,
      ending: r.ending
        ? {
            id: r.ending.id,
            kind: r.ending.kind,
            afterTurn: r.ending.afterTurn + 1,
            title: ctx.tx(r.ending.text),
          }
        : null,
      roleScore: r.roleScore,
      valuesScore: r.valuesScore,
      start: r.start,
      final: r.final,
      turns: r.turns.map((turn) => ({
        turn: turn.turn + 1,
        turnId: turn.turnId,
        optionId: turn.optionId,
        option: optionLabel(ctx, scenario, turn.turn, turn.optionId),
        votes: turn.votes,
        tieBrokenBy: turn.tieBrokenBy,
        capital: turn.capital,
        metrics: turn.metrics,
        events: turn.events,
      })),
    })),
  };
}

/**
 * A cell as spreadsheets read it: quoted when needed, and text that starts like a formula is
 * prefixed with an apostrophe, so a team name cannot run as a formula when the file is opened.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per team per turn: its choice (or vote), what was decided, capital and every metric after. */
export function sessionCsv(
  ctx: UiContext,
  scenario: Scenario,
  session: Session,
  runs: readonly RunSummary[],
): string {
  const { setup } = session;
  const header = [
    'date',
    'scenario',
    'mode',
    'seed',
    'team',
    'role',
    'turn',
    'turn_id',
    'team_choice_id',
    'team_choice',
    'decided_id',
    'decided',
    'capital_before',
    'capital_spent',
    'capital_gained',
    'capital_after',
    ...METRIC_IDS,
    'events',
    'ending',
  ];
  const rows: (string | number | null)[][] = [];
  for (const team of setup.teams) {
    const run = runs.find((r) => r.run === (setup.mode === 'parallel' ? team.id : 'room'));
    if (!run) continue;
    for (const turn of run.turns) {
      const choice = setup.mode === 'parallel' ? turn.optionId : (turn.votes?.[team.id] ?? null);
      const endedHere =
        run.ending && run.ending.afterTurn === turn.turn ? ctx.tx(run.ending.text) : null;
      rows.push([
        session.date,
        ctx.tx(scenario.titleKey),
        setup.mode,
        setup.seed,
        teamName(ctx, setup, team),
        roleName(ctx, scenario, run.role),
        turn.turn + 1,
        turn.turnId,
        choice,
        choice === null ? null : optionLabel(ctx, scenario, turn.turn, choice),
        turn.optionId,
        optionLabel(ctx, scenario, turn.turn, turn.optionId),
        turn.capital.before,
        turn.capital.spent,
        turn.capital.gained,
        turn.capital.after,
        ...METRIC_IDS.map((m) => turn.metrics[m]),
        turn.events.join(' '),
        endedHere,
      ]);
    }
  }
  // A byte-order mark lets spreadsheet programs read the file as UTF-8 (names with accents).
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
