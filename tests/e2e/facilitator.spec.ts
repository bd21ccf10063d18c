import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadPackText } from '../../src/content/pack/loadPack';
import { METRIC_IDS, replay, type Decision, type GameSetup } from '../../src/engine';
import { localDate } from '../../src/state/session/sessionSlice';
import {
  currentScreen,
  expectNoViolations,
  SCREEN_DIR,
  screenshot,
  tabToId,
  watchErrors,
} from './helpers';

/**
 * The facilitator's loop, driven like a facilitator drives it: by keyboard on a 1920×1080
 * projector, three teams taking turns at the one device, a reload in the middle, and the report's
 * downloads checked against the engine run in Node.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

interface SessionView {
  phase: string;
  turn: number;
  entryTeam: string | null;
  entryOpen: boolean;
}

async function session(page: Page): Promise<SessionView> {
  return page.evaluate(() => {
    const handle = (
      window as unknown as { keyDecisions: { getState(): { session: SessionView | null } } }
    ).keyDecisions;
    const s = handle.getState().session;
    if (!s) throw new Error('no session');
    return { phase: s.phase, turn: s.turn, entryTeam: s.entryTeam, entryOpen: s.entryOpen };
  });
}

/** Waits until the projector shows a step (after a key press, the store and screen update). */
async function expectPhase(page: Page, phase: string): Promise<void> {
  await expect.poll(async () => (await session(page)).phase).toBe(phase);
  await expect(page.locator(`.projector.phase-${phase}`)).toBeVisible();
}

const seen = new Set<string>();
/** One screenshot and one axe pass per kind of screen (and mode), the first time it appears. */
async function check(page: Page, name: string): Promise<void> {
  if (seen.has(name)) return;
  seen.add(name);
  // axe first: it waits for the screen's fade-in, so the screenshot shows the settled screen.
  await expectNoViolations(page, name);
  await screenshot(page, `facilitator-${name}`);
  // Long screens (the report) are also kept as the projector shows them: the first 1080 pixels.
  await page.screenshot({ path: `${SCREEN_DIR}/1920x1080-facilitator-${name}-top.png` });
}

async function setUpSession(
  page: Page,
  options: { mode: 'parallel' | 'parliament'; names: string[]; tieBreak?: string },
): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Set up a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session' })).toBeVisible();
  await page.getByLabel('Scenario', { exact: true }).selectOption('goingDark');
  await page
    .getByRole('radio', { name: options.mode === 'parallel' ? 'Parallel worlds' : 'Parliament' })
    .check();
  if (options.tieBreak) await page.getByRole('radio', { name: options.tieBreak }).check();
  for (const [i, name] of options.names.entries()) {
    await page.getByLabel(`Name of team ${i + 1}`).fill(name);
  }
  // One assumption fixed by the facilitator; the others drawn by the seed.
  await page
    .getByLabel('How likely is an access system to be breached or abused?')
    .selectOption('pessimistic');
  await page.getByLabel('Seed').fill('room-42');
  await check(page, `setup-${options.mode}`);
  await page.getByRole('button', { name: 'Start the session' }).click();
}

async function answerOpinions(page: Page, names: string[], values: string[]): Promise<void> {
  for (const [i, name] of names.entries()) {
    await page
      .getByRole('group', { name })
      .getByRole('radio', { name: values[i % values.length] ?? '', exact: true })
      .check();
  }
}

/** Each team comes to the device: the hand-over screen, then its choice by number key. */
async function enterChoices(page: Page, picks: (turn: number, team: number) => number) {
  const { turn } = await session(page);
  for (let team = 0; ; team += 1) {
    const now = await session(page);
    if (now.entryTeam === null) break;
    await expect(page.getByRole('heading', { level: 1 })).toContainText('your turn to choose');
    await check(page, 'handover');
    await tabToId(page, 'entry-show');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(', choose');
    await check(page, 'choose');
    const enabled = await page
      .locator('.choice-button')
      .evaluateAll((buttons) =>
        buttons.flatMap((b, i) => ((b as HTMLButtonElement).disabled ? [] : [i + 1])),
      );
    expect(enabled.length).toBeGreaterThan(0);
    const wanted = picks(turn, team);
    const pick = enabled.includes(wanted) ? wanted : enabled[0]!;
    await page.keyboard.press(String(pick));
    await expect.poll(async () => (await session(page)).entryOpen).toBe(false);
  }
}

interface ExportedRun {
  run: string;
  role: string;
  ending: { id: string } | null;
  final: Record<string, number>;
  turns: {
    turnId: string;
    optionId: string;
    votes: Record<string, string> | null;
    capital: { after: number };
    metrics: Record<string, number>;
  }[];
}
interface Exported {
  scenario: { id: string };
  mode: string;
  seed: string;
  assumptionsChosen: GameSetup['assumptions'];
  teams: { id: string; name: string; role: string }[];
  runs: ExportedRun[];
}

/** A small CSV reader for the report's own format (quoted cells, CRLF rows, a BOM). */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

async function downloadText(page: Page, buttonId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${buttonId}`)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The downloads agree, number for number, with the engine replaying the exported decisions. */
function expectExportsMatchEngine(json: Exported, csv: Record<string, string>[]): void {
  const load = loadPackText(
    readFileSync(`src/content/scenarios/${json.scenario.id}.json`, 'utf8'),
    'builtIn',
  );
  if (!load.ok) throw new Error('scenario did not load');
  const rules = load.pack.scenario.rules;
  for (const run of json.runs) {
    const decisions: Decision[] = run.turns.map((t) => ({
      turnId: t.turnId,
      optionId: t.optionId,
    }));
    const setup: GameSetup = {
      seed: json.seed,
      role: run.role,
      assumptions: json.assumptionsChosen ?? {},
    };
    const replayed = replay(rules, setup, decisions);
    if (!replayed.ok) throw new Error(`replay failed for ${run.run}`);
    const { state, reports } = replayed.value;
    expect(run.ending?.id ?? null).toBe(state.ending?.id ?? null);
    expect(run.final).toEqual(state.metrics);
    run.turns.forEach((turn, i) => {
      expect(turn.metrics).toEqual(state.history[i + 1]);
      expect(turn.capital.after).toBe(reports[i]!.capital.after);
    });
    // Every team whose choices went into this run has one CSV row per turn with the same numbers.
    const teams =
      json.mode === 'parallel' ? json.teams.filter((t) => t.id === run.run) : json.teams;
    for (const team of teams) {
      const rows = csv.filter((r) => r.team === team.name);
      expect(rows).toHaveLength(run.turns.length);
      rows.forEach((row, i) => {
        expect(row.decided_id).toBe(run.turns[i]!.optionId);
        expect(Number(row.capital_after)).toBe(reports[i]!.capital.after);
        for (const metric of METRIC_IDS) {
          expect(Number(row[metric])).toBe(state.history[i + 1]![metric]);
        }
        if (json.mode === 'parliament') {
          expect(row.team_choice_id).toBe(run.turns[i]!.votes?.[team.id]);
        }
      });
    }
  }
}

async function finishWithReport(page: Page, names: string[], mode: string): Promise<Exported> {
  await expectPhase(page, 'opinionAfter');
  await answerOpinions(page, names, ['Agree', 'Strongly disagree', 'Unsure']);
  await check(page, 'opinion-after');
  await page.keyboard.press('n');
  await expectPhase(page, 'report');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'After-action report: Going Dark',
  );
  await expect(page.getByRole('table', { name: /Start → end/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Before and after' })).toBeVisible();
  await check(page, `report-${mode}`);

  // The printed page keeps the report and drops the controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.projector-controls')).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'The worlds side by side' })).toBeVisible();
  await page.pdf({ path: `${SCREEN_DIR}/facilitator-report-${mode}.pdf` });
  await page.screenshot({ path: `${SCREEN_DIR}/facilitator-report-print-${mode}.png` });
  await page.emulateMedia({ media: 'screen' });

  const csv = await downloadText(page, 'report-csv');
  const json = await downloadText(page, 'report-json');
  const date = localDate();
  expect(csv.name).toBe(`key-decisions-goingdark-${date}.csv`);
  expect(json.name).toBe(`key-decisions-goingdark-${date}.json`);
  const exported = JSON.parse(json.text) as Exported;
  expectExportsMatchEngine(exported, parseCsv(csv.text));
  return exported;
}

test('parallel worlds: three teams from setup to the report, with a reload and a step back', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const names = ['Red', 'Blue', 'Green'];
  await setUpSession(page, { mode: 'parallel', names });

  await expectPhase(page, 'opinionBefore');
  await expect(
    page.getByText(
      'Should companies be required to build exceptional access into encrypted products?',
    ),
  ).toBeVisible();
  await answerOpinions(page, names, ['Disagree', 'Agree', 'Unsure']);
  await check(page, 'opinion-before');
  await page.keyboard.press('n');
  await expectPhase(page, 'briefing');
  await check(page, 'briefing');
  await page.keyboard.press('ArrowRight');
  await expectPhase(page, 'situation');

  // Readable from the back of the room: the inject's text is at least 28 px at 1920×1080.
  const sizes = await page
    .locator('.inject-text, .projector-advice li, .projector-options li')
    .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
  await check(page, 'situation');

  // The timer: pausing, extending, never deciding.
  const timer = page.getByRole('timer');
  await expect(timer).toContainText(/0[23]:\d\d/);
  await page.keyboard.press('p');
  await expect(timer).toContainText('Paused');
  const before = await timer.locator('.timer-time').textContent();
  await page.keyboard.press('+');
  await expect(timer.locator('.timer-time')).not.toHaveText(before ?? '');
  await page.keyboard.press('p');
  await expect(timer).not.toContainText('Paused');

  // The shortcut sheet and high contrast, from the keyboard.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await check(page, 'shortcuts');
  await page.keyboard.press('Escape');
  await page.keyboard.press('c');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await check(page, 'situation-high-contrast');
  await page.keyboard.press('c');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');

  // Teams pick differently, so their worlds diverge.
  const picks = (turn: number, team: number) => ((turn + team) % 3) + 1;
  for (let guard = 0; guard < 12; guard += 1) {
    const now = await session(page);
    if (now.phase !== 'situation') break;
    await page.keyboard.press('n');
    await expectPhase(page, 'decisions');

    if (now.turn === 1) {
      // Mid-turn reload: the first team has chosen; the projector comes back to the second.
      await tabToId(page, 'entry-show');
      await page.keyboard.press('Enter');
      await page.locator('.choice-button:not([disabled])').first().click();
      await expect.poll(async () => (await session(page)).entryTeam).toBe('t2');
      await page.reload();
      expect(await currentScreen(page)).toBe('facilitator');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blue: your turn to choose');
    }
    await enterChoices(page, picks);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every team has decided');
    await check(page, 'all-decided');
    await page.keyboard.press('r');
    await expectPhase(page, 'reveal');
    await check(page, 'reveal-parallel');
    await page.keyboard.press('n');
    await expectPhase(page, 'results');
    await check(page, 'results-parallel');

    if (now.turn === 2) {
      // A step back from the results takes the turn back; the choices wait at the reveal again.
      await page.keyboard.press('b');
      await expectPhase(page, 'reveal');
      const played = await page.evaluate(
        () =>
          (
            window as unknown as {
              keyDecisions: { getState(): { session: { decisions: Record<string, unknown[]> } } };
            }
          ).keyDecisions.getState().session.decisions.t1?.length,
      );
      expect(played).toBe(2);
      await page.keyboard.press('n');
      await expectPhase(page, 'results');
    }
    await page.keyboard.press('n');
    const after = await session(page);
    if (after.phase === 'hotWash') {
      await check(page, 'hot-wash');
      await page.keyboard.press('n');
    }
  }

  const exported = await finishWithReport(page, names, 'parallel');
  expect(exported.runs.map((r) => r.run)).toEqual(['t1', 't2', 't3']);
  await expect(page.getByRole('heading', { name: /Where the teams diverged/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('parliament: three teams vote, a tie takes the casting vote, one shared run', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const names = ['North', 'South', 'East'];
  await setUpSession(page, {
    mode: 'parliament',
    names,
    tieBreak: "The facilitator's casting vote",
  });
  await expectPhase(page, 'opinionBefore');
  await answerOpinions(page, names, ['Agree', 'Disagree', 'Strongly agree']);
  await page.keyboard.press('n');
  await expectPhase(page, 'briefing');
  await page.keyboard.press('n');

  for (let guard = 0; guard < 12; guard += 1) {
    const now = await session(page);
    if (now.phase !== 'situation') break;
    await page.keyboard.press('n');
    await expectPhase(page, 'decisions');
    // Turn 1: every team votes differently (a three-way tie); later, two against one.
    await enterChoices(page, (turn, team) => (turn === 0 ? team + 1 : team === 2 ? 2 : 1));
    await page.keyboard.press('r');
    await expectPhase(page, 'reveal');
    await expect(page.getByRole('list', { name: 'Votes per option' })).toBeVisible();
    if (now.turn === 0) {
      await expect(page.getByText(/Your casting vote/)).toBeVisible();
      await check(page, 'reveal-tie');
      // Next without a casting vote says why it cannot go on.
      await page.keyboard.press('n');
      await expect(page.getByRole('alert').filter({ hasText: 'The vote is tied' })).toBeVisible();
      const casting = page.locator('.casting button').first();
      const chosen = (await casting.textContent()) ?? '';
      await casting.click();
      await expect(page.getByText(`The room decides: ${chosen}`)).toBeVisible();
    } else {
      await check(page, 'reveal-parliament');
    }
    await page.keyboard.press('n');
    await expectPhase(page, 'results');
    await check(page, 'results-parliament');
    await page.keyboard.press('n');
    if ((await session(page)).phase === 'hotWash') await page.keyboard.press('n');
  }

  const exported = await finishWithReport(page, names, 'parliament');
  expect(exported.runs.map((r) => r.run)).toEqual(['room']);
  await expect(page.getByRole('heading', { name: 'How the room voted' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('leaving and resuming a session ten times leaves no listener behind', async ({ page }) => {
  test.setTimeout(120_000);
  const leakCheck = () =>
    page.evaluate(
      () =>
        (
          window as unknown as { keyDecisions: { leakCheck(): { subscriptions: number } } }
        ).keyDecisions.leakCheck().subscriptions,
    );
  await setUpSession(page, { mode: 'parallel', names: ['Red', 'Blue'] });
  await expectPhase(page, 'opinionBefore');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expectPhase(page, 'situation');
  const subscriptions = await leakCheck();
  for (let i = 0; i < 10; i += 1) {
    await page.getByRole('button', { name: 'Leave (session kept)' }).click();
    await expect(page.locator('.title-screen')).toBeVisible();
    await page.getByRole('button', { name: /Continue the session/ }).click();
    await expectPhase(page, 'situation');
  }
  expect(await leakCheck()).toBe(subscriptions);
  // One key press is one step: a keyboard handler left behind would take two.
  await page.keyboard.press('n');
  await expectPhase(page, 'decisions');
  await page.keyboard.press('b');
  await expectPhase(page, 'situation');
});
