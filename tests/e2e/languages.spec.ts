import { expect, test, type Page } from '@playwright/test';
import { goingDarkDecisions } from '../fixtures/goingDark';
import {
  currentScreen,
  expectNoHorizontalOverflow,
  expectNoViolations,
  firstAffordableOption,
  screenshot,
  watchErrors,
} from './helpers';

/**
 * Five languages: each plays a full turn in its own words, downloads only its own strings, and
 * Arabic reads right to left with no accessibility violation; Arabic and German (long words) are
 * photographed on a phone and a projector with nothing spilling sideways.
 */

const WORDS: Record<string, { language: string; title: string; dir: 'ltr' | 'rtl' }> = {
  en: { language: 'Language', title: 'Going Dark', dir: 'ltr' },
  es: { language: 'Idioma', title: 'A oscuras', dir: 'ltr' },
  fr: { language: 'Langue', title: 'Dans le noir', dir: 'ltr' },
  de: { language: 'Sprache', title: 'Going Dark', dir: 'ltr' },
  ar: { language: 'اللغة', title: '', dir: 'rtl' },
};

/** Text that gives a missing translation away: a raw key or an unfilled variable. */
async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(
    /\{\{|\b(ui|policy|facilitator|scenario-[a-zA-Z]+):|\b[a-z]+\.[a-z]+[A-Z]\w*\b/,
  );
}

/** Title → setup → briefing → first turn → decide → consequences, by the buttons' places. */
async function playOneTurn(page: Page, shoot?: string): Promise<void> {
  const step = async (name: string) => {
    if (!shoot) return;
    await expectNoRawKeys(page);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, `${shoot}-${name}`);
  };
  await step('title');
  await page.locator('button[data-scenario="goingDark"]').click();
  expect(await currentScreen(page)).toBe('setup');
  await step('setup');
  await page.locator('.screen .button.primary').first().click();
  expect(await currentScreen(page)).toBe('briefing');
  await step('briefing');
  await page.locator('.screen .button.primary').first().click();
  expect(await currentScreen(page)).toBe('turn');
  await step('turn');
  await page.locator(`#option-${await firstAffordableOption(page)}`).check();
  await page.locator('form.options-form [type="submit"]').click();
  expect(await currentScreen(page)).toBe('consequences');
  await expect(page.locator('.change').first()).toBeVisible();
  await step('consequences');
}

for (const [lng, words] of Object.entries(WORDS)) {
  test.describe(`in ${lng}`, () => {
    test.use({ locale: lng });

    test(`the browser's language is used, a full turn plays, and only ${lng} strings download`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      // By address: the offline cache asks for the same files a second time.
      const strings = new Map<string, string>();
      page.on('response', async (response) => {
        if (/\/assets\/lang\/(ui|policy|facilitator)-[^/]+\.js$/.test(response.url()))
          strings.set(response.url(), await response.text());
      });
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      await expect(page.locator('html')).toHaveAttribute('dir', words.dir);
      await expect(page.getByLabel(words.language, { exact: true })).toHaveValue(lng);
      if (words.title)
        await expect(page.getByRole('heading', { name: words.title, exact: true })).toBeVisible();
      await playOneTurn(page);
      await expectNoRawKeys(page);
      // One interface chunk and one policy chunk: the active language's, and no other.
      expect(strings.size).toBe(2);
      expect([...strings.values()].join('\n')).toContain(words.language);
      expect(errors).toEqual([]);
    });
  });
}

test('switching language mid-game keeps the game exactly where it was', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await playOneTurn(page);
  const before = await page.evaluate(
    () =>
      (
        window as unknown as { keyDecisions: { getState(): { game: unknown } } }
      ).keyDecisions.getState().game,
  );
  await page.selectOption('#language', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  expect(await currentScreen(page)).toBe('consequences');
  const after = await page.evaluate(
    () =>
      (
        window as unknown as { keyDecisions: { getState(): { game: unknown } } }
      ).keyDecisions.getState().game,
  );
  expect(after).toEqual(before);
  await expectNoRawKeys(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  expect(await currentScreen(page)).toBe('consequences');
  await page.selectOption('#language', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(errors).toEqual([]);
});

/** A save of Going Dark with seven of its eight turns played (a path affordable from any seed). */
function lastTurnSave(language: string): string {
  return JSON.stringify({
    version: 3,
    state: {
      game: {
        scenarioId: 'goingDark',
        setup: { seed: 'languages', role: 'headOfGovernment' },
        decisions: goingDarkDecisions(7),
        screen: 'turn',
        draft: { optionId: null, levers: {} },
        pendingSetup: null,
      },
      settings: { motion: 'system', language },
      session: { draft: null, current: null },
    },
  });
}

for (const [lng, size] of [
  ['ar', { width: 360, height: 740 }],
  ['ar', { width: 1920, height: 1080 }],
  ['de', { width: 360, height: 740 }],
  ['de', { width: 1920, height: 1080 }],
] as const) {
  test.describe(`${lng} at ${size.width}×${size.height}`, () => {
    test.use({ locale: lng, viewport: size });

    test('every screen fits, shows no raw key, and is photographed', async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchErrors(page);
      const shoot = `${lng}`;
      await page.goto('/');
      await expect(page.locator('button[data-scenario="goingDark"]')).toBeVisible();
      if (lng === 'ar') await expectNoViolations(page, 'ar title');
      await playOneTurn(page, shoot);
      if (lng === 'ar') await expectNoViolations(page, 'ar consequences');
      // On to the end: a saved game one turn before it (the engine replays it on load), then the
      // last turn played here. Planted once the page is idle, so nothing writes over it.
      await page.evaluate(
        ([key, save]) => localStorage.setItem(key!, save!),
        ['key-decisions', lastTurnSave(lng)],
      );
      await page.reload();
      expect(await currentScreen(page)).toBe('turn');
      await page.locator(`#option-${await firstAffordableOption(page)}`).check();
      await page.locator('form.options-form [type="submit"]').click();
      await expect(page.locator('.change').first()).toBeVisible();
      for (let turn = 0; turn < 3 && (await currentScreen(page)) !== 'ending'; turn += 1) {
        await page.locator('.screen .button.primary').last().click();
        if ((await currentScreen(page)) === 'ending') break;
        await page.locator(`#option-${await firstAffordableOption(page)}`).check();
        await page.locator('form.options-form [type="submit"]').click();
        await expect(page.locator('.change').first()).toBeVisible();
      }
      expect(await currentScreen(page)).toBe('ending');
      await expectNoRawKeys(page);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `${shoot}-ending`);
      if (lng === 'ar') await expectNoViolations(page, 'ar ending');
      // The dialogs and the facilitator's setup, in the same language.
      await page.locator('.topbar-actions button').nth(1).click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await screenshot(page, `${shoot}-settings`);
      if (lng === 'ar') await expectNoViolations(page, 'ar settings');
      await page.keyboard.press('Escape');
      await page.locator('.topbar-actions button').first().click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      if (lng === 'ar') await expectNoViolations(page, 'ar glossary');
      await page.keyboard.press('Escape');
      await page.locator('.brand').click();
      await page.locator('#session-setup').click();
      expect(await currentScreen(page)).toBe('facilitator');
      await expect(page.locator('#session-start')).toBeVisible();
      await expectNoRawKeys(page);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `${shoot}-facilitator-setup`);
      if (lng === 'ar') await expectNoViolations(page, 'ar facilitator setup');
      await page.locator('#session-start').click();
      await page.keyboard.press('n');
      await page.keyboard.press('n');
      await expect(page.locator('.projector.phase-situation')).toBeVisible();
      await expectNoRawKeys(page);
      await screenshot(page, `${shoot}-facilitator-situation`);
      if (lng === 'ar') await expectNoViolations(page, 'ar facilitator situation');
      expect(errors).toEqual([]);
    });
  });
}

test.describe('in Spanish, content that is not Spanish says so', () => {
  test.use({ locale: 'es' });

  test('a real quote keeps its words, with a translation labelled as one; an English-only pack is marked', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await page.locator('button[data-scenario="goingDark"]').click();
    await page.locator('.screen .button.primary').first().click();
    await page.locator('.screen .button.primary').first().click();
    const quote = page.locator('.quote blockquote');
    await expect(quote).toHaveAttribute('lang', 'en');
    await expect(quote).toContainText('make it harder for terrorists to use technology');
    await expect(page.locator('.quote-translation')).toContainText(/^Traducción: /);

    await page.locator('.brand').click();
    // A pack with a Spanish translation shows it; the documentation's example has none.
    await page.setInputFiles('#pack-file', 'tests/fixtures/packs/facilitator-pack.json');
    await expect(
      page.getByRole('heading', { name: 'La llave maestra del proveedor' }),
    ).toBeVisible();
    await page.setInputFiles('#pack-file', 'docs/examples/exam-phones.json');
    await expect(
      page.getByText(/Sin traducción al español: se muestra en inglés/).first(),
    ).toBeVisible();
    expect(errors).toEqual([]);
  });
});
