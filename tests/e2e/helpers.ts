import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREEN_DIR = 'test-results/screens';

/** Presses Tab until the focused element's text matches, as a keyboard-only player would. */
export async function tabTo(page: Page, name: RegExp, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached an element named ${name}`);
}

/** Presses Tab until the element with this id has focus. */
export async function tabToId(page: Page, id: string, maxPresses = 200): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Fails the test on any uncaught error or console error on the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREEN_DIR, { recursive: true });
  const size = page.viewportSize();
  await page.screenshot({
    path: `${SCREEN_DIR}/${size?.width ?? 0}x${size?.height ?? 0}-${name}.png`,
    fullPage: true,
  });
}

export async function currentScreen(page: Page): Promise<string> {
  // Right after a (re)load the page may still be fetching the saved game's scenario.
  await expect(page.locator('#app')).not.toHaveAttribute('data-screen', 'loading');
  return (await page.locator('#app').getAttribute('data-screen')) ?? '';
}

/** The "Play this scenario" button of one scenario's card (Going Dark unless named). */
export function playButton(page: Page, title = 'Going Dark'): Locator {
  return page
    .getByRole('article', { name: title, exact: true })
    .getByRole('button', { name: 'Play this scenario' });
}

/**
 * The title lists every scenario: the first card shows (and can be played) before the others have
 * loaded. Once they have, the page writes nothing more by itself: saves may be planted.
 */
export async function waitForLibrary(page: Page): Promise<void> {
  await expect(playButton(page)).toBeVisible();
  await expect(page.locator('.loading-note')).toHaveCount(0);
}

/** Index (1-based) of the first option the player can afford on the current turn. */
export async function firstAffordableOption(page: Page, preferLast = false): Promise<number> {
  const enabled = await page
    .locator('input[name="option"]')
    .evaluateAll((inputs) =>
      inputs
        .map((input, i) => ((input as HTMLInputElement).disabled ? -1 : i + 1))
        .filter((i) => i > 0),
    );
  const pick = preferLast ? enabled.at(-1) : enabled[0];
  expect(pick).toBeDefined();
  return pick!;
}

export async function gameState(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const handle = (
      window as unknown as { keyDecisions: { getState(): { game: unknown; screen: string } } }
    ).keyDecisions;
    const state = handle.getState();
    return { game: state.game, screen: state.screen };
  });
}

/** Title → setup with its defaults → briefing → first turn, by mouse (or taps on a touch screen). */
export async function startPlaying(page: Page, options: { tap?: boolean; toTurn?: boolean } = {}) {
  const press = async (name: string) => {
    const button = page.getByRole('button', { name, exact: true }).first();
    if (options.tap) await button.tap();
    else await button.click();
  };
  await page.goto('/');
  const play = playButton(page);
  if (options.tap) await play.tap();
  else await play.click();
  await press('Start');
  if (options.toTurn !== false) await press('Begin the first turn');
}

/** Nothing may scroll sideways: reflow at narrow widths without loss. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** axe-core with the WCAG 2.2 A/AA tags finds nothing on the page as it stands. */
export async function expectNoViolations(page: Page, where: string): Promise<void> {
  // Contrast is judged on what stays on screen, not on a screen's 240 ms fade-in.
  // allSettled: an animation cancelled by a re-render (the scenario list arriving) is fine too.
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.help}`);
  expect(summary).toEqual([]);
}

/** Holds the game's own code back until `release` is called, as a slow network would. */
export async function holdGameCode(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds the six built-in scenarios after the first back until `release` is called. */
export async function holdOtherScenarios(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    /\/assets\/(clipper|virtualTerritory|chatControl|capabilityNotices|saltTyphoon|sandbox)-[^/]+\.js$/,
    async (route) => {
      await held;
      await route.continue();
    },
  );
  return release;
}
