import { expect, test } from '@playwright/test';
import { firstAffordableOption, startPlaying, playButton } from './helpers';

test('choices work with the mouse', async ({ page }) => {
  await startPlaying(page);
  const option = await firstAffordableOption(page);
  await page
    .locator('.option-card')
    .nth(option - 1)
    .click();
  await page.getByRole('button', { name: 'Decide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consequences' })).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('choices work with taps', async ({ page }) => {
    await page.goto('/');
    await playButton(page).tap();
    await page.getByRole('button', { name: 'Start' }).first().tap();
    await page.getByRole('button', { name: 'Begin the first turn' }).tap();
    const option = await firstAffordableOption(page);
    await page
      .locator('.option-card')
      .nth(option - 1)
      .tap();
    await expect(page.locator(`#option-${option}`)).toBeChecked();
    await page.getByRole('button', { name: 'Decide' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Consequences' })).toBeVisible();
    // Nothing may overflow sideways on a 360 px phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
