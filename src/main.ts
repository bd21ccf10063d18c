/**
 * Composition root: language → i18n → scenarios a save needs → store → HTML shell → (lazy)
 * Phaser. The only module that knows every layer; loaded by the page's tiny entry (boot.ts).
 */
import {
  onPackRegistered,
  switchContentLanguage,
  useTranslations,
  type CompiledPack,
} from './content';
import { loadBuiltInTranslation } from './content/translationFiles';
import { addScenarioTexts, createI18n, pickLanguage, switchLanguage, type I18n } from './i18n';
import {
  activeSubscriptions,
  browserStorage,
  createGameStore,
  prepareScenarios,
  RESULT_PREFIX,
} from './state';
import { savedLanguage } from './state/savedSettings';
import { mountApp } from './ui/app';
import { registerOffline } from './ui/updatePrompt';

function showLanguage(i18n: I18n): void {
  document.documentElement.lang = i18n.language;
  document.documentElement.dir = i18n.dir();
}

/** A scenario's texts in the active language, and in its own (real people's words are shown as said). */
function registerTexts(i18n: I18n, pack: CompiledPack): void {
  const { namespace, language } = pack.scenario;
  addScenarioTexts(i18n, i18n.language, namespace, pack.textsFor(i18n.language));
  if (language !== i18n.language)
    addScenarioTexts(i18n, language, namespace, pack.textsFor(language));
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Starts the game in the page: called by boot.ts once this module has loaded. */
export async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  const language = pickLanguage(savedLanguage(), navigator.languages);
  useTranslations(loadBuiltInTranslation, language);
  const i18n = await createI18n(language);
  showLanguage(i18n);
  // Start-up runs as several short tasks rather than one long one, so the page can answer input
  // (and paint) between them on a slow machine.
  await nextTask();
  // Scenario texts are data: each pack's texts join the translator when the pack is loaded.
  onPackRegistered((pack) => registerTexts(i18n, pack));
  await prepareScenarios(browserStorage);
  const store = createGameStore({ storage: browserStorage });
  await nextTask();
  const mount = () =>
    mountApp(root, store, i18n, async (parent, deps) => {
      const { startSituationRoom } = await import('./scenes');
      return startSituationRoom(parent, deps);
    });
  let app = mount();

  // A new language: its strings and scenario texts load, then the interface is drawn again in it.
  // The game, the session and the screen are state: nothing of them is lost.
  store.subscribe(
    (s) => s.settings.language,
    (chosen) => {
      const next = pickLanguage(chosen, navigator.languages);
      if (next === i18n.language) return;
      void (async () => {
        await switchLanguage(i18n, next);
        await switchContentLanguage(next);
        showLanguage(i18n);
        app.unmount();
        app = mount();
        document.getElementById('language')?.focus();
      })();
    },
  );
  // The other scenarios are requested once the first card has been painted.
  const afterNextPaint = () =>
    new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  void store.getState().loadLibrary(afterNextPaint);
  if (import.meta.env.PROD) registerOffline(root, i18n);
  // A result link opens its result; leaving it clears the address, so a reload shows the game.
  const openLink = () => {
    if (location.hash.startsWith(RESULT_PREFIX))
      void store.getState().openResultLink(location.hash);
  };
  openLink();
  window.addEventListener('hashchange', openLink);
  store.subscribe(
    (s) => s.screen,
    (screen) => {
      if (screen !== 'result' && location.hash.startsWith(RESULT_PREFIX))
        history.replaceState(null, '', `${location.pathname}${location.search}`);
    },
  );
  if (import.meta.env.DEV || navigator.webdriver) {
    // A read-only handle for end-to-end tests and debugging; nothing in the app depends on it.
    (window as unknown as { keyDecisions?: unknown }).keyDecisions = {
      getState: store.getState,
      leakCheck: () => ({ subscriptions: activeSubscriptions(store), ...app.roomStats() }),
      soundCues: () => app.soundCues(),
    };
  }
}
