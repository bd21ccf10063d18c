/**
 * The page's entry, kept tiny on purpose. On a slow network every request that waits for another
 * costs a round trip (half a second and more on a school's mobile hotspot). The game's code and
 * the active language's strings are independent, so both start downloading from here at once,
 * instead of the strings waiting for the code to arrive and run. The styles are linked from the
 * page itself, so they arrive with this script.
 */
import './ui/styles.css';
import { pickLanguage } from './i18n/languages';
import { prefetchCoreStrings } from './i18n/localeFiles';
import { savedLanguage } from './state/savedLanguage';

prefetchCoreStrings(pickLanguage(savedLanguage(), navigator.languages));
void import('./main').then((main) => main.start());
