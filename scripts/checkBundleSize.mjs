/**
 * Budget checks: what a player downloads before Phaser, and everything precached for offline play.
 * Before Phaser: the HTML, its CSS, the entry JavaScript
 * and everything it imports statically (the English strings are bundled in). Prints the figures and
 * fails when the total passes the budget or when Phaser is not in a chunk of its own, loaded later.
 * Usage: node scripts/checkBundleSize.mjs [distDir]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// 60 KB until the facilitator's session, saves, result links, offline support and five languages
// joined what the first screen needs (a save or a link is restored at boot, and the active
// language's strings load before first paint); the facilitator's views and strings load on
// demand. The page-level target is 100 KB of JavaScript before first interaction.
const BUDGET_BEFORE_PHASER = 75 * 1024;
const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build found in ${dist}/: run "npm run build" first.`);
  process.exit(1);
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** Static imports of a built chunk: `import … from "./x.js"` and bare `import "./x.js"`. */
function staticImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = [
    ...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g),
  ];
  return found.map((m) => join('assets', m[1]));
}

const referenced = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
/**
 * The page's entry is tiny and imports the game's code dynamically (so that the strings download
 * alongside it): the chunks it names in its preload list count too, except the language chunks,
 * counted below one language at a time.
 */
function entryImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(/"(assets\/[^"]+\.js)"/g)]
    .map((m) => m[1])
    .filter((f) => !f.startsWith('assets/lang/'));
}
const entries = referenced.filter((f) => f.endsWith('.js'));
const files = new Set([...referenced, ...entries.flatMap(entryImports)]);
const queue = [...files].filter((f) => f.endsWith('.js'));
while (queue.length > 0) {
  const file = queue.shift();
  for (const dep of staticImports(file)) {
    if (!files.has(dep)) {
      files.add(dep);
      queue.push(dep);
    }
  }
}

const rows = [['index.html', gz(Buffer.from(html))]];
for (const file of files) rows.push([file, gz(readFileSync(join(dist, file)))]);
// The active language's interface strings load at boot, one chunk per namespace and language:
// the largest language of each counts (names do not say which language a chunk holds).
for (const namespace of ['ui', 'policy']) {
  const lang = join(dist, 'assets', 'lang');
  const chunks = existsSync(lang)
    ? readdirSync(lang)
        .filter((f) => f.startsWith(`${namespace}-`))
        .map((f) => `lang/${f}`)
    : [];
  const largest = chunks
    .map((f) => [
      `assets/${f} (largest ${namespace} strings)`,
      gz(readFileSync(join(dist, 'assets', f))),
    ])
    .sort((a, b) => b[1] - a[1])[0];
  if (largest) rows.push(largest);
}
const total = rows.reduce((sum, [, size]) => sum + size, 0);

const assets = readdirSync(join(dist, 'assets'));
const phaserChunks = assets.filter((f) => /^phaser-.*\.js$/.test(f));
const phaserLoadedEarly = [...files].some((f) => f.includes('phaser-'));

console.log('Loaded before Phaser (gzip):');
for (const [file, size] of rows) console.log(`  ${file.padEnd(40)} ${kb(size).padStart(9)}`);
console.log(
  `  ${'total'.padEnd(40)} ${kb(total).padStart(9)}  (budget ${kb(BUDGET_BEFORE_PHASER)})`,
);
for (const chunk of phaserChunks)
  console.log(
    `Phaser chunk: assets/${chunk} ${kb(gz(readFileSync(join(dist, 'assets', chunk))))} gzip, loaded lazily`,
  );

/** Everything the service worker precaches (sw.js lists it): the whole game, offline. */
const PRECACHE_BUDGET = 3 * 1000 * 1000;
const swPath = join(dist, 'sw.js');
const precached = existsSync(swPath)
  ? [...readFileSync(swPath, 'utf8').matchAll(/"\.\/([^"]+)"/g)].map((m) => m[1])
  : [];
const precacheBytes = precached.reduce(
  (sum, file) => sum + readFileSync(join(dist, file)).length,
  0,
);
console.log(
  `Precached for offline play: ${precached.length} files, ${(precacheBytes / 1e6).toFixed(2)} MB (budget ${(PRECACHE_BUDGET / 1e6).toFixed(1)} MB); languages are cached as they are used`,
);

let failed = false;
if (precached.length === 0) {
  console.error('FAIL: no service worker precache list in dist/sw.js.');
  failed = true;
}
if (precacheBytes > PRECACHE_BUDGET) {
  console.error(`FAIL: the precache is over its ${(PRECACHE_BUDGET / 1e6).toFixed(1)} MB budget.`);
  failed = true;
}
if (total > BUDGET_BEFORE_PHASER) {
  console.error(`FAIL: ${kb(total)} before Phaser is over the ${kb(BUDGET_BEFORE_PHASER)} budget.`);
  failed = true;
}
if (phaserChunks.length !== 1) {
  console.error(`FAIL: expected exactly one Phaser chunk, found ${phaserChunks.length}.`);
  failed = true;
}
if (phaserLoadedEarly) {
  console.error('FAIL: the Phaser chunk is loaded before the title screen is interactive.');
  failed = true;
}
process.exit(failed ? 1 : 0);
