import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadPackText } from '../../src/content/pack/loadPack';
import { encodeResult } from '../../src/state/resultLink';
import { goingDarkDecisions } from '../fixtures/goingDark';
import {
  currentScreen,
  firstAffordableOption,
  holdOtherScenarios,
  playButton,
  startPlaying,
  waitForLibrary,
  watchErrors,
} from './helpers';

/**
 * Nothing lost, nothing let in: broken storage, save files, result links, offline play, the
 * Content Security Policy, and no request to anyone but the page's own origin.
 */

const STORAGE_KEY = 'key-decisions';

/** Decides the current turn with the first option the player can afford. */
async function playTurn(page: Page): Promise<void> {
  await page.locator(`#option-${await firstAffordableOption(page)}`).check();
  await page.getByRole('button', { name: 'Decide' }).click();
  await expect(page.locator('.change').first()).toBeVisible();
}

async function continueAfter(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Next turn|See how it ended/ }).click();
}

test.describe('a damaged or unusable save never stops the game', () => {
  const damaged: [string, string, RegExp][] = [
    ['bad JSON', '{"state": {"game": ', /damaged and could not be read/],
    ['the wrong shape', JSON.stringify({ state: { game: 1 }, version: 3 }), /not in a form/],
    [
      'a version from the future',
      JSON.stringify({ state: { game: {}, settings: {} }, version: 99 }),
      /newer version/,
    ],
  ];
  for (const [name, raw, message] of damaged) {
    test(`a save with ${name}: a message, the raw save to download, and a working game`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      await page.goto('/');
      // Planted only once the page is idle: the library loading would write the save again.
      await waitForLibrary(page);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, raw]);
      await page.reload();
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the unreadable save' }).click(),
      ]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(raw);
      await playButton(page).click();
      await page.getByRole('button', { name: 'Start', exact: true }).first().click();
      await page.getByRole('button', { name: 'Begin the first turn' }).click();
      await playTurn(page);
      expect(errors).toEqual([]);
    });
  }

  test('storage full: the game says saving stopped and plays on', async ({ page }) => {
    await page.addInitScript(() => {
      // The browser's own setItem, kept to pass everything but a save with decisions through.
      const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
        this: Storage,
        key: string,
        value: string,
      ) => void;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key === 'key-decisions' && value.includes('"decisions":[{'))
          throw new DOMException('full', 'QuotaExceededError');
        original.call(this, key, value);
      };
    });
    const errors = watchErrors(page);
    await startPlaying(page);
    await playTurn(page);
    await expect(
      page.getByRole('alert').filter({ hasText: /can no longer be saved/ }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export your game' })).toBeVisible();
    await continueAfter(page);
    await playTurn(page);
    expect(errors).toEqual([]);
  });

  test('storage switched off: the game says so and plays in memory', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied storage', 'SecurityError');
        },
      });
    });
    const errors = watchErrors(page);
    await startPlaying(page);
    await expect(
      page.getByRole('alert').filter({ hasText: /does not let the game save/ }),
    ).toBeVisible();
    await playTurn(page);
    expect(errors).toEqual([]);
  });
});

test('a save file moves a game: export, clear storage, import, continue at the same turn', async ({
  page,
}) => {
  await startPlaying(page);
  await playTurn(page);
  await continueAfter(page);
  await playTurn(page);
  await continueAfter(page);
  const before = await page.evaluate(
    () =>
      (
        window as unknown as {
          keyDecisions: { getState(): { game: { turn: number; metrics: unknown } } };
        }
      ).keyDecisions.getState().game,
  );
  await page.getByRole('button', { name: 'Key Decisions' }).first().click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export your game' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^key-decisions-save-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  expect(await currentScreen(page)).toBe('title');
  await expect(page.getByRole('button', { name: /Continue/ })).toHaveCount(0);

  // A file that is not a save changes nothing and says so.
  await page.setInputFiles('#save-file', {
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(
    page.locator('.import-status', { hasText: '“notes.json” is not a Key Decisions save.' }),
  ).toBeVisible();

  await page.setInputFiles('#save-file', file);
  await expect(
    page.locator('.import-status', { hasText: /was imported: your game continues/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: /Continue: turn 3 of 8/ }).click();
  const after = await page.evaluate(
    () =>
      (
        window as unknown as {
          keyDecisions: { getState(): { game: { turn: number; metrics: unknown } } };
        }
      ).keyDecisions.getState().game,
  );
  expect(after).toEqual(before);
  await playTurn(page);
});

/** A legal, finished run of Going Dark, built in Node with the real engine. */
function goingDarkLink(): string {
  const load = loadPackText(
    readFileSync('src/content/scenarios/goingDark.json', 'utf8'),
    'builtIn',
  );
  if (!load.ok) throw new Error('Going Dark did not load');
  const rules = load.pack.scenario.rules;
  const decisions = goingDarkDecisions();
  return encodeResult(rules, { seed: 'linked', role: 'cyberAdviser' }, decisions);
}

test("a save import's message stays when the rest of the scenario list arrives meanwhile", async ({
  page,
}) => {
  // The six other built-ins are held back, and so is the reading of the chosen file: the list
  // arrives (and the title is drawn again) while the file is being read.
  const release = await holdOtherScenarios(page);
  await page.addInitScript(() => {
    const read = Object.getOwnPropertyDescriptor(Blob.prototype, 'text')!.value as (
      this: Blob,
    ) => Promise<string>;
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    (window as unknown as { openFileReads: () => void }).openFileReads = open;
    Blob.prototype.text = function (this: Blob) {
      return gate.then(() => read.call(this));
    };
  });
  await page.goto('/');
  await expect(playButton(page)).toBeVisible();
  await expect(page.locator('.scenario-card')).toHaveCount(1);
  await page.setInputFiles('#save-file', {
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  release();
  await expect(page.locator('.scenario-card')).toHaveCount(7);
  await page.evaluate(() => (window as unknown as { openFileReads: () => void }).openFileReads());
  await expect(
    page.locator('.import-status', { hasText: '“notes.json” is not a Key Decisions save.' }),
  ).toBeVisible();
  // Drawn anew with the panel, the message is also announced to screen readers.
  await expect(
    page.locator('[aria-live="polite"]', { hasText: 'is not a Key Decisions save' }),
  ).toHaveCount(1);
});

test('a press on Play is not lost when the rest of the scenario list arrives during it', async ({
  page,
}) => {
  const release = await holdOtherScenarios(page);
  await page.goto('/');
  const play = playButton(page);
  await expect(play).toBeVisible();
  await expect(page.locator('.scenario-card')).toHaveCount(1);
  await play.scrollIntoViewIfNeeded();
  const box = (await play.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  await expect(page.locator('.scenario-card')).toHaveCount(7);
  await expect(page.locator('.loading-note')).toHaveCount(0);
  await page.mouse.up();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose your role and your values' }),
  ).toBeVisible();
});

test('a result link shows the run rebuilt by the engine; a tampered one says what is wrong', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const link = goingDarkLink();
  await page.goto(`/${link}`);
  expect(await currentScreen(page)).toBe('result');
  await expect(page.getByText(/A shared result · Going Dark/)).toBeVisible();
  await expect(page.getByText(/rebuilt on your device by the game's engine/)).toBeVisible();
  await expect(page.locator('.decision-list li')).toHaveCount(8);
  await page.getByRole('button', { name: 'Play the same seed yourself' }).click();
  expect(await currentScreen(page)).toBe('briefing');
  await expect(page.getByText(/linked/).first()).toBeVisible();
  expect(page.url()).not.toContain('#result=');

  const [head, body, sum] = link.split('.') as [string, string, string];
  await page.goto(`/${head}.${body.slice(0, 20)}Q${body.slice(21)}.${sum}`);
  await expect(
    page.getByRole('heading', { name: 'This result link cannot be opened' }),
  ).toBeVisible();
  await expect(page.getByText(/damaged or incomplete/)).toBeVisible();
  await page.goto(`/${link.slice(0, 40)}`);
  await expect(page.getByText(/damaged or incomplete/)).toBeVisible();
  await page.getByRole('button', { name: 'Go to the title screen' }).click();
  expect(await currentScreen(page)).toBe('title');
  expect(errors).toEqual([]);
});

test('a whole scenario: no CSP violation, no request to another origin, no cookie, and its share link works', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL ?? '') && !/^(data|blob):/.test(url)) foreign.push(url);
  });
  const errors = watchErrors(page);
  await startPlaying(page);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.locator('#stage canvas')).toBeAttached();
  for (let turn = 0; turn < 12; turn += 1) {
    await playTurn(page);
    await continueAfter(page);
    if ((await currentScreen(page)) === 'ending') break;
  }
  expect(await currentScreen(page)).toBe('ending');
  const ending = await page.getByRole('heading', { level: 1 }).textContent();
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');

  const shareLink = await page.locator('#share-link').inputValue();
  expect(shareLink).toContain('#result=1.');
  await page.goto(shareLink);
  expect(await currentScreen(page)).toBe('result');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ending ?? '');
  expect(errors).toEqual([]);
});

test('after one visit the game loads and plays offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(playButton(page)).toBeVisible();
  // The service worker has precached the whole build once it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
  // The language's strings were fetched before the worker took over; it keeps them once they are
  // fetched again through it.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        for (const name of await caches.keys()) {
          const keys = await (await caches.open(name)).keys();
          if (keys.some((request) => request.url.includes('/assets/lang/ui-'))) return true;
        }
        return false;
      }),
    )
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(playButton(page)).toBeVisible();
  await playButton(page).click();
  await page.getByRole('button', { name: 'Start', exact: true }).first().click();
  await page.getByRole('button', { name: 'Begin the first turn' }).click();
  await playTurn(page);
  await expect(page.locator('#stage canvas')).toBeAttached();
  await context.setOffline(false);
});
