/**
 * Composition root: i18n → store → HTML shell → (lazy) Phaser. The only module that knows every layer.
 */
import './ui/styles.css';
import { createI18n } from './i18n';
import { createGameStore } from './state';
import { mountApp } from './ui/app';

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  const i18n = await createI18n();
  document.documentElement.lang = i18n.language;
  document.documentElement.dir = i18n.dir();
  const store = createGameStore();
  mountApp(root, store, i18n, async (parent, deps) => {
    const { startSituationRoom } = await import('./scenes');
    return startSituationRoom(parent, deps);
  });
  if (import.meta.env.DEV || navigator.webdriver) {
    // A read-only handle for end-to-end tests and debugging; nothing in the app depends on it.
    (window as unknown as { keyDecisions?: unknown }).keyDecisions = { getState: store.getState };
  }
}

void boot();
