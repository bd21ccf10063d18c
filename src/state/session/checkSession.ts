import { ASSUMPTION_SETTINGS } from '../../engine';
import {
  MAX_QUESTION,
  MAX_TEAM_NAME,
  MAX_TEAMS,
  MAX_TIMER_SECONDS,
  MIN_TEAMS,
  OPINION_MAX,
  OPINION_MIN,
  SESSION_MODES,
  SESSION_PHASES,
  TIE_BREAKS,
  type Session,
  type SessionSetup,
} from './model';

/**
 * Shape checks for a session read back from storage (or, later, a file): anything else is treated
 * as unreadable rather than trusted. Whether the choices are legal is the engine's job, on replay.
 */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const oneOf = (list: readonly string[], v: unknown) => isString(v) && list.includes(v);
const recordOf = (v: unknown, check: (x: unknown) => boolean) =>
  isRecord(v) && Object.values(v).every(check);
const isCount = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function isTeam(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.id) &&
    isString(v.name) &&
    v.name.length <= MAX_TEAM_NAME &&
    isString(v.role)
  );
}

export function isSessionSetup(v: unknown): v is SessionSetup {
  if (!isRecord(v)) return false;
  const teams = v.teams;
  return (
    isString(v.scenarioId) &&
    oneOf(SESSION_MODES, v.mode) &&
    isString(v.seed) &&
    isString(v.role) &&
    recordOf(v.assumptions, (x) => x === 'random' || oneOf(ASSUMPTION_SETTINGS, x)) &&
    Array.isArray(teams) &&
    teams.length >= MIN_TEAMS &&
    teams.length <= MAX_TEAMS &&
    teams.every(isTeam) &&
    new Set(teams.map((t: { id: string }) => t.id)).size === teams.length &&
    (v.timerSeconds === null || isCount(v.timerSeconds, 1, MAX_TIMER_SECONDS)) &&
    oneOf(TIE_BREAKS, v.tieBreak) &&
    typeof v.hotWash === 'boolean' &&
    (v.opinion === null ||
      (isRecord(v.opinion) &&
        isString(v.opinion.question) &&
        v.opinion.question.length <= MAX_QUESTION))
  );
}

const isDecision = (v: unknown) =>
  isRecord(v) &&
  isString(v.turnId) &&
  isString(v.optionId) &&
  (v.levers === undefined || recordOf(v.levers, isString));

const isVote = (v: unknown) =>
  isRecord(v) &&
  isString(v.turnId) &&
  recordOf(v.votes, isString) &&
  isString(v.decided) &&
  (v.tieBrokenBy === null || oneOf(TIE_BREAKS, v.tieBrokenBy));

const isAnswers = (v: unknown) => recordOf(v, (x) => isCount(x, OPINION_MIN, OPINION_MAX));

const isTimer = (v: unknown) =>
  v === null ||
  (isRecord(v) &&
    typeof v.remainingMs === 'number' &&
    v.remainingMs >= 0 &&
    (v.startedAt === null || typeof v.startedAt === 'number'));

export function isSession(v: unknown): v is Session {
  if (!isRecord(v) || !isSessionSetup(v.setup)) return false;
  return (
    oneOf(SESSION_PHASES, v.phase) &&
    isCount(v.turn, 0, 1000) &&
    recordOf(v.entries, isString) &&
    (v.entryTeam === null || isString(v.entryTeam)) &&
    typeof v.entryOpen === 'boolean' &&
    (v.casting === null || isString(v.casting)) &&
    recordOf(v.decisions, (list) => Array.isArray(list) && list.every(isDecision)) &&
    Array.isArray(v.votes) &&
    v.votes.every(isVote) &&
    isRecord(v.opinions) &&
    isAnswers(v.opinions.before) &&
    isAnswers(v.opinions.after) &&
    isTimer(v.timer) &&
    isString(v.date)
  );
}
