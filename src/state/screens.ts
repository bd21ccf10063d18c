export const SCREENS = [
  'title',
  'setup',
  'briefing',
  'turn',
  'consequences',
  'ending',
  /** The facilitator's projector: its own setup and steps, read from the session. */
  'facilitator',
  /** A result link someone shared, rebuilt by the engine. */
  'result',
] as const;
export type Screen = (typeof SCREENS)[number];

export function isScreen(value: unknown): value is Screen {
  return typeof value === 'string' && (SCREENS as readonly string[]).includes(value);
}
