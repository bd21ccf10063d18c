import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { titleShell } from '../../../scripts/titleShellPlugin';

describe("the title's first view in index.html", () => {
  it('is built from the English strings the game itself shows', () => {
    const ui = JSON.parse(readFileSync('src/i18n/locales/en/ui.json', 'utf8')) as {
      app: { name: string; tagline: string };
      title: { lead: string };
    };
    const html = titleShell({ name: ui.app.name, tagline: ui.app.tagline, lead: ui.title.lead });
    expect(html).toContain(`<h1 class="title-heading">${ui.app.name}</h1>`);
    expect(html).toContain(`<p class="eyebrow">${ui.app.tagline}</p>`);
    expect(html).toContain('lang="en"');
    expect(html).toContain('data-title-shell');
  });

  it('writes strings as text, never as markup', () => {
    const html = titleShell({ name: 'A & B', tagline: '<script>x</script>', lead: '"quoted"' });
    expect(html).toContain('A &amp; B');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('&quot;quoted&quot;');
    expect(html).not.toContain('<script>');
  });
});
