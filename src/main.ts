/**
 * Composition root: i18n → scenarios a save needs → store → HTML shell → (lazy) Phaser. The only
 * module that knows every layer.
 */
import './ui/styles.css';
import { onPackRegistered } from './content';
import { addScenarioTexts, createI18n } from './i18n';
import {
  activeSubscriptions,
  browserStorage,
  createGameStore,
  prepareScenarios,
  RESULT_PREFIX,
} from './state';
import { mountApp } from './ui/app';
import { registerOffline } from './ui/updatePrompt';

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  const i18n = await createI18n();
  document.documentElement.lang = i18n.language;
  document.documentElement.dir = i18n.dir();
  // Scenario texts are data: each pack's texts join the translator when the pack is loaded.
  onPackRegistered((pack) =>
    addScenarioTexts(i18n, pack.scenario.namespace, pack.textsFor(i18n.language)),
  );
  await prepareScenarios(browserStorage);
  const store = createGameStore({ storage: browserStorage });
  const app = mountApp(root, store, i18n, async (parent, deps) => {
    const { startSituationRoom } = await import('./scenes');
    return startSituationRoom(parent, deps);
  });
  void store.getState().loadLibrary();
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

void boot();
