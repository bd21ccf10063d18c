import type { Scenario } from '../../content';
import type { Session, SessionSetup, Team } from '../../state';
import type { UiContext } from '../context';

/** A team's name as the room sees it: its own, or "Team 2" in the active language. */
export function teamName(ctx: UiContext, setup: SessionSetup, team: Team): string {
  const index = setup.teams.indexOf(team);
  return team.name || facilitatorT(ctx)('teamDefault', { number: index + 1 });
}

export function teamNameById(ctx: UiContext, setup: SessionSetup, id: string): string {
  const team = setup.teams.find((t) => t.id === id);
  return team ? teamName(ctx, setup, team) : id;
}

/** A run's name: the team's in parallel worlds, "The room" in parliament. */
export function runName(ctx: UiContext, setup: SessionSetup, run: string): string {
  return setup.mode === 'parallel' ? teamNameById(ctx, setup, run) : facilitatorT(ctx)('roomRun');
}

export function roleName(ctx: UiContext, scenario: Scenario, roleId: string): string {
  const role = scenario.rules.roles.find((r) => r.id === roleId);
  return role ? ctx.tx(role.nameKey) : roleId;
}

export function optionLabel(
  ctx: UiContext,
  scenario: Scenario,
  turnIndex: number,
  optionId: string,
): string {
  const option = scenario.rules.turns[turnIndex]?.options.find((o) => o.id === optionId);
  return option ? ctx.tx(option.labelKey) : optionId;
}

/** The opinion question as asked: the facilitator's own words, or the default one. */
export function opinionQuestion(ctx: UiContext, session: Session): string {
  const custom = session.setup.opinion?.question.trim();
  return custom || facilitatorT(ctx)('opinion.defaultQuestion');
}

/** Eight colours that stay apart on a projector and in high contrast; names carry the meaning. */
export const TEAM_COLOURS = [
  '#1f77b4',
  '#d95f02',
  '#1b9e77',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#a6761d',
  '#525252',
] as const;

export function teamColour(setup: SessionSetup, id: string): string {
  const index = Math.max(
    0,
    setup.teams.findIndex((t) => t.id === id),
  );
  return TEAM_COLOURS[index % TEAM_COLOURS.length] ?? '#525252';
}

/** The facilitator's own strings: a namespace of their own, loaded with these views. */
export const facilitatorT = (ctx: UiContext) => ctx.i18n.getFixedT(null, 'facilitator');
