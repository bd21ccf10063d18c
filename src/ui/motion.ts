import type { MotionPreference } from '../state';

/** The in-game switch wins; "system" follows the device's prefers-reduced-motion. */
export function prefersReducedMotion(preference: MotionPreference): boolean {
  if (preference !== 'system') return preference === 'reduce';
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
