import type { Scenario } from '../content';
import type { I18n } from '../i18n';
import type { GameStore, RootState } from '../state';

/** What every screen needs: the store to read and call, and the translator. */
export interface UiContext {
  readonly store: GameStore;
  readonly i18n: I18n;
  /** Translates a key that arrives as data (scenario text, engine messages). */
  tx(text: { key: string; params?: Readonly<Record<string, string | number>> } | string): string;
  /** Says something to screen-reader users through the live region. */
  announce(message: string): void;
  /** Opens the glossary, on one term when given. */
  openGlossary(termId?: string): void;
}

export interface ScreenView {
  readonly element: HTMLElement;
  /** Element to focus when the screen appears (normally its heading). */
  readonly focusTarget: HTMLElement;
  dispose?(): void;
  /**
   * Shows new data in place, keeping the elements that did not change; false when it cannot, and
   * the screen is drawn anew instead.
   */
  update?(state: RootState): boolean;
}

export type ScreenRenderer = (
  ctx: UiContext,
  state: RootState,
  scenario: Scenario | undefined,
) => ScreenView;
