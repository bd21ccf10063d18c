/**
 * Loads the browser's number and list formatting data (ICU) off the page's main thread. That data
 * belongs to the whole page, not to this worker: once it is loaded here, the game's first
 * formatter costs next to nothing, where it used to block the page for 0.1–0.2 s in one piece on
 * a Chromebook-class CPU (measured with npm run bench:web's throttling). Started by boot.ts.
 */
export interface WarmIntlRequest {
  /** The locale numbers are written in (numberLocale), and the interface language for lists. */
  readonly numbers: string;
  readonly lists: string;
}

self.onmessage = (event: MessageEvent<WarmIntlRequest>) => {
  try {
    new Intl.NumberFormat(event.data.numbers).format(0);
    new Intl.ListFormat(event.data.lists).format(['a', 'b']);
  } finally {
    self.close();
  }
};
