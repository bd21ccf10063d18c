import { expect, test } from '@playwright/test';
import { holdGameCode, playButton, waitForLibrary } from './helpers';

// What the network delivers and when: the offline cache would answer from its copy instead.
test.use({ serviceWorkers: 'block' });

test('the title is interactive before Phaser downloads, and Phaser loads only once play begins', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/phaser-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto('/');
  await playButton(page).click();
  await page.getByRole('button', { name: 'Start' }).first().click();
  // The briefing is HTML: it shows while the Phaser chunk is still held back.
  await expect(page.getByRole('heading', { level: 1, name: 'Going Dark' })).toBeVisible();
  await expect(page.locator('.meters-text').first().locator('li')).toHaveCount(7);
  await expect(page.locator('.meters-text').nth(1).locator('li')).toHaveCount(10);
  expect(requested.some((p) => /phaser-/.test(p))).toBe(true);
  await expect(page.locator('#stage canvas')).toHaveCount(0);

  release();
  await expect(page.locator('#stage canvas')).toBeVisible();
});

test('nothing is requested from another origin', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== 'http://127.0.0.1:4173' && !url.protocol.startsWith('data'))
      foreign.push(r.url());
  });
  await page.goto('/');
  await playButton(page).click();
  await page.getByRole('button', { name: 'Start' }).first().click();
  await expect(page.locator('#stage canvas')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('without WebGL or canvas the meters are shown as text and the game goes on', async ({
  page,
}) => {
  await page.route(/\/assets\/phaser-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/');
  await playButton(page).click();
  await page.getByRole('button', { name: 'Start' }).first().click();
  await expect(page.getByText('could not start')).toBeVisible();
  await expect(page.locator('.meters-text').first()).toBeVisible();
  await page.getByRole('button', { name: 'Begin the first turn' }).click();
  await expect(page.locator('.turn-screen h1')).toBeVisible();
});

test("the title's first view is in the page itself, before the game's code arrives", async ({
  page,
}) => {
  const release = await holdGameCode(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Key Decisions' })).toBeVisible();
  await expect(page.getByText('Your choices, your trade-offs.')).toBeVisible();
  await expect(playButton(page)).toHaveCount(0);

  release();
  // The game draws its title over it: one heading, now with the scenarios to play.
  await expect(playButton(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('[data-title-shell]')).toHaveCount(0);
  // It is drawn in place, with no fade: it would blank the text already there for a moment. Nor
  // does the title fade when it is drawn again as the rest of the scenarios arrive; a new screen does.
  await waitForLibrary(page);
  await expect(page.locator('.title-screen')).not.toHaveClass(/is-entering/);
  await playButton(page).click();
  await expect(page.locator('.setup-screen')).toHaveClass(/is-entering/);
});

test("saved text size, contrast and motion hold from the first paint, before the game's code arrives", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: '200 %' }).check();
  await dialog.getByRole('checkbox', { name: 'High contrast' }).check();
  await dialog.getByLabel('Animations').selectOption('reduce');
  await page.keyboard.press('Escape');

  const release = await holdGameCode(page);
  await page.reload();
  // The page's own first view, drawn before the game's code has arrived, is already in them.
  await expect(page.locator('[data-title-shell] h1')).toBeVisible();
  const applied = () =>
    page.evaluate(() => ({
      size: document.documentElement.style.fontSize,
      contrast: document.documentElement.dataset.contrast,
      motion: document.documentElement.dataset.motion,
      large: document.documentElement.hasAttribute('data-large-text'),
    }));
  const expected = { size: '200%', contrast: 'high', motion: 'reduce', large: true };
  expect(await applied()).toEqual(expected);
  release();
  await expect(playButton(page)).toBeVisible();
  expect(await applied()).toEqual(expected);
});

test.describe('in another language', () => {
  test.use({ locale: 'es' });

  test("the English first view is not shown while the game's code loads", async ({ page }) => {
    const release = await holdGameCode(page);
    await page.goto('/');
    await expect(page.locator('#app')).toHaveAttribute('data-screen', 'loading');
    await expect(page.locator('[data-title-shell]')).toHaveCount(0);
    await expect(page.getByText('Your choices, your trade-offs.')).toHaveCount(0);

    release();
    await expect(page.getByRole('button', { name: 'Jugar este escenario' }).first()).toBeVisible();
  });
});
