import type { DisplaySettings } from '../state/savedSettings';
import { prefersReducedMotion } from './motion';

/**
 * Puts the player's text size, contrast and motion on the page's root element, where the styles
 * read them. Called by the page's entry before the first paint and by the interface on each change.
 */
export function applyDisplaySettings(settings: DisplaySettings): void {
  const page = document.documentElement;
  page.dataset.motion = prefersReducedMotion(settings.motion) ? 'reduce' : 'full';
  // Text size scales every rem-based length; the canvas keeps its own scale.
  page.style.fontSize = `${settings.textSize}%`;
  page.dataset.contrast = settings.contrast;
  page.toggleAttribute('data-large-text', settings.textSize >= 150);
}
