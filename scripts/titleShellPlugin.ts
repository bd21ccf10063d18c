import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The title's first view, written into index.html at build time: the top bar and the title's
 * heading and lead, in English, from the same strings the game shows (src/i18n/locales/en).
 *
 * Why: on a slow school network the page paints nothing until the game's code has arrived and run
 * (about three seconds on slow 4G). With these few lines in the page itself, the first paint is the
 * title, as soon as the page and its styles arrive. The game then draws the same heading and lead
 * over it, at the same size, so the largest paint does not move. boot.ts removes this view before
 * the first paint when the player's language is not English (the page's entry script is
 * render-blocking for that reason).
 */

const SHELL_MARKER = '<!-- title-shell -->';
const SHELL_LANGUAGE = 'en';

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

interface ShellStrings {
  readonly name: string;
  readonly tagline: string;
  readonly lead: string;
}

function readStrings(file: string): ShellStrings {
  const ui = JSON.parse(readFileSync(file, 'utf8')) as {
    app?: { name?: unknown; tagline?: unknown };
    title?: { lead?: unknown };
  };
  const strings = { name: ui.app?.name, tagline: ui.app?.tagline, lead: ui.title?.lead };
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value !== 'string' || value === '')
      throw new Error(`${file}: the title shell needs a non-empty string for ${key}`);
  }
  return strings as ShellStrings;
}

/** The markup: the classes are the game's own, so the styles already in the page apply. */
export function titleShell(strings: ShellStrings): string {
  return [
    `<div class="title-shell" lang="${SHELL_LANGUAGE}" data-title-shell>`,
    `<header class="topbar"><span class="brand">${escapeHtml(strings.name)}</span></header>`,
    '<div class="layout"><main><div class="screen title-screen"><header class="hero">',
    `<p class="eyebrow">${escapeHtml(strings.tagline)}</p>`,
    `<h1 class="title-heading">${escapeHtml(strings.name)}</h1>`,
    `<p class="lead">${escapeHtml(strings.lead)}</p>`,
    '</header></div></main></div></div>',
  ].join('');
}

export function titleShellPlugin(): Plugin {
  const file = `src/i18n/locales/${SHELL_LANGUAGE}/ui.json`;
  return {
    name: 'key-decisions-title-shell',
    configureServer(server) {
      // The dev server shows the shell too; a change to the strings reloads the page.
      server.watcher.add(file);
    },
    transformIndexHtml: {
      // After Vite's own step, which writes the built entry's script tag anew (without the
      // blocking attribute that index.html gives it).
      order: 'post',
      handler(html) {
        if (!html.includes(SHELL_MARKER)) throw new Error(`index.html has no ${SHELL_MARKER}`);
        const entry =
          /<script type="module"(?: crossorigin)? src="[^"]*(?:boot\.ts|index-[\w-]+\.js)"/;
        if (!entry.test(html)) throw new Error('index.html: the page entry script was not found');
        return html
          .replace(SHELL_MARKER, titleShell(readStrings(file)))
          .replace(entry, (tag) => (tag.includes('blocking=') ? tag : `${tag} blocking="render"`));
      },
    },
  };
}
