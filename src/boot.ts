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
// The browser loads its number and list formatting data (ICU) on the first Intl formatter it
// makes: about 0.1 s on a low-end Chromebook, in one piece. Made here, just after the first paint,
// it runs while the game's code is still downloading, instead of inside the game's start-up.
requestAnimationFrame(() =>
  setTimeout(() => new Intl.NumberFormat(numberLocale(language)).format(0), 0),
);
void import('./main').then((main) => main.start());
