import { expect, test } from '@playwright/test';
import {
  currentScreen,
  expectNoHorizontalOverflow,
  firstAffordableOption,
  gameState,
  screenshot,
  startPlaying,
  playButton,
} from './helpers';

test('a role, values and assumptions chosen at the start shape the game, its forecast and its debrief', async ({
  page,
}) => {
  await page.goto('/');
  await playButton(page).click();
  await page.getByLabel('Attorney General').check();
  await page.locator('#value-investigation').fill('3');
  await page.locator('#assumption-accessBreach').selectOption('pessimistic');
  await screenshot(page, 'setup-chosen');
  await page.getByRole('button', { name: 'Start' }).last().click();
  await page.getByRole('button', { name: 'Begin the first turn' }).click();
  await expect(page.locator('.status-role')).toHaveText('Role: Attorney General');

  const state = (await gameState(page)) as {
    game: { role: string; values: Record<string, number>; assumptions: Record<string, string> };
  };
  expect(state.game.role).toBe('attorneyGeneral');
  expect(state.game.values.investigation).toBe(3);
  expect(state.game.assumptions.accessBreach).toBe('pessimistic');

  // The forecast appears once an option is picked, computed by the engine.
  await expect(page.locator('.forecast')).toContainText('Pick an option');
  await page.locator('#option-3').check();
  await expect(page.locator('.forecast-list li')).toHaveCount(7);
  await expect(page.locator('.forecast-list')).toContainText('Investigations: now 55');

  // A policy change the role controls, with its cost counted.
  await page.locator('.policies summary').click();
  await page.locator('#policy-lawfulHacking').selectOption('limited');
  await expect(page.locator('.policy-total')).toHaveText('Planned policy changes cost 1 capital.');
  // Infiltration needs the forensics programme (set by option 3) — so it becomes possible.
  await page.locator('#policy-infiltration').selectOption('funded');
  await screenshot(page, 'turn-policies');
  await page.getByRole('button', { name: 'Decide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consequences' })).toBeVisible();
  await expect(page.locator('.reactions')).toContainText('Law enforcement');
  await page.waitForTimeout(1000);
  await screenshot(page, 'consequences-model');

  await page.getByRole('button', { name: 'Next turn' }).click();
  // The policies now in force, as the next turn's policies panel shows them.
  await expect(page.locator('#policy-forensics')).toHaveValue('funded');
  await expect(page.locator('#policy-lawfulHacking')).toHaveValue('limited');
  await expect(page.locator('#policy-infiltration')).toHaveValue('funded');
  while ((await currentScreen(page)) === 'turn') {
    await page.locator(`#option-${await firstAffordableOption(page)}`).check();
    await page.getByRole('button', { name: 'Decide' }).click();
    await page.getByRole('button', { name: /Next turn|See how it ended/ }).click();
  }
  await expect(page.getByRole('heading', { name: "Against your role's objectives" })).toBeVisible();
  await expect(page.locator('.objectives li')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Assumptions in force' })).toBeVisible();
  await expect(page.locator('.assumptions')).toContainText('Often: about 25% a turn.');
  // Replay with one decision changed: same seed, compared meter by meter.
  await page.locator('#what-if-turn').selectOption('0');
  await page.locator('#what-if-option').selectOption('call.talks');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('.what-if-table tbody tr')).toHaveCount(7);
  await expect(page.locator('.what-if-table caption')).toHaveText(
    'Final meters: your run and the alternative',
  );
  await screenshot(page, 'ending-model');
});

test('a blocked policy says why, and an excluded pair cannot be planned', async ({ page }) => {
  await startPlaying(page);
  await page.locator('#option-2').check();
  await page.locator('.policies summary').click();
  const infiltration = page.locator('#policy-infiltration option[value="funded"]');
  await expect(infiltration).toBeDisabled();
  await expect(infiltration).toContainText('needs another policy in place first');
  await page.locator('#policy-endorseE2EE').selectOption('on');
  await expect(page.locator('#policy-accessMandate option[value="pursued"]')).toBeDisabled();
  // Option 1 would propose an access mandate, which the endorsement excludes.
  await expect(page.locator('#option-1')).toBeDisabled();
  await expect(page.locator('.option-card').first()).toContainText('cannot be combined');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the setup and the policies panel reflow without sideways scrolling', async ({ page }) => {
    await page.goto('/');
    await playButton(page).click();
    await expectNoHorizontalOverflow(page);
    await page.getByRole('button', { name: 'Start', exact: true }).first().click();
    await page.getByRole('button', { name: 'Begin the first turn' }).click();
    await page.locator('#option-3').check();
    await page.locator('.policies summary').click();
    await expect(page.locator('.policy-row').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });
});
