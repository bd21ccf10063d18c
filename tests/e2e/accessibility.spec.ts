import { expect, test } from '@playwright/test';
import { currentScreen, expectNoViolations, firstAffordableOption, playButton } from './helpers';

test('axe finds no WCAG A/AA violations on any screen', async ({ page }) => {
  // Seven turns and five full scans: slower than a single play-through on a loaded two-core machine.
  test.setTimeout(180_000);
  await page.goto('/');
  await expectNoViolations(page, 'title');
  await playButton(page).click();
  await expectNoViolations(page, 'setup');
  await page.getByRole('button', { name: 'Start' }).first().click();
  await expect(page.locator('#stage canvas')).toBeVisible();
  await expectNoViolations(page, 'briefing');
  await page.getByRole('button', { name: 'Begin the first turn' }).click();
  await page.locator('#option-1').check();
  await page.locator('.policies summary').click();
  await expectNoViolations(page, 'turn');
  while ((await currentScreen(page)) === 'turn') {
    await page.locator(`#option-${await firstAffordableOption(page)}`).check();
    await page.getByRole('button', { name: 'Decide' }).click();
    if (
      (await page.locator('.event-card').count()) > 0 ||
      (await page.getByRole('button', { name: 'See how it ended' }).count()) > 0
    ) {
      await expectNoViolations(page, 'consequences');
    }
    await page.getByRole('button', { name: /Next turn|See how it ended/ }).click();
  }
  await expectNoViolations(page, 'ending');
});
