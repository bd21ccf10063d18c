import type { I18n } from '../i18n';
import { h } from './dom';

/**
 * The active language's files were fetched before the service worker took over the page; once it
 * has, they are fetched again through it, so it keeps them and this language works offline.
 */
async function keepLanguageOffline(): Promise<void> {
  const container = navigator.serviceWorker;
  await container.ready;
  if (!container.controller)
    await new Promise((resolve) =>
      container.addEventListener('controllerchange', resolve, { once: true }),
    );
  for (const entry of performance.getEntriesByType('resource')) {
    if (entry.name.includes('/assets/lang/')) void fetch(entry.name).catch(() => undefined);
  }
}

/**
 * Offline support: registers the service worker (production builds only) and, when a new version
 * has been downloaded, offers it. Nothing reloads by itself: a game in progress is never cut off,
 * and the game is saved anyway when the player chooses to update.
 */
export function registerOffline(root: HTMLElement, i18n: I18n): void {
  if (!('serviceWorker' in navigator)) return;
  const { t } = i18n;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only after the player pressed "Update": the waiting worker took over at their request.
    if (reloading) window.location.reload();
  });
  const offer = (worker: ServiceWorker) => {
    if (root.querySelector('.update-prompt')) return;
    const prompt: HTMLElement = h(
      'div',
      { class: 'banner update-prompt', attrs: { role: 'status' } },
      h('p', {}, t('offline.updateReady')),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            class: 'button primary',
            attrs: { type: 'button', id: 'update-now' },
            on: {
              click: () => {
                reloading = true;
                worker.postMessage('skipWaiting');
              },
            },
          },
          t('offline.updateNow'),
        ),
        h(
          'button',
          { class: 'button', attrs: { type: 'button' }, on: { click: () => prompt.remove() } },
          t('offline.later'),
        ),
      ),
    );
    root.prepend(prompt);
  };
  void keepLanguageOffline();
  navigator.serviceWorker
    .register('/sw.js')
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // A first install just makes the game work offline; only a replacement is offered.
          if (installing.state === 'installed' && navigator.serviceWorker.controller)
            offer(installing);
        });
      });
    })
    .catch(() => {
      // No offline support (a private window, a blocked worker): the game still runs online.
    });
}
