import { expect, test } from '@playwright/test';
import { currentScreen, firstAffordableOption, gameState, startPlaying } from './helpers';

test('a reload mid-scenario resumes at the same turn with the same state', async ({ page }) => {
  await startPlaying(page);
  for (let i = 0; i < 3; i += 1) {
    await page.locator(`#option-${await firstAffordableOption(page)}`).check();
    await page.getByRole('button', { name: 'Decide' }).click();
    await page.getByRole('button', { name: 'Next turn' }).click();
  }
  await expect(page.locator('.turn-screen .eyebrow')).toContainText('Turn 4 of 8');
  const before = await gameState(page);
  const title = await page.locator('.turn-screen h1').textContent();

  await page.reload();
  await expect(page.locator('.turn-screen .eyebrow')).toContainText('Turn 4 of 8');
  await expect(page.locator('.turn-screen h1')).toHaveText(title ?? '');
  expect(await gameState(page)).toEqual(before);

  // Also mid-consequences: the same report is shown again after a reload.
  await page.locator(`#option-${await firstAffordableOption(page)}`).check();
  await page.getByRole('button', { name: 'Decide' }).click();
  const explanation = await page.locator('main').textContent();
  await page.reload();
  expect(await currentScreen(page)).toBe('consequences');
  await expect(page.locator('main')).toHaveText(explanation ?? '');
});

test('the title offers to continue a saved game', async ({ page }) => {
  await startPlaying(page);
  await page.locator(`#option-${await firstAffordableOption(page)}`).check();
  await page.getByRole('button', { name: 'Decide' }).click();
  await page.getByRole('button', { name: 'Next turn' }).click();
  // Going back to the title keeps the game; "Continue" brings the player back to turn 2.
  await page.getByRole('button', { name: 'Key Decisions: back to the title screen' }).click();
  await page.reload();
  await page.getByRole('button', { name: /Continue: turn 2 of 8/ }).click();
  await expect(page.locator('.turn-screen .eyebrow')).toContainText('Turn 2 of 8');
});

test('a decision being prepared survives a reload', async ({ page }) => {
  await startPlaying(page);
  await page.locator('#option-3').check();
  await page.locator('.policies summary').click();
  await page.locator('#policy-goingDarkStatistics').selectOption('on');
  await page.reload();
  await expect(page.locator('#option-3')).toBeChecked();
  await expect(page.locator('.policy-total')).toHaveText('Planned policy changes cost 1 capital.');
  await expect(page.locator('#policy-goingDarkStatistics')).toHaveValue('on');
});
