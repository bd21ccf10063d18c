import { expect, test } from '@playwright/test';
import {
  currentScreen,
  expectNoHorizontalOverflow,
  expectNoViolations,
  firstAffordableOption,
  screenshot,
  startPlaying,
  tabTo,
  waitForLibrary,
  watchErrors,
} from './helpers';

test('settings open from anywhere with the keyboard, apply at once and survive a reload', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await tabTo(page, /^Settings$/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Settings' })).toBeFocused();
  await expectNoViolations(page, 'settings dialog');
  await dialog.getByRole('radio', { name: '200 %' }).check();
  await dialog.getByRole('checkbox', { name: 'High contrast' }).check();
  await dialog.getByLabel('Animations').selectOption('reduce');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();

  const applied = () =>
    page.evaluate(() => ({
      size: document.documentElement.style.fontSize,
      contrast: document.documentElement.dataset.contrast,
      motion: document.documentElement.dataset.motion,
    }));
  expect(await applied()).toEqual({ size: '200%', contrast: 'high', motion: 'reduce' });
  await page.reload();
  await waitForLibrary(page);
  expect(await applied()).toEqual({ size: '200%', contrast: 'high', motion: 'reduce' });
  await expectNoViolations(page, 'title in high contrast');
  expect(errors).toEqual([]);
});

// WCAG 1.4.4 (text at 200 % on a laptop) and 1.4.10 (reflow at 320 px), each on every screen.
for (const { width, height, textSize } of [
  { width: 1280, height: 800, textSize: 200 },
  { width: 320, height: 640, textSize: 100 },
]) {
  test(`at ${width} px with text at ${textSize} % every screen fits without sideways scrolling`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    // Once the scenarios are listed the page writes nothing more by itself: now plant the save.
    await waitForLibrary(page);
    await page.evaluate(
      (size) =>
        localStorage.setItem(
          'key-decisions',
          JSON.stringify({
            state: {
              game: {
                scenarioId: null,
                setup: { seed: '' },
                decisions: [],
                screen: 'title',
                draft: { optionId: null, levers: {} },
              },
              settings: { motion: 'reduce', textSize: size, contrast: 'normal' },
            },
            version: 2,
          }),
        ),
      textSize,
    );
    await page.reload();
    await waitForLibrary(page);
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe(`${textSize}%`);
    const check = async (name: string) => {
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `text${textSize}-${name}`);
    };
    await check('title');
    await startPlaying(page, { toTurn: false });
    await check('briefing');
    await page.getByRole('button', { name: 'Begin the first turn' }).click();
    await check('turn');
    let first = true;
    while ((await currentScreen(page)) === 'turn') {
      await page.locator(`#option-${await firstAffordableOption(page)}`).check();
      await page.getByRole('button', { name: 'Decide' }).click();
      if (first) await check('consequences');
      else await expectNoHorizontalOverflow(page);
      first = false;
      await page.getByRole('button', { name: /^(Next turn|See how it ended)$/ }).click();
    }
    await check('ending');
    await page.getByRole('button', { name: 'Settings' }).click();
    await check('settings');
  });
}

test('glossary terms open their definition in context, and the glossary opens from anywhere', async ({
  page,
}) => {
  await startPlaying(page, { toTurn: false });
  const term = page.locator('main .term').first();
  await expect(term).toBeVisible();
  const word = (await term.textContent()) ?? '';
  await term.click();
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  await expect(dialog).toBeVisible();
  const focused = dialog.locator('dt:focus');
  await expect(focused).toHaveCount(1);
  expect(((await focused.textContent()) ?? '').toLowerCase()).toContain(
    word.toLowerCase().split(' ')[0],
  );
  await expect(dialog.getByRole('heading', { name: 'In this scenario' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Words used in every scenario' })).toBeVisible();
  await expectNoViolations(page, 'glossary dialog');
  await screenshot(page, 'glossary');
  await page.keyboard.press('Escape');
  await expect(term).toBeFocused();

  await page.getByRole('button', { name: 'Glossary', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Glossary' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('sound is off by default and, once switched on, cues play when a turn is decided', async ({
  page,
}) => {
  const cues = () =>
    page.evaluate(() =>
      (window as unknown as { keyDecisions: { soundCues(): number } }).keyDecisions.soundCues(),
    );
  await startPlaying(page);
  await page.locator(`#option-${await firstAffordableOption(page)}`).check();
  await page.getByRole('button', { name: 'Decide' }).click();
  await expect(page.locator('.change').first()).toBeVisible();
  expect(await cues()).toBe(0);

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('slider', { name: 'Volume' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Sound cues' }).check();
  await dialog.getByRole('slider', { name: 'Volume' }).fill('30');
  await page.keyboard.press('Escape');
  expect(
    await page.evaluate(
      () =>
        (
          window as unknown as { keyDecisions: { getState(): { settings: unknown } } }
        ).keyDecisions.getState().settings,
    ),
  ).toMatchObject({ sound: true, volume: 30 });

  await page.getByRole('button', { name: 'Next turn' }).click();
  await page.locator(`#option-${await firstAffordableOption(page)}`).check();
  await page.getByRole('button', { name: 'Decide' }).click();
  await expect(page.locator('.change').first()).toBeVisible();
  expect(await cues()).toBeGreaterThanOrEqual(2);
});
