// Local helper for looking at screens by hand (not part of the test suite).
import { chromium } from '@playwright/test';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
});
const [w, hgt] = (process.argv[2] ?? '1280x800').split('x').map(Number);
const page = await browser.newPage({ viewport: { width: w, height: hgt } });
await page.goto('http://127.0.0.1:4173/');
const shot = async (n) => page.screenshot({ path: `/tmp/shots/${w}-${n}.png` });
await page.getByRole('button', { name: 'Play this scenario' }).click();
await page.waitForTimeout(1500);
await shot('briefing');
await page.getByRole('button', { name: 'Begin the first turn' }).click();
await page.waitForTimeout(500);
await shot('turn-top');
await page.locator('.options-form').scrollIntoViewIfNeeded();
await shot('turn-options');
await page.keyboard.press('2');
await page.getByRole('button', { name: 'Decide' }).click();
await page.waitForTimeout(1500);
await shot('conseq');
await browser.close();
