import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { currentScreen, firstAffordableOption, playButton } from './helpers';

async function expectNoViolations(page: Page, screen: string) {
  // Contrast is judged on what stays on screen, not on a screen's 240 ms fade-in.
  // allSettled: an animation cancelled by a re-render (the scenario list arriving) is fine too.
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.help}`);
  expect(summary).toEqual([]);
}

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
