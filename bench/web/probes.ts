/**
 * Functions that run in the benchmarked page (Playwright serializes them with toString): each is
 * self-contained, with no import and no reference to anything outside its own body.
 */

export type LongTask = { start: number; duration: number };

/** What the probes collect in the page, read by the bench after each step. */
export type PageProbe = {
  longTasks: LongTask[];
  lcp: { time: number; size: number; element: string } | null;
  /** When each awaited element was first seen usable (ms since navigation), by name. */
  seen: Record<string, number>;
  frames: number[];
  framesDone: boolean;
  windowStart: number | null;
};

/**
 * Installed before any script of the page runs (addInitScript), so the observers see the whole
 * load: long tasks, largest contentful paint, and the first frame in which the title screen's
 * "Play this scenario" button is visible and enabled ("title") and in which the first turn's
 * options are visible ("options"). Elements are checked in the first animation frame after a DOM
 * change, so a time is that of the frame that shows the element, not of the script that made it.
 * The context's locale is English (en-US), so the button's text is the English one.
 */
export function installProbes(): void {
  const probe: PageProbe = {
    longTasks: [],
    lcp: null,
    seen: {},
    frames: [],
    framesDone: false,
    windowStart: null,
  };
  (window as unknown as { __bench: PageProbe }).__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1) as
      (PerformanceEntry & { size: number; element: Element | null }) | undefined;
    if (!last) return;
    const element = last.element;
    const name = element
      ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`
      : '(removed)';
    probe.lcp = { time: last.startTime, size: last.size, element: name };
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  const shown = (element: Element | null | undefined): boolean => {
    if (!element || !element.checkVisibility()) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const watches: [string, () => boolean][] = [
    [
      'title',
      () =>
        Array.from(document.querySelectorAll<HTMLButtonElement>('.title-screen button')).some(
          (b) => b.textContent?.trim() === 'Play this scenario' && !b.disabled && shown(b),
        ),
    ],
    ['options', () => shown(document.querySelector('input[name="option"]'))],
    ['consequences', () => document.getElementById('app')?.dataset.screen === 'consequences'],
  ];
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      const now = performance.now();
      for (const [name, test] of watches)
        if (!(name in probe.seen) && test()) probe.seen[name] = now;
      if (watches.every(([name]) => name in probe.seen)) observer.disconnect();
    });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * Records every requestAnimationFrame timestamp from now until `windowMs` after the window opens
 * (the bench waits for `framesDone`). The window opens at the next `startOn` event (e.g. the
 * pointerdown of a press on Decide), or at once when `startOn` is null; `windowStart` keeps when.
 * The frames before it are kept too: a frame time is the gap between two frames, and the first
 * frame of the window is measured from the last one before it — the press's own work included.
 */
export function startFrameRecording(options: { windowMs: number; startOn: string | null }): void {
  const probe = (window as unknown as { __bench: PageProbe }).__bench;
  probe.frames = [];
  probe.framesDone = false;
  probe.windowStart = null;
  const open = () => {
    probe.windowStart = performance.now();
  };
  if (options.startOn === null) open();
  else document.addEventListener(options.startOn, open, { capture: true, once: true });
  const tick = (time: number) => {
    probe.frames.push(time);
    if (probe.windowStart !== null && time - probe.windowStart >= options.windowMs)
      probe.framesDone = true;
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Plays one whole game of a built-in scenario from the title screen — Play this scenario, Start
 * with the defaults, Begin the first turn, then for each turn the first affordable option, Decide
 * and Next turn (or See how it ended) — and returns to the title ("Key Decisions"). It presses the
 * page's own buttons from inside the page: the same handlers as a player's clicks, without a test
 * driver's round trips, so a long soak takes minutes, not a quarter of an hour. Returns the number
 * of turns played.
 */
export async function playGame(scenarioId: string): Promise<number> {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const until = async <T>(find: () => T | null | undefined | false, what: string): Promise<T> => {
    const start = performance.now();
    for (;;) {
      const found = find();
      if (found) return found;
      if (performance.now() - start > 30_000) throw new Error(`soak: no ${what} after 30 s`);
      await nextFrame();
    }
  };
  const screen = () => document.getElementById('app')?.dataset.screen ?? '';
  const button = (label: RegExp) =>
    Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => !b.disabled && label.test(b.textContent?.trim() ?? ''),
    );
  const press = async (label: RegExp) => (await until(() => button(label), String(label))).click();

  (
    await until(
      () => document.querySelector<HTMLButtonElement>(`button[data-scenario="${scenarioId}"]`),
      'scenario card',
    )
  ).click();
  await press(/^Start$/);
  await press(/^Begin the first turn$/);
  let turns = 0;
  for (;;) {
    const now = await until(
      () => (screen() === 'turn' || screen() === 'ending') && screen(),
      'turn',
    );
    if (now === 'ending') break;
    (
      await until(
        () =>
          Array.from(document.querySelectorAll<HTMLInputElement>('input[name="option"]')).find(
            (input) => !input.disabled,
          ),
        'affordable option',
      )
    ).click();
    await press(/^Decide$/);
    await until(() => screen() === 'consequences', 'consequences');
    await press(/^(Next turn|See how it ended)$/);
    await until(() => screen() !== 'consequences', 'next screen');
    turns += 1;
  }
  (await until(() => document.querySelector<HTMLButtonElement>('button.brand'), 'brand')).click();
  await until(() => document.querySelector('.title-screen'), 'title screen');
  return turns;
}

/**
 * A CPU and memory speed score on the scale of Lighthouse's "BenchmarkIndex" (the "CPU/Memory
 * Power" of its reports), computed the way Lighthouse describes it (core/lib/page-functions.js,
 * computeBenchmarkIndex; docs/throttling.md): the average of two rates, each divided by 10 —
 * how many times a second a 10,000-character string can be built one character at a time (heavy
 * on the garbage collector), and how many times a second 100,000 integers can be copied from one
 * array to another (no garbage). Each part runs for half a second.
 */
export function benchmarkIndex(): number {
  const PART_MS = 500;
  let start = performance.now();
  let strings = 0;
  while (performance.now() - start < PART_MS) {
    let s = '';
    for (let j = 0; j < 10_000; j += 1) s += 'a';
    // Uses the result, so the loop cannot be optimized away.
    if (s.length === 1) throw new Error('unreachable');
    strings += 1;
  }
  const gcScore = strings / 10 / ((performance.now() - start) / 1000);

  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 100_000; i += 1) a[i] = b[i] = i;
  start = performance.now();
  let copies = 0;
  // Reads the clock every tenth copy only, as Lighthouse does (a clock read per copy skews it).
  while (copies % 10 !== 0 || performance.now() - start < PART_MS) {
    const from = copies % 2 === 0 ? a : b;
    const to = copies % 2 === 0 ? b : a;
    for (let j = 0; j < from.length; j += 1) to[j] = from[j]!;
    copies += 1;
  }
  const copyScore = copies / 10 / ((performance.now() - start) / 1000);
  return (gcScore + copyScore) / 2;
}
