/**
 * `npm run bench:web [-- --runs N] [--json] [--cpu-target SCORE]`: how the production game loads
 * and runs on a low-end Chromebook over a slow mobile network, against a bare Phaser 4 game
 * (bench/reference/) built with the same Vite options and measured the same way.
 *
 * 1. Builds the game and the reference into bench-results/build/ (never dist/, which the
 *    end-to-end tests serve) and runs `npm run size`'s checks on the game's build.
 * 2. Serves each build from its own root (bench/web/server.ts: gzip, on a free port).
 * 3. Calibrates the CPU throttling to a low-end Chromebook (see `calibrate`).
 * 4. Runs the game and the reference alternately, N times each, each run in a fresh browser
 *    context (cold cache, service workers blocked) with the calibrated CPU throttling and
 *    DevTools' "Slow 4G" network.
 * 5. Plays 200 turns of the game (unthrottled) and watches the JavaScript heap.
 * 6. Prints the medians, the reference's figures, the ratios and the targets; writes everything
 *    to bench-results/web-<time>.json; exits 1 when a target is missed.
 *
 * Progress goes to stderr; with --json the result goes to stdout as JSON instead of the table.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { build } from 'vite';
import playwrightConfig, { CHROMIUM_ARGS } from '../playwright.config';
import { productionBuild } from '../vite.config';
import {
  benchmarkIndex,
  installProbes,
  playGame,
  startFrameRecording,
  type PageProbe,
} from '../bench/web/probes';
import { serveFolder } from '../bench/web/server';
import { sampleHeap, type HeapSample } from '../bench/web/heap';
import { frameTimes, median, percentile, slope, totalBlockingTime } from '../bench/web/stats';
import { parseArgs } from './lib/args';

const { flags } = parseArgs(process.argv.slice(2));
const RUNS = Number(flags.get('runs') ?? 5);
const JSON_OUTPUT = flags.has('json');
/**
 * The target device's score on Lighthouse's BenchmarkIndex scale. Lighthouse's notes on the
 * benchmark (core/lib/page-functions.js, computeBenchmarkIndex, "as of Chrome m86") put "a
 * low-end Chromebook" in its "800+" class, with a Galaxy S8; its docs/throttling.md gives
 * 800–1200 for high-end phones and 125–800 for mid-tier ones. We take the bottom of that class,
 * 800: an estimate for the class, not a measurement of a particular Chromebook (pass
 * --cpu-target with a device's measured score to target that device instead). For scale, DevTools'
 * own CPU calibration (2024) takes 1000 for a mid-tier phone (Pixel 5) and 264 for a low-tier one.
 */
const CPU_TARGET = Number(flags.get('cpu-target') ?? 800);
if (!Number.isInteger(RUNS) || RUNS < 1 || !(CPU_TARGET > 0)) {
  console.error('Usage: npm run bench:web -- [--runs N (≥ 1)] [--json] [--cpu-target SCORE]');
  process.exit(2);
}

/**
 * DevTools' "Slow 4G" preset (devtools-frontend, SDK NetworkManager `Slow4GConditions`, the same
 * profile as Lighthouse's mobileSlow4G): 150 ms round trip × 3.75 and 1.6 Mbps down / 750 kbps
 * up × 0.9, the factors DevTools applies so that its request-level throttling behaves like a real
 * link of that speed. Throughputs are in bytes per second.
 */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
};
/** A common school Chromebook's screen, at a device pixel ratio of 1. */
const VIEWPORT = { width: 1366, height: 768 };
/**
 * Frame times are recorded for this long from the moment Decide is pressed (see `runGame`): the
 * press itself, the new screen, the meters' 900 ms tween and the situation room winding down,
 * then idle frames; the reference's shapes animate throughout the same length of window.
 */
const FRAME_WINDOW_MS = 2000;
/** "Quiet" ends the load measurements: this long with no long task and no request in flight. */
const QUIET_MS = 5000;
const QUIET_MAX_MS = 30_000;
/** The soak: at least this many turns over at least this many scenario restarts. */
const SOAK_TURNS = 200;
const SOAK_RESTARTS = 20;
const SOAK_SCENARIO = 'Going Dark';
const SOAK_SCENARIO_ID = 'goingDark';
const SOAK_SETTLE_MS = 1500;
/** Kept by bench/reference/main.ts when its first frame has been rendered. */
const REFERENCE_FIRST_FRAME = 'reference-first-frame';

// Relative to the repository (npm runs scripts from there); git-ignored.
const OUT = 'bench-results';
const APP_DIR = join(OUT, 'build', 'app');
const REFERENCE_DIR = join(OUT, 'build', 'reference');

const startedAt = Date.now();
const log = (message: string) => {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  process.stderr.write(
    `[${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}] ${message}\n`,
  );
};

// ---------------------------------------------------------------------------------------------
// Building

async function buildBoth(): Promise<void> {
  // The game: the project's own configuration (its offline plugin included), another outDir.
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: resolve(APP_DIR), emptyOutDir: true },
  });
  // The reference: the same build options, without the game's offline plugin, which is a
  // feature of the game (a service worker and its precache list) rather than a build setting —
  // and service workers are blocked while measuring anyway.
  await build({
    configFile: false,
    root: resolve('bench', 'reference'),
    logLevel: 'warn',
    build: { ...productionBuild, outDir: resolve(REFERENCE_DIR), emptyOutDir: true },
  });
}

type SizeCheck = {
  output: string;
  passed: boolean;
  beforePhaserKb: number | null;
  precacheMb: number | null;
};

/** `npm run size` (scripts/checkBundleSize.mjs) on the bench's build: its figures, as printed. */
function sizeCheck(): SizeCheck {
  const run = spawnSync(process.execPath, ['scripts/checkBundleSize.mjs', APP_DIR], {
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`.trim();
  const before = /^\s*total\s+([\d.]+) KB/m.exec(output);
  const precache = /Precached for offline play: \d+ files, ([\d.]+) MB/.exec(output);
  return {
    output,
    passed: run.status === 0,
    beforePhaserKb: before ? Number(before[1]) : null,
    precacheMb: precache ? Number(precache[1]) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Calibrating the CPU

type Calibration = {
  machineScore: number;
  machineScores: number[];
  targetScore: number;
  linearRate: number;
  rate: number;
  throttledScore: number;
};

/** The benchmark's scores over `times` runs at the given throttling rate. */
async function score(page: Page, cdp: CDPSession, rate: number, times = 3): Promise<number[]> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const scores: number[] = [];
  for (let i = 0; i < times; i += 1) scores.push(await page.evaluate(benchmarkIndex));
  return scores;
}

/**
 * The CPU slowdown that makes this machine score like the target device, found the way DevTools'
 * own CPU calibration finds it (devtools-frontend, panels/mobile_throttling/
 * CalibrationController.ts): warm the JavaScript engine up, measure the unthrottled score, then
 * bisect the throttling rate until the benchmark, run under it, scores within 5 % of the target.
 * The rate is searched rather than computed as score ÷ target because DevTools' throttling does
 * not slow the benchmark in proportion to the rate (on this machine a rate of 2 more than halves
 * the score). Both figures are printed. Each score is the median of three runs: the machine is
 * shared and single runs vary widely.
 */
async function calibrate(browser: Browser): Promise<Calibration> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await page.evaluate(benchmarkIndex); // warm-up: let V8 optimize the benchmark's loops
  const machineScores = await score(page, cdp, 1);
  const machineScore = median(machineScores);
  const linearRate = Math.max(1, machineScore / CPU_TARGET);
  let rate = 1;
  let throttledScore = machineScore;
  if (machineScore > CPU_TARGET * 1.05) {
    let low = 1;
    let high = linearRate * 1.5;
    for (let step = 0; step < 8; step += 1) {
      // The throttling backend keeps two decimals.
      rate = Number(((low + high) / 2).toFixed(2));
      throttledScore = median(await score(page, cdp, rate));
      log(`  rate ${rate.toFixed(2)}: score ${Math.round(throttledScore)}`);
      if (Math.abs(throttledScore - CPU_TARGET) <= CPU_TARGET * 0.05) break;
      if (throttledScore < CPU_TARGET) high = rate;
      else low = rate;
    }
  }
  await context.close();
  return { machineScore, machineScores, targetScore: CPU_TARGET, linearRate, rate, throttledScore };
}

// ---------------------------------------------------------------------------------------------
// One measured page

type Session = {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
  /** Requests in flight and when the last one started or ended (Date.now()). */
  network: { inFlight: number; lastActivity: number };
};

/** A fresh context (cold cache, no service worker) with the probes and, optionally, throttling. */
async function openSession(
  browser: Browser,
  options: { cpuRate: number; network: boolean; probes: boolean },
): Promise<Session> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: VIEWPORT,
    locale: 'en-US',
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (options.network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
  if (options.probes) await page.addInitScript(installProbes);
  const network = { inFlight: 0, lastActivity: Date.now() };
  page.on('request', () => {
    network.inFlight += 1;
    network.lastActivity = Date.now();
  });
  const done = () => {
    network.inFlight = Math.max(0, network.inFlight - 1);
    network.lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { page, cdp, network, close: () => context.close() };
}

const probe = (page: Page): Promise<PageProbe> =>
  page.evaluate(() => (window as unknown as { __bench: PageProbe }).__bench);

/**
 * Waits until the page has been quiet for QUIET_MS — no long task and no request in flight —
 * as the "time to interactive" rule that total blocking time is measured up to. Gives up after
 * QUIET_MAX_MS (the result says so).
 */
async function waitForQuiet(session: Session): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < QUIET_MAX_MS) {
    const { now, lastTaskEnd } = await session.page.evaluate(() => {
      const tasks = (window as unknown as { __bench: PageProbe }).__bench.longTasks;
      const last = tasks.at(-1);
      return { now: performance.now(), lastTaskEnd: last ? last.start + last.duration : 0 };
    });
    const networkQuiet =
      session.network.inFlight === 0 && Date.now() - session.network.lastActivity >= QUIET_MS;
    if (networkQuiet && now - lastTaskEnd >= QUIET_MS) return true;
    await session.page.waitForTimeout(250);
  }
  return false;
}

type Resource = { name: string; startTime: number; encodedBodySize: number };

async function scripts(page: Page): Promise<Resource[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({
        name: new URL(e.name).pathname,
        startTime: e.startTime,
        encodedBodySize: e.encodedBodySize,
      })),
  );
}

const paint = (page: Page, name: string): Promise<number | null> =>
  page.evaluate((entry) => performance.getEntriesByName(entry)[0]?.startTime ?? null, name);

/**
 * requestAnimationFrame timestamps up to FRAME_WINDOW_MS after the `startOn` event that `act`
 * causes (or after now), and when that window opened.
 */
async function recordFrames(
  page: Page,
  startOn: string | null,
  act: () => Promise<void>,
): Promise<{ stamps: number[]; from: number }> {
  await page.evaluate(startFrameRecording, { windowMs: FRAME_WINDOW_MS, startOn });
  await act();
  await page.waitForFunction(
    () => (window as unknown as { __bench: PageProbe }).__bench.framesDone,
  );
  const { frames, windowStart } = await probe(page);
  return { stamps: frames, from: windowStart! };
}

type FrameStats = { p50: number; p95: number; p99: number; count: number };
const frameStats = (times: number[]): FrameStats => ({
  p50: percentile(times, 50),
  p95: percentile(times, 95),
  p99: percentile(times, 99),
  count: times.length,
});

type GameRun = {
  fcp: number;
  lcp: number;
  lcpElement: string;
  tbt: number;
  quiet: boolean;
  titleReady: number;
  clickThrough: number;
  firstTurn: number;
  jsBeforeInteractionBytes: number;
  jsBeforeInteraction: string[];
  longTasks: { start: number; duration: number }[];
  frames: FrameStats;
  /** The same window from the first frame that shows the consequences screen. */
  animationFrames: FrameStats;
  frameTimes: number[];
};

const playButton = (page: Page, title: string) =>
  page
    .getByRole('article', { name: title, exact: true })
    .getByRole('button', { name: 'Play this scenario' });

/**
 * One cold load of the game:
 * - the load figures, up to the title screen's first "Play this scenario" button being usable
 *   and the page then going quiet;
 * - the click-through (Play this scenario → Start → Begin the first turn) to the first turn's
 *   options, timed from the Play click, after the quiet wait;
 * - frame times from the moment Decide is pressed on the first turn, through the consequences
 *   screen's meter animation (900 ms tweens), once the situation room (Phaser) is on screen.
 */
async function runGame(browser: Browser, url: string, cpuRate: number): Promise<GameRun> {
  const session = await openSession(browser, { cpuRate, network: true, probes: true });
  const { page } = session;
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => 'title' in (window as unknown as { __bench: PageProbe }).__bench.seen,
    );
    const quiet = await waitForQuiet(session);
    const loaded = await probe(page);
    const fcp = (await paint(page, 'first-contentful-paint')) ?? Number.NaN;
    const titleReady = loaded.seen.title!;
    const js = (await scripts(page)).filter((r) => r.startTime <= titleReady);

    const playClickedAt = await page.evaluate(() => performance.now());
    await playButton(page, SOAK_SCENARIO).click();
    await page.getByRole('button', { name: 'Start', exact: true }).first().click();
    await page.getByRole('button', { name: 'Begin the first turn' }).click();
    await page.waitForFunction(
      () => 'options' in (window as unknown as { __bench: PageProbe }).__bench.seen,
    );
    const clickThrough = (await probe(page)).seen.options! - playClickedAt;

    // The situation room has loaded (Phaser arrives over the slow network) and drawn its board.
    await page.locator('#stage:not(.is-loading) canvas').waitFor();
    await waitForNetworkIdle(session, 1000);
    const option = await page
      .locator('input[name="option"]')
      .evaluateAll((inputs) => inputs.findIndex((i) => !(i as HTMLInputElement).disabled) + 1);
    await page.locator(`#option-${option}`).check();
    const decide = page.getByRole('button', { name: 'Decide' });
    await decide.waitFor();
    const { stamps, from } = await recordFrames(page, 'pointerdown', () => decide.click());
    const shownAt = (await probe(page)).seen.consequences;
    if (shownAt === undefined) throw new Error('Decide did not lead to the consequences screen');
    const frames = frameTimes(stamps, from);
    // From the first frame that shows the consequences screen (the probe saw it in that frame).
    const animation = frameTimes(stamps, shownAt);
    return {
      fcp,
      lcp: loaded.lcp?.time ?? Number.NaN,
      lcpElement: loaded.lcp?.element ?? '(none)',
      tbt: totalBlockingTime(loaded.longTasks, fcp),
      quiet,
      titleReady,
      clickThrough,
      firstTurn: titleReady + clickThrough,
      jsBeforeInteractionBytes: js.reduce((sum, r) => sum + r.encodedBodySize, 0),
      jsBeforeInteraction: js.map((r) => `${r.name} ${r.encodedBodySize}`),
      longTasks: loaded.longTasks.map((t) => ({
        start: Math.round(t.start),
        duration: Math.round(t.duration),
      })),
      frames: frameStats(frames),
      animationFrames: frameStats(animation),
      frameTimes: frames.map((f) => Number(f.toFixed(1))),
    };
  } finally {
    await session.close();
  }
}

/** Waits until no request has been in flight for `ms` (at most QUIET_MAX_MS). */
async function waitForNetworkIdle(session: Session, ms: number): Promise<void> {
  const started = Date.now();
  while (
    (session.network.inFlight > 0 || Date.now() - session.network.lastActivity < ms) &&
    Date.now() - started < QUIET_MAX_MS
  )
    await session.page.waitForTimeout(100);
}

type ReferenceRun = {
  fcp: number | null;
  firstFrame: number;
  tbt: number;
  quiet: boolean;
  jsBeforeFirstFrameBytes: number;
  longTasks: { start: number; duration: number }[];
  frames: FrameStats;
  frameTimes: number[];
};

/**
 * One cold load of the reference: its first rendered frame stands for both "largest contentful
 * paint" (Chrome never counts a canvas as one) and "the first choice" (it has none); blocking
 * time counts from first contentful paint if Chrome reports one for the canvas, otherwise from
 * the first frame; frames are recorded for the same window while its shapes animate.
 */
async function runReference(browser: Browser, url: string, cpuRate: number): Promise<ReferenceRun> {
  const session = await openSession(browser, { cpuRate, network: true, probes: true });
  const { page } = session;
  try {
    await page.goto(url);
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      REFERENCE_FIRST_FRAME,
    );
    const quiet = await waitForQuiet(session);
    const loaded = await probe(page);
    const firstFrame = (await paint(page, REFERENCE_FIRST_FRAME))!;
    const fcp = await paint(page, 'first-contentful-paint');
    const js = (await scripts(page)).filter((r) => r.startTime <= firstFrame);
    const recorded = await recordFrames(page, null, () => Promise.resolve());
    const frames = frameTimes(recorded.stamps, recorded.from);
    return {
      fcp,
      firstFrame,
      tbt: totalBlockingTime(loaded.longTasks, fcp ?? firstFrame),
      quiet,
      jsBeforeFirstFrameBytes: js.reduce((sum, r) => sum + r.encodedBodySize, 0),
      longTasks: loaded.longTasks.map((t) => ({
        start: Math.round(t.start),
        duration: Math.round(t.duration),
      })),
      frames: frameStats(frames),
      frameTimes: frames.map((f) => Number(f.toFixed(1))),
    };
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The heap soak

type Soak = {
  scenario: string;
  restarts: number;
  turns: number;
  /** After each game: the whole JavaScript heap in use, and of it V8's compiled code. */
  heapBytes: number[];
  codeBytes: number[];
  /** The heap without compiled code (bench/web/heap.ts): what the targets judge. */
  dataBytes: number[];
  afterFirst: number;
  afterSoak: number;
  changePercent: number;
  slopeBytesPerRestart: number;
  trendPercent: number;
  /** Diagnostic: the slope over the second half of the games only, once the first have warmed up. */
  lateSlopeBytesPerRestart: number;
  /** Diagnostic: the whole heap, compiled code included. */
  total: { afterFirst: number; afterSoak: number; changePercent: number; lateSlope: number };
};

/**
 * Plays SOAK_SCENARIO from its start to its ending (bench/web/probes.ts, playGame), again and
 * again, returning to the title ("Key Decisions") after each game, until at least SOAK_TURNS turns
 * and SOAK_RESTARTS games are done; after each game, back on the title screen, it forces garbage
 * collection and reads the JavaScript heap in use. One scenario throughout, so every game does the
 * same work and a growing heap means something is kept that should not be (cycling through the
 * scenarios would also grow it by each new scenario's content, which is a cache, not a leak). No
 * scenario has 10 turns (they have 8–9, fewer when a game ends early), so 200 turns take more than
 * 20 games: 25–30. Memory does not depend on CPU speed or on the network, so the soak runs
 * unthrottled, and once per bench.
 */
async function soak(browser: Browser, url: string): Promise<Soak> {
  // Without the bench's observers, which would keep their own entries on the heap.
  const session = await openSession(browser, { cpuRate: 1, network: false, probes: false });
  const { page, cdp } = session;
  try {
    await page.goto(url);
    await page.locator('.title-screen').waitFor();
    const samples: HeapSample[] = [];
    let turns = 0;
    while (turns < SOAK_TURNS || samples.length < SOAK_RESTARTS) {
      turns += await page.evaluate(playGame, SOAK_SCENARIO_ID);
      // Back on the title: let what is winding down finish first (the meters' last tween and the
      // situation room's render-on-demand timers), so each sample is taken in the same state.
      await page.waitForTimeout(SOAK_SETTLE_MS);
      const sample = await sampleHeap(cdp);
      samples.push(sample);
      log(
        `  soak: game ${samples.length}, ${turns} turns, heap ${mb(sample.usedBytes)} (compiled code ${mb(sample.codeBytes)})`,
      );
    }
    const heap = samples.map((sample) => sample.usedBytes);
    const data = samples.map((sample) => sample.usedBytes - sample.codeBytes);
    const change = (values: number[]) => ((values.at(-1)! - values[0]!) / values[0]!) * 100;
    const perRestart = slope(data);
    return {
      scenario: SOAK_SCENARIO,
      restarts: samples.length,
      turns,
      heapBytes: heap,
      codeBytes: samples.map((sample) => sample.codeBytes),
      dataBytes: data,
      afterFirst: data[0]!,
      afterSoak: data.at(-1)!,
      changePercent: change(data),
      slopeBytesPerRestart: perRestart,
      // The fitted rise over the whole soak, as a share of the heap after the first game.
      trendPercent: ((perRestart * data.length) / data[0]!) * 100,
      lateSlopeBytesPerRestart: slope(data.slice(Math.floor(data.length / 2))),
      total: {
        afterFirst: heap[0]!,
        afterSoak: heap.at(-1)!,
        changePercent: change(heap),
        lateSlope: slope(heap.slice(Math.floor(heap.length / 2))),
      },
    };
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
const ms = (value: number | null) =>
  value === null || Number.isNaN(value) ? '—' : `${Math.round(value).toLocaleString('en')} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (ours: number, reference: number | null) =>
  reference === null || !(reference > 0) ? null : ours / reference;

type Row = {
  figure: string;
  ours: string;
  reference: string;
  ratio: number | null;
  target: string;
  pass: boolean | null;
};

function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.figure,
    r.ours,
    r.reference,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.pass === null ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const header = ['figure', 'ours', 'reference', 'ratio', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    node: process.version,
    chromium: '',
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
    loadAverageAtEnd: [] as number[],
  };
  log(`building the game and the reference into ${OUT}/build/ …`);
  await buildBoth();
  const size = sizeCheck();
  log('npm run size on that build:');
  for (const line of size.output.split('\n')) log(`  ${line}`);

  const app = await serveFolder(APP_DIR);
  const reference = await serveFolder(REFERENCE_DIR);
  // The end-to-end tests' Chromium (Debian's, found by playwright.config.ts) and launch flags,
  // software WebGL (SwiftShader) included, for the game and the reference alike.
  const executablePath = playwrightConfig.use?.launchOptions?.executablePath;
  if (!executablePath) throw new Error('playwright.config.ts names no Chromium');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  machine.chromium = browser.version();
  try {
    log('calibrating the CPU throttling …');
    const calibration = await calibrate(browser);
    log(
      `  this machine scores ${Math.round(calibration.machineScore)} (runs ${calibration.machineScores.map(Math.round).join(', ')}); target ${calibration.targetScore} (low-end Chromebook, estimate); rate ${calibration.rate.toFixed(2)}× (score ÷ target would say ${calibration.linearRate.toFixed(2)}×), throttled score ${Math.round(calibration.throttledScore)}`,
    );
    const rate = calibration.rate;

    const gameRuns: GameRun[] = [];
    const referenceRuns: ReferenceRun[] = [];
    // Alternating, so that a busy moment of the shared machine falls on both alike.
    for (let i = 0; i < RUNS; i += 1) {
      const g = await runGame(browser, app.url, rate);
      gameRuns.push(g);
      log(
        `run ${i + 1}/${RUNS} game: FCP ${ms(g.fcp)}, LCP ${ms(g.lcp)} (${g.lcpElement}), TBT ${ms(g.tbt)}${g.quiet ? '' : ' (never quiet)'}, title ready ${ms(g.titleReady)}, first turn +${ms(g.clickThrough)}, JS ${kb(g.jsBeforeInteractionBytes)}, frames p50/p95/p99 ${g.frames.p50.toFixed(1)}/${g.frames.p95.toFixed(1)}/${g.frames.p99.toFixed(1)} ms (${g.frames.count})`,
      );
      const r = await runReference(browser, reference.url, rate);
      referenceRuns.push(r);
      log(
        `run ${i + 1}/${RUNS} reference: FCP ${ms(r.fcp)}, first frame ${ms(r.firstFrame)}, TBT ${ms(r.tbt)}${r.quiet ? '' : ' (never quiet)'}, JS ${kb(r.jsBeforeFirstFrameBytes)}, frames p50/p95/p99 ${r.frames.p50.toFixed(1)}/${r.frames.p95.toFixed(1)}/${r.frames.p99.toFixed(1)} ms (${r.frames.count})`,
      );
    }

    log(`soak: ${SOAK_TURNS} turns of ${SOAK_SCENARIO}, unthrottled, run once …`);
    const soaked = await soak(browser, app.url);
    machine.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(2)));

    const m = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick));
    const ours = {
      fcp: m(gameRuns, (r) => r.fcp),
      lcp: m(gameRuns, (r) => r.lcp),
      tbt: m(gameRuns, (r) => r.tbt),
      titleReady: m(gameRuns, (r) => r.titleReady),
      clickThrough: m(gameRuns, (r) => r.clickThrough),
      firstTurn: m(gameRuns, (r) => r.firstTurn),
      jsBytes: m(gameRuns, (r) => r.jsBeforeInteractionBytes),
      p50: m(gameRuns, (r) => r.frames.p50),
      p95: m(gameRuns, (r) => r.frames.p95),
      p99: m(gameRuns, (r) => r.frames.p99),
      animationP95: m(gameRuns, (r) => r.animationFrames.p95),
    };
    const fcps = referenceRuns.map((r) => r.fcp).filter((f): f is number => f !== null);
    const ref = {
      fcp: fcps.length === referenceRuns.length ? median(fcps) : null,
      firstFrame: m(referenceRuns, (r) => r.firstFrame),
      tbt: m(referenceRuns, (r) => r.tbt),
      jsBytes: m(referenceRuns, (r) => r.jsBeforeFirstFrameBytes),
      p50: m(referenceRuns, (r) => r.frames.p50),
      p95: m(referenceRuns, (r) => r.frames.p95),
      p99: m(referenceRuns, (r) => r.frames.p99),
    };
    const frame = (v: number) => `${v.toFixed(1)} ms`;
    const lcpRatio = ratio(ours.lcp, ref.firstFrame);
    const tbtRatio = ratio(ours.tbt, ref.tbt);
    const p95Ratio = ratio(ours.p95, ref.p95);
    const rows: Row[] = [
      {
        figure: 'first contentful paint',
        ours: ms(ours.fcp),
        reference: ms(ref.fcp),
        ratio: ratio(ours.fcp, ref.fcp),
        target: '',
        pass: null,
      },
      {
        figure: 'largest contentful paint (title) / ref: first frame',
        ours: ms(ours.lcp),
        reference: ms(ref.firstFrame),
        ratio: lcpRatio,
        target: '≤ 0.5× reference',
        pass: lcpRatio !== null && lcpRatio <= 0.5,
      },
      {
        figure: 'total blocking time (FCP to quiet)',
        ours: ms(ours.tbt),
        reference: ms(ref.tbt),
        ratio: tbtRatio,
        target: '≤ 0.5× reference',
        // With a reference of 0 ms the ratio is undefined: only 0 ms can match it.
        pass: tbtRatio === null ? ours.tbt === 0 : tbtRatio <= 0.5,
      },
      {
        figure: 'first choice possible (title ready) / ref: first frame',
        ours: ms(ours.titleReady),
        reference: ms(ref.firstFrame),
        ratio: ratio(ours.titleReady, ref.firstFrame),
        target: '',
        pass: null,
      },
      {
        figure: "first turn's options (title ready + click-through)",
        ours: `${ms(ours.firstTurn)} (+${ms(ours.clickThrough)})`,
        reference: '—',
        ratio: null,
        target: '',
        pass: null,
      },
      {
        figure: 'JavaScript before first interaction (gzip)',
        ours: kb(ours.jsBytes),
        reference: kb(ref.jsBytes),
        ratio: ratio(ours.jsBytes, ref.jsBytes),
        target: '≤ 100 KB',
        pass: ours.jsBytes <= 100 * 1024,
      },
      {
        figure: `frame time p50 (${FRAME_WINDOW_MS / 1000} s from Decide / ref animating)`,
        ours: frame(ours.p50),
        reference: frame(ref.p50),
        ratio: ratio(ours.p50, ref.p50),
        target: '',
        pass: null,
      },
      {
        figure: 'frame time p95',
        ours: frame(ours.p95),
        reference: frame(ref.p95),
        ratio: p95Ratio,
        target: '≤ 1.2× reference',
        pass: p95Ratio !== null && p95Ratio <= 1.2,
      },
      {
        figure: 'frame time p99',
        ours: frame(ours.p99),
        reference: frame(ref.p99),
        ratio: ratio(ours.p99, ref.p99),
        target: '',
        pass: null,
      },
      {
        // Diagnostic: the window without the frames before the consequences screen first shows
        // (the press itself: resolving the turn and building the new screen).
        figure: '  p95 once the consequences show',
        ours: frame(ours.animationP95),
        reference: frame(ref.p95),
        ratio: ratio(ours.animationP95, ref.p95),
        target: '',
        pass: null,
      },
      {
        figure: `heap without compiled code: after the first game → after ${soaked.turns} turns (${soaked.restarts} games)`,
        ours: `${mb(soaked.afterFirst)} → ${mb(soaked.afterSoak)} (${signed(soaked.changePercent)} %)`,
        reference: '—',
        ratio: null,
        target: 'within ±10 %',
        pass: Math.abs(soaked.changePercent) <= 10,
      },
      {
        figure: '  its trend (least-squares slope × games)',
        ours: `${(soaked.slopeBytesPerRestart / 1024).toFixed(1)} KB/game (${signed(soaked.trendPercent)} %)`,
        reference: '—',
        ratio: null,
        target: '< +5 % of first',
        pass: soaked.trendPercent < 5,
      },
      {
        figure: '  its slope over the second half of the games',
        ours: `${(soaked.lateSlopeBytesPerRestart / 1024).toFixed(1)} KB/game`,
        reference: '—',
        ratio: null,
        target: '',
        pass: null,
      },
      {
        figure: "whole heap, with V8's compiled code (JIT warm-up)",
        ours: `${mb(soaked.total.afterFirst)} → ${mb(soaked.total.afterSoak)} (${signed(soaked.total.changePercent)} %), second half ${(soaked.total.lateSlope / 1024).toFixed(1)} KB/game`,
        reference: '—',
        ratio: null,
        target: '',
        pass: null,
      },
      {
        figure: 'precache (npm run size)',
        ours: size.precacheMb === null ? '—' : `${size.precacheMb.toFixed(2)} MB`,
        reference: '—',
        ratio: null,
        target: '≤ 3 MB',
        pass: size.precacheMb !== null && size.precacheMb <= 3,
      },
      {
        figure: 'loaded before Phaser (npm run size)',
        ours: size.beforePhaserKb === null ? '—' : `${size.beforePhaserKb.toFixed(1)} KB`,
        reference: '—',
        ratio: null,
        target: 'npm run size budget',
        pass: size.passed,
      },
    ];
    const failed = rows.filter((r) => r.pass === false);
    const result = {
      date: new Date().toISOString(),
      machine,
      runs: RUNS,
      calibration,
      network: { profile: 'DevTools Slow 4G', ...SLOW_4G },
      viewport: VIEWPORT,
      frameWindowMs: FRAME_WINDOW_MS,
      medians: { ours, reference: ref },
      rows,
      soak: soaked,
      size,
      gameRuns,
      referenceRuns,
      passed: failed.length === 0,
    };
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, `web-${result.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    if (JSON_OUTPUT) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(
        `machine: ${machine.cpu} × ${machine.cores}, Chromium ${machine.chromium}, Node ${machine.node}; load average ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end`,
      );
      console.log(
        `CPU: this machine scores ${Math.round(calibration.machineScore)} on Lighthouse's BenchmarkIndex; a low-end Chromebook ≈ ${calibration.targetScore} (estimate) → throttling ${calibration.rate.toFixed(2)}× (throttled score ${Math.round(calibration.throttledScore)}; score ÷ target = ${calibration.linearRate.toFixed(2)})`,
      );
      console.log(
        `network: DevTools Slow 4G (${SLOW_4G.latency} ms latency, ${((SLOW_4G.downloadThroughput * 8) / 1e6).toFixed(2)} Mbps down, ${((SLOW_4G.uploadThroughput * 8) / 1e3).toFixed(0)} kbps up); viewport ${VIEWPORT.width}×${VIEWPORT.height}; median of ${RUNS} cold runs each; soak once, unthrottled`,
      );
      console.log('');
      console.log(table(rows));
      console.log('');
      console.log(
        failed.length === 0
          ? `All targets met. Written to ${file}`
          : `${failed.length} target(s) missed: ${failed.map((r) => r.figure).join('; ')}. Written to ${file}`,
      );
    }
    return failed.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await app.close();
    await reference.close();
  }
}

process.exitCode = await main();
