import type { StateCreator } from 'zustand/vanilla';
import { findScenario, type Scenario } from '../../content';
import { err, ok, type Decision, type Result, type TurnError } from '../../engine';
import type { RootState, StoreMutators } from '../rootState';
import { randomSeed } from '../seed';
import {
  MAX_TEAM_NAME,
  MAX_QUESTION,
  MAX_TEAMS,
  MAX_TIMER_SECONDS,
  MIN_TEAMS,
  OPINION_MAX,
  OPINION_MIN,
  runIds,
  type Session,
  type SessionSetup,
  type Team,
} from './model';
import { activeTeams, allEnded, replayWorlds, type Worlds } from './runs';
import { checkTeamChoice } from './summary';
import { tallyVotes } from './tally';

export type SessionError =
  | { readonly kind: 'unknownScenario' }
  | { readonly kind: 'badSetup'; readonly run: string }
  | { readonly kind: 'tieUndecided' }
  | { readonly kind: 'notAllDecided' }
  | { readonly kind: 'choice'; readonly error: TurnError };

export interface SessionSlice {
  /** The session setup screen's choices, before Start. */
  readonly sessionDraft: SessionSetup | null;
  readonly session: Session | null;
  /** Every run replayed from the session's decisions; derived, never saved. */
  readonly worlds: Worlds | null;
  readonly sessionError: SessionError | null;

  /** Opens the facilitator's setup with defaults (for the given scenario, or the library's first). */
  openSessionSetup(scenarioId?: string): void;
  editSession(change: Partial<Omit<SessionSetup, 'teams'>>): void;
  setTeamCount(count: number): void;
  editTeam(teamId: string, change: Partial<Omit<Team, 'id'>>): void;
  startSession(): Result<Session, SessionError>;
  /** Shows the session kept in storage. */
  resumeSession(): void;
  /** Leaves the projector for the title; the session is kept. */
  leaveSession(): void;
  /** Discards the session. */
  endSession(): void;
  sessionNext(): Result<void, SessionError>;
  sessionBack(): void;
  /** Shows the options to the team at the device. */
  openEntry(): void;
  /** Records the choice of the team at the device and hands over to the next one. */
  enterChoice(optionId: string): Result<void, SessionError>;
  /** Lets a team choose again before the reveal. */
  reopenEntry(teamId: string): void;
  castVote(optionId: string): void;
  answerOpinion(when: 'before' | 'after', teamId: string, value: number | null): void;
  toggleTimer(): void;
  adjustTimer(seconds: number): void;
}

export const INITIAL_SESSION: Pick<
  SessionSlice,
  'sessionDraft' | 'session' | 'worlds' | 'sessionError'
> = { sessionDraft: null, session: null, worlds: null, sessionError: null };

export const DEFAULT_TEAM_COUNT = 3;
export const DEFAULT_TIMER_SECONDS = 180;

const teamId = (index: number) => `t${index + 1}`;

/** Teams take the scenario's roles in turn, so parallel worlds show several perspectives at once. */
function defaultTeams(scenario: Scenario, count: number, keep: readonly Team[] = []): Team[] {
  const roles = scenario.rules.roles.map((r) => r.id);
  return Array.from({ length: count }, (_, i) => {
    const kept = keep[i];
    const role = kept && roles.includes(kept.role) ? kept.role : (roles[i % roles.length] ?? '');
    return { id: teamId(i), name: kept?.name ?? '', role };
  });
}

function defaultSetup(scenario: Scenario, previous?: SessionSetup): SessionSetup {
  return {
    scenarioId: scenario.id,
    mode: previous?.mode ?? 'parallel',
    seed: randomSeed(),
    role: scenario.rules.roles[0]?.id ?? '',
    assumptions: Object.fromEntries(scenario.rules.assumptions.map((a) => [a.id, 'random'])),
    teams: defaultTeams(scenario, previous?.teams.length ?? DEFAULT_TEAM_COUNT, previous?.teams),
    timerSeconds: previous ? previous.timerSeconds : DEFAULT_TIMER_SECONDS,
    tieBreak: previous?.tieBreak ?? 'facilitator',
    hotWash: previous?.hotWash ?? true,
    opinion: previous ? previous.opinion : { question: '' },
  };
}

/** Today in the device's own calendar, as YYYY-MM-DD: a late class still gets its own date. */
export function localDate(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

function freshTimer(setup: SessionSetup): Session['timer'] {
  return setup.timerSeconds === null
    ? null
    : { remainingMs: setup.timerSeconds * 1000, startedAt: Date.now() };
}

/** Milliseconds left on a timer at a moment (never below zero). */
export function timerRemaining(timer: NonNullable<Session['timer']>, now: number): number {
  const running = timer.startedAt === null ? 0 : now - timer.startedAt;
  return Math.max(0, timer.remainingMs - running);
}

function pausedTimer(timer: Session['timer']): Session['timer'] {
  return timer && timer.startedAt !== null
    ? { remainingMs: timerRemaining(timer, Date.now()), startedAt: null }
    : timer;
}

/** The first team (in setup order) that still has to choose this turn. */
function nextToChoose(
  session: Session,
  worlds: Worlds,
  entries: Session['entries'],
): string | null {
  return activeTeams(session, worlds).find((id) => entries[id] === undefined) ?? null;
}

export const createSessionSlice: StateCreator<RootState, StoreMutators, [], SessionSlice> = (
  set,
  get,
) => {
  const current = () => {
    const { session, worlds } = get();
    const scenario = session ? findScenario(session.setup.scenarioId) : undefined;
    return session && worlds && scenario ? { session, worlds, scenario } : undefined;
  };
  const update = (change: Partial<Session>) =>
    set((s) => (s.session ? { session: { ...s.session, ...change }, sessionError: null } : {}));
  const fail = (error: SessionError) => {
    set({ sessionError: error });
    return err(error);
  };
  /** Replaces the decisions and replays every world from them. */
  const withDecisions = (
    scenario: Scenario,
    session: Session,
    decisions: Session['decisions'],
    change: Partial<Session>,
  ): Result<void, SessionError> => {
    const next = { ...session, ...change, decisions };
    const worlds = replayWorlds(scenario, next);
    if (!worlds.ok) return fail({ kind: 'badSetup', run: worlds.error.run });
    set({ session: next, worlds: worlds.value, sessionError: null });
    return ok(undefined);
  };
  /** On from a turn's results (or hot wash): the next turn, or the end when every run has ended. */
  const afterTurn = (session: Session, worlds: Worlds) => {
    if (allEnded(worlds)) {
      update({ phase: session.setup.opinion ? 'opinionAfter' : 'report', timer: null });
    } else {
      update({
        phase: 'situation',
        turn: session.turn + 1,
        entries: {},
        entryTeam: null,
        entryOpen: false,
        casting: null,
        timer: freshTimer(session.setup),
      });
    }
  };
  /** Where a step back from the start of a turn lands: the previous turn's last screen. */
  const lastScreenOfTurn = (session: Session) => (session.setup.hotWash ? 'hotWash' : 'results');

  return {
    ...INITIAL_SESSION,

    openSessionSetup(scenarioId) {
      const id = scenarioId ?? get().sessionDraft?.scenarioId ?? get().library.scenarioIds[0];
      const scenario = id ? findScenario(id) : undefined;
      if (!scenario) return;
      const previous = get().sessionDraft ?? undefined;
      set({
        screen: 'facilitator',
        sessionDraft:
          previous?.scenarioId === scenario.id ? previous : defaultSetup(scenario, previous),
        sessionError: null,
      });
    },

    editSession(change) {
      const draft = get().sessionDraft;
      if (!draft) return;
      if (change.scenarioId !== undefined && change.scenarioId !== draft.scenarioId) {
        const scenario = findScenario(change.scenarioId);
        if (scenario) set({ sessionDraft: { ...defaultSetup(scenario, draft), seed: draft.seed } });
        return;
      }
      const timerSeconds =
        change.timerSeconds === undefined || change.timerSeconds === null
          ? change.timerSeconds
          : Math.min(MAX_TIMER_SECONDS, Math.max(10, Math.round(change.timerSeconds)));
      const opinion =
        change.opinion === undefined || change.opinion === null
          ? change.opinion
          : { question: change.opinion.question.slice(0, MAX_QUESTION) };
      set({
        sessionDraft: {
          ...draft,
          ...change,
          ...(timerSeconds !== undefined ? { timerSeconds } : {}),
          ...(opinion !== undefined ? { opinion } : {}),
        },
      });
    },

    setTeamCount(count) {
      const draft = get().sessionDraft;
      const scenario = draft ? findScenario(draft.scenarioId) : undefined;
      if (!draft || !scenario) return;
      const n = Math.min(MAX_TEAMS, Math.max(MIN_TEAMS, Math.round(count)));
      set({ sessionDraft: { ...draft, teams: defaultTeams(scenario, n, draft.teams) } });
    },

    editTeam(id, change) {
      const draft = get().sessionDraft;
      if (!draft) return;
      const teams = draft.teams.map((t) =>
        t.id === id
          ? {
              ...t,
              ...change,
              ...(change.name !== undefined ? { name: change.name.slice(0, MAX_TEAM_NAME) } : {}),
            }
          : t,
      );
      set({ sessionDraft: { ...draft, teams } });
    },

    startSession() {
      const draft = get().sessionDraft;
      const scenario = draft ? findScenario(draft.scenarioId) : undefined;
      if (!draft || !scenario) return fail({ kind: 'unknownScenario' });
      const setup: SessionSetup = {
        ...draft,
        seed: draft.seed.trim() || randomSeed(),
        teams: draft.teams.map((t) => ({ ...t, name: t.name.trim() })),
      };
      const session: Session = {
        setup,
        phase: setup.opinion ? 'opinionBefore' : 'briefing',
        turn: 0,
        entries: {},
        entryTeam: null,
        entryOpen: false,
        casting: null,
        decisions: Object.fromEntries(runIds(setup).map((id) => [id, []])),
        votes: [],
        opinions: { before: {}, after: {} },
        timer: null,
        date: localDate(),
      };
      const worlds = replayWorlds(scenario, session);
      if (!worlds.ok) return fail({ kind: 'badSetup', run: worlds.error.run });
      set({ session, worlds: worlds.value, sessionError: null, screen: 'facilitator' });
      return ok(session);
    },

    resumeSession() {
      if (get().session) set({ screen: 'facilitator' });
    },

    leaveSession() {
      set((s) => ({
        screen: 'title',
        session: s.session ? { ...s.session, timer: pausedTimer(s.session.timer) } : null,
      }));
    },

    endSession() {
      set({ ...INITIAL_SESSION, sessionDraft: get().sessionDraft, screen: 'title' });
    },

    sessionNext() {
      const now = current();
      if (!now) return fail({ kind: 'unknownScenario' });
      const { session, worlds, scenario } = now;
      switch (session.phase) {
        case 'opinionBefore':
          update({ phase: 'briefing' });
          return ok(undefined);
        case 'briefing':
          update({ phase: 'situation', timer: freshTimer(session.setup) });
          return ok(undefined);
        case 'situation':
          update({
            phase: 'decisions',
            entryTeam: nextToChoose(session, worlds, session.entries),
            entryOpen: false,
          });
          return ok(undefined);
        case 'decisions':
          if (nextToChoose(session, worlds, session.entries) !== null)
            return fail({ kind: 'notAllDecided' });
          update({ phase: 'reveal', entryTeam: null, timer: pausedTimer(session.timer) });
          return ok(undefined);
        case 'reveal':
          return resolveTurnOfSession(scenario, session, worlds);
        case 'results':
          if (session.setup.hotWash) update({ phase: 'hotWash' });
          else afterTurn(session, worlds);
          return ok(undefined);
        case 'hotWash':
          afterTurn(session, worlds);
          return ok(undefined);
        case 'opinionAfter':
          update({ phase: 'report' });
          return ok(undefined);
        case 'report':
          return ok(undefined);
      }
    },

    sessionBack() {
      const now = current();
      if (!now) return;
      const { session, scenario } = now;
      const { setup } = session;
      switch (session.phase) {
        case 'opinionBefore':
          return;
        case 'briefing':
          if (setup.opinion) update({ phase: 'opinionBefore' });
          return;
        case 'situation':
          if (session.turn === 0) update({ phase: 'briefing', timer: null });
          else
            update({
              phase: lastScreenOfTurn(session),
              turn: session.turn - 1,
              entries: {},
              timer: null,
            });
          return;
        case 'decisions':
          // Back from a team's options is the hand-over screen; from there, the situation.
          if (session.entryOpen) update({ entryOpen: false });
          else update({ phase: 'situation', entryTeam: null, entryOpen: false });
          return;
        case 'reveal':
          update({ phase: 'decisions', entryTeam: null, entryOpen: false });
          return;
        case 'results':
          undoTurn(scenario, session);
          return;
        case 'hotWash':
          update({ phase: 'results' });
          return;
        case 'opinionAfter':
          update({ phase: lastScreenOfTurn(session) });
          return;
        case 'report':
          update({ phase: setup.opinion ? 'opinionAfter' : lastScreenOfTurn(session) });
          return;
      }
    },

    openEntry() {
      const session = get().session;
      if (session?.phase === 'decisions' && session.entryTeam !== null) update({ entryOpen: true });
    },

    enterChoice(optionId) {
      const now = current();
      if (!now) return fail({ kind: 'unknownScenario' });
      const { session, worlds, scenario } = now;
      const team = session.entryTeam;
      if (session.phase !== 'decisions' || team === null) return fail({ kind: 'notAllDecided' });
      const problem = checkTeamChoice(scenario, session, worlds, team, optionId);
      if (problem) return fail({ kind: 'choice', error: problem });
      const entries = { ...session.entries, [team]: optionId };
      update({ entries, entryTeam: nextToChoose(session, worlds, entries), entryOpen: false });
      return ok(undefined);
    },

    reopenEntry(id) {
      const session = get().session;
      if (!session || (session.phase !== 'decisions' && session.phase !== 'reveal')) return;
      const entries = { ...session.entries };
      delete entries[id];
      update({ phase: 'decisions', entries, entryTeam: id, entryOpen: false, casting: null });
    },

    castVote(optionId) {
      if (get().session?.phase === 'reveal') update({ casting: optionId });
    },

    answerOpinion(when, id, value) {
      const session = get().session;
      if (!session || !session.setup.teams.some((t) => t.id === id)) return;
      const answers = { ...session.opinions[when] };
      if (value === null) delete answers[id];
      else answers[id] = Math.min(OPINION_MAX, Math.max(OPINION_MIN, Math.round(value)));
      update({ opinions: { ...session.opinions, [when]: answers } });
    },

    toggleTimer() {
      const timer = get().session?.timer;
      if (!timer) return;
      update({
        timer:
          timer.startedAt === null
            ? { remainingMs: timer.remainingMs, startedAt: Date.now() }
            : pausedTimer(timer),
      });
    },

    adjustTimer(seconds) {
      const session = get().session;
      if (!session) return;
      const timer = session.timer ?? { remainingMs: 0, startedAt: null };
      const now = Date.now();
      const remaining = Math.min(
        MAX_TIMER_SECONDS * 1000,
        Math.max(0, timerRemaining(timer, now) + seconds * 1000),
      );
      update({
        timer: { remainingMs: remaining, startedAt: timer.startedAt === null ? null : now },
      });
    },
  };

  function resolveTurnOfSession(
    scenario: Scenario,
    session: Session,
    worlds: Worlds,
  ): Result<void, SessionError> {
    const turn = scenario.rules.turns[session.turn];
    if (!turn) return fail({ kind: 'choice', error: { kind: 'gameOver' } });
    const teams = activeTeams(session, worlds);
    if (session.setup.mode === 'parallel') {
      const decisions = { ...session.decisions };
      for (const team of teams) {
        const optionId = session.entries[team];
        if (optionId === undefined) return fail({ kind: 'notAllDecided' });
        decisions[team] = [...(decisions[team] ?? []), { turnId: turn.id, optionId }];
      }
      return withDecisions(scenario, session, decisions, { phase: 'results', timer: null });
    }
    const tally = tallyVotes(
      turn,
      session.entries,
      session.setup.tieBreak,
      session.setup.seed,
      session.casting,
    );
    if (tally.decided === null) return fail({ kind: 'tieUndecided' });
    const decision: Decision = { turnId: turn.id, optionId: tally.decided };
    return withDecisions(
      scenario,
      session,
      { ...session.decisions, room: [...(session.decisions.room ?? []), decision] },
      {
        phase: 'results',
        timer: null,
        votes: [
          ...session.votes,
          {
            turnId: turn.id,
            votes: session.entries,
            decided: tally.decided,
            tieBrokenBy: tally.tieBrokenBy,
          },
        ],
      },
    );
  }

  /** Back from a turn's results: the turn is taken back and its choices wait at the reveal again. */
  function undoTurn(scenario: Scenario, session: Session) {
    const decisions: Record<string, readonly Decision[]> = {};
    const entries: Record<string, string> = {};
    for (const [run, list] of Object.entries(session.decisions)) {
      const played = list.length > session.turn;
      decisions[run] = played ? list.slice(0, session.turn) : list;
      const undone = played ? list[session.turn] : undefined;
      if (undone && session.setup.mode === 'parallel') entries[run] = undone.optionId;
    }
    const lastVote = session.setup.mode === 'parliament' ? session.votes.at(-1) : undefined;
    const votes = lastVote ? session.votes.slice(0, -1) : session.votes;
    withDecisions(scenario, session, decisions, {
      phase: 'reveal',
      entries: lastVote ? lastVote.votes : entries,
      casting: lastVote?.tieBrokenBy === 'facilitator' ? lastVote.decided : null,
      votes,
    });
  }
};
