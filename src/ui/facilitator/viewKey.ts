import type { RootState, SessionSetup } from '../../state';

/* Kept apart from the facilitator's views, which load on demand: the app watches these keys from
   the start to know when the projector must be redrawn. */

/** The parts of the draft whose change rebuilds the form; typing in a field never does. */
export function setupViewKey(draft: SessionSetup | null): string {
  if (!draft) return 'none';
  return [
    draft.scenarioId,
    draft.mode,
    draft.teams.length,
    draft.timerSeconds === null,
    draft.opinion === null,
  ].join('|');
}

/**
 * What decides the facilitator's screen. The first part is the step: when it changes, focus moves
 * to the new heading. The second part changes the step's content in place (focus stays put).
 */
export function facilitatorKey(s: RootState): { readonly step: string; readonly detail: string } {
  const session = s.session;
  if (!session)
    return { step: `setup|${s.sessionDraft?.scenarioId}`, detail: setupViewKey(s.sessionDraft) };
  return {
    step: [session.phase, session.turn, session.entryTeam, session.entryOpen].join('|'),
    detail: [Object.keys(session.entries).length, session.casting, s.sessionError?.kind].join('|'),
  };
}
