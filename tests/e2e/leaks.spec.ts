import { expect, test, type Page } from '@playwright/test';
import { firstAffordableOption, playButton } from './helpers';

const leakCheck = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { keyDecisions: { leakCheck(): Record<string, number> } }
    ).keyDecisions.leakCheck(),
  );

const TITLES = ['Going Dark', 'The Clipper Chip', 'Veloria: Open Sandbox'];

/** Starts a scenario, plays one turn, looks at the consequences and goes back to the title. */
async function cycle(page: Page, title: string): Promise<void> {
  await playButton(page, title).click();
  await page.getByRole('button', { name: 'Start', exact: true }).first().click();
  await page.getByRole('button', { name: 'Begin the first turn' }).click();
  await page.locator(`#option-${await firstAffordableOption(page)}`).check();
  await page.getByRole('button', { name: 'Decide' }).click();
  await expect(page.locator('.change').first()).toBeVisible();
  await page.getByRole('button', { name: 'Key Decisions' }).first().click();
  await expect(page.locator('.title-screen')).toBeVisible();
}

test('starting and leaving scenarios 20 times leaves no extra listeners or animations', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await cycle(page, TITLES[0]!);
  await expect(page.locator('#stage canvas')).toBeAttached();
  // Let the meter animation finish (it can take longer on a loaded machine), then count.
  const settled = () =>
    expect.poll(async () => (await leakCheck(page)).tweens, { timeout: 15_000 }).toBe(0);
  await settled();
  const first = await leakCheck(page);
  expect(first.subscriptions).toBeGreaterThan(0);
  expect(first.sceneListeners).toBeGreaterThan(0);
  for (let i = 1; i < 20; i += 1) await cycle(page, TITLES[i % TITLES.length]!);
  await settled();
  expect(await leakCheck(page)).toEqual(first);
});
