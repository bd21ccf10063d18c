export const SCREENS = ['title', 'setup', 'briefing', 'turn', 'consequences', 'ending'] as const;
export type Screen = (typeof SCREENS)[number];

export function isScreen(value: unknown): value is Screen {
  return typeof value === 'string' && (SCREENS as readonly string[]).includes(value);
}
