/**
 * The page's entry, kept tiny on purpose. On a slow network every request that waits for another
 * costs a round trip (half a second and more on a school's mobile hotspot). The game's code and
 * the active language's strings are independent, so both start downloading from here at once,
 * instead of the strings waiting for the code to arrive and run. The styles are linked from the
 * page itself, so they arrive with this script. It blocks rendering (see index.html): keep it tiny.
 */
import './ui/styles.css';
import { numberLocale, pickLanguage } from './i18n/languages';
import { prefetchCoreStrings } from './i18n/localeFiles';
import type { WarmIntlRequest } from './i18n/warmIntl.worker';
import { savedDisplaySettings, savedLanguage } from './state/savedSettings';
import { applyDisplaySettings } from './ui/displaySettings';

// Text size, contrast and motion hold from the first paint (this script blocks it).
applyDisplaySettings(savedDisplaySettings());
const language = pickLanguage(savedLanguage(), navigator.languages);
prefetchCoreStrings(language);
// The page's own first view of the title (scripts/titleShellPlugin.ts) is in one language; in
// another it would flash the wrong text. This script blocks the first paint, so it goes unseen.
const shell = document.querySelector<HTMLElement>('[data-title-shell]');
if (shell && shell.lang !== language) shell.remove();
// The browser loads its number and list formatting data (ICU) on the first Intl formatter made:
// 0.1–0.2 s in one piece on a low-end Chromebook, with the page unable to answer. A worker loads it
// on another core while the game's code downloads; the page shares it, so the game's first
// formatter then costs next to nothing (see the worker).
try {
  const warm: WarmIntlRequest = { numbers: numberLocale(language), lists: language };
  new Worker(new URL('./i18n/warmIntl.worker.ts', import.meta.url), { type: 'module' }).postMessage(
    warm,
  );
} catch {
  // No module workers here (an old browser): the game's first formatter loads the data itself.
}
void import('./main').then((main) => main.start());
