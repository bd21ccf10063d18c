import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  currentScreen,
  firstAffordableOption,
  screenshot,
  waitForLibrary,
  watchErrors,
} from './helpers';

const PACKS = 'tests/fixtures/packs';

async function importFile(page: Page, name: string): Promise<void> {
  await page.locator('#pack-file').setInputFiles(`${PACKS}/${name}`);
}

/** Plays every turn with the mouse, choosing the first option the player can afford. */
async function playToEnding(page: Page): Promise<number> {
  let turns = 0;
  while ((await currentScreen(page)) === 'turn') {
    turns += 1;
    await page.locator(`#option-${await firstAffordableOption(page)}`).check();
    await page.getByRole('button', { name: 'Decide' }).click();
    await page.getByRole('button', { name: /^(Next turn|See how it ended)$/ }).click();
  }
  return turns;
}

const storedPacks = (page: Page) =>
  page.evaluate(() =>
    Object.keys(JSON.parse(localStorage.getItem('key-decisions:packs') ?? '{}') as object),
  );

test('a pack written from the documentation imports, plays to an ending and is remembered', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('/');
  await waitForLibrary(page);
  await importFile(page, 'facilitator-pack.json');
  const outcome = page.locator('.import-outcome');
  await expect(outcome).toContainText('was imported from facilitator-pack.json');
  await expect(outcome).toBeFocused();
  await screenshot(page, 'pack-imported');

  await page.getByRole('button', { name: 'Play it now' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).first().click();
  await expect(page.locator('.briefing-screen h1')).toHaveText("The vendor's skeleton key");
  await page.getByRole('button', { name: 'Begin the first turn' }).click();
  const turns = await playToEnding(page);
  expect(turns).toBe(4);
  expect(await currentScreen(page)).toBe('ending');
  await expect(page.getByRole('heading', { name: 'Questions to discuss' })).toBeVisible();

  // Remembered on this device: still listed (and still the saved game) after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Key Decisions', exact: false }).first().click();
  const card = page.locator('article', { hasText: "The vendor's skeleton key" });
  await expect(card).toBeVisible();
  await expect(card.getByText('Imported scenario')).toBeVisible();
  expect(await storedPacks(page)).toEqual(['harbourtonUnlock']);

  // Removing it asks first (a saved game uses it), then forgets it for good.
  page.once('dialog', (dialog) => void dialog.accept());
  await card.getByRole('button', { name: /Remove the imported scenario/ }).click();
  await expect(card).toHaveCount(0);
  expect(await storedPacks(page)).toEqual([]);
  await page.reload();
  await waitForLibrary(page);
  await expect(page.locator('article', { hasText: "The vendor's skeleton key" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an invalid pack is explained with its places and changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await waitForLibrary(page);
  const cardsBefore = await page.locator('.scenario-card').count();
  await importFile(page, 'broken-pack.json');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be imported' });
  await expect(alert).toContainText('broken-pack.json could not be imported (2 problems)');
  await expect(alert).toContainText(
    'broken-pack.json, at turns[0].options[0].cost: expected a whole number, found text',
  );
  await expect(alert).toContainText('at summary: the required property "summary" is missing');
  await expect(alert).toBeFocused();
  await screenshot(page, 'pack-invalid');
  await expect(page.locator('.scenario-card')).toHaveCount(cardsBefore);
  expect(await storedPacks(page)).toEqual([]);

  // A file that is not JSON at all, and one over the size limit, get their own messages.
  await page.locator('#pack-file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "format": 1,\n  oops }'),
  });
  await expect(page.locator('.import-outcome')).toContainText(
    'notes.json: this is not valid JSON (line 2',
  );
  await page.locator('#pack-file').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(1_100_000, 32),
  });
  await expect(page.locator('.import-outcome')).toContainText(
    // Numbers are written the active language's way (Intl): 1,100,000 in English.
    'huge.json: the file is 1,100,000 bytes; a pack may be at most 1,000,000 bytes',
  );
  await expect(page.locator('.scenario-card')).toHaveCount(cardsBefore);
  expect(errors).toEqual([]);
});

test('a pack dropped on the page imports like a chosen file', async ({ page }) => {
  await page.goto('/');
  await waitForLibrary(page);
  const text = readFileSync(`${PACKS}/facilitator-pack.json`, 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('.import-outcome')).toContainText('was imported from dropped.json');
});

test('markup in a pack is shown as text and never runs', async ({ page }) => {
  const errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/');
  await waitForLibrary(page);
  await importFile(page, 'hostile-pack.json');
  await expect(page.locator('.import-outcome')).toContainText('<img src=x onerror=');
  await page.getByRole('button', { name: 'Play it now' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).first().click();
  await expect(page.locator('.briefing-screen h1')).toHaveText(
    'Hostile <img src=x onerror="window.__pwned=1">',
  );
  await page.getByRole('button', { name: 'Begin the first turn' }).click();
  await expect(page.locator('.turn-screen h1')).toHaveText(
    'Turn <script>window.__pwned=2</script>',
  );
  await expect(page.locator('main')).toContainText('Advice <img src=x onerror=');
  await playToEnding(page);
  await expect(page.locator('main')).toContainText('Epilogue <img src=x onerror=');
  await expect(page.locator('main')).toContainText('Question <script>window.__pwned=2</script>');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});
