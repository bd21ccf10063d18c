import { expect, test } from '@playwright/test';
import {
  currentScreen,
  expectNoHorizontalOverflow,
  firstAffordableOption,
  screenshot,
  startPlaying,
  tabTo,
  tabToId,
  waitForLibrary,
  watchErrors,
} from './helpers';

// A phone, a school laptop and a projector: every screen is photographed at each size.
for (const viewport of [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`plays Going Dark from title to ending with the keyboard only at ${viewport.width}px`, async ({
    page,
  }) => {
    test.setTimeout(120_000); // eight turns, every control reached with Tab
    await page.setViewportSize(viewport);
    const errors = watchErrors(page);
    await page.goto('/');
    // The game's own title, not the page's first view of it (which has no scenarios yet).
    await waitForLibrary(page);
    await screenshot(page, '1-title');
    await expectNoHorizontalOverflow(page);

    await tabTo(page, /^Play this scenario$/);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choose your role and your values' }),
    ).toBeFocused();
    await screenshot(page, '1b-setup');
    await expectNoHorizontalOverflow(page);
    await tabTo(page, /^Start$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Going Dark' })).toBeFocused();
    await expect(page.locator('#stage canvas')).toBeVisible();
    await screenshot(page, '2-briefing');
    await expectNoHorizontalOverflow(page);

    await tabTo(page, /^Begin the first turn$/);
    await page.keyboard.press('Enter');

    let turns = 0;
    while ((await currentScreen(page)) === 'turn') {
      turns += 1;
      await expect(page.locator('.turn-screen h1')).toBeFocused();
      await expect(page.locator('.eyebrow').first()).toContainText(`Turn ${turns} of 8`);
      await expect(page.locator('.adviser')).toHaveCount(await page.locator('.adviser').count());
      expect(await page.locator('.adviser').count()).toBeGreaterThanOrEqual(3);
      if (turns === 1) await screenshot(page, '3-turn');
      await expectNoHorizontalOverflow(page);
      const option = await firstAffordableOption(page, turns % 2 === 0);
      await page.keyboard.press(String(option));
      await expect(page.locator(`#option-${option}`)).toBeFocused();
      await expect(page.locator(`#option-${option}`)).toBeChecked();
      await page.keyboard.press('Enter');

      await expect(page.getByRole('heading', { level: 1, name: 'Consequences' })).toBeFocused();
      await expect(page.locator('.change').first()).toBeVisible();
      if (turns === 1) {
        await page.waitForTimeout(1200); // let the meters finish animating for the picture
        await screenshot(page, '4-consequences');
      }
      await tabTo(page, /^(Next turn|See how it ended)$/);
      await page.keyboard.press('Enter');
    }

    expect(await currentScreen(page)).toBe('ending');
    await expect(page.locator('.ending-screen h1')).toBeFocused();
    await expect(page.locator('.decision-list li')).toHaveCount(turns);
    await expect(page.getByRole('heading', { name: 'What actually happened' })).toBeVisible();
    await screenshot(page, '5-ending');
    await expectNoHorizontalOverflow(page);

    // The debrief's replay with one decision changed, by keyboard: the second turn, another option.
    await tabToId(page, 'what-if-turn');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.locator('#what-if-option')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Compare$/);
    await page.keyboard.press('Enter');
    await expect(page.locator('.what-if-table')).toBeVisible();
    await expect(page.locator('.what-if-table caption')).toHaveText(
      'Final meters: your run and the alternative',
    );
    await expect(page.locator('.what-if-table tbody tr')).toHaveCount(7);
    await screenshot(page, '6-what-if');
    expect(errors).toEqual([]);
  });
}

test('number keys pick only options the player can afford, and Decide asks for a pick first', async ({
  page,
}) => {
  await startPlaying(page);
  await page.getByRole('button', { name: 'Decide' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Pick an option first.' })).toBeVisible();
  expect(await currentScreen(page)).toBe('turn');
});
