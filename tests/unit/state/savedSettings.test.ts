import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/state/settingsSlice';
import { savedDisplaySettings, savedLanguage, STORAGE_KEY } from '../../../src/state/savedSettings';

function storageHolding(value: string | null, fails = false): Storage {
  return {
    getItem: (key: string) => {
      if (fails) throw new DOMException('The operation is insecure.', 'SecurityError');
      return key === STORAGE_KEY ? value : null;
    },
  } as Storage;
}

const defaults = {
  motion: DEFAULT_SETTINGS.motion,
  textSize: DEFAULT_SETTINGS.textSize,
  contrast: DEFAULT_SETTINGS.contrast,
};

describe('settings read before the game loads', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the saved language and display settings', () => {
    const save = {
      state: { settings: { language: 'de', textSize: 200, contrast: 'high', motion: 'reduce' } },
      version: 3,
    };
    vi.stubGlobal('localStorage', storageHolding(JSON.stringify(save)));
    expect(savedLanguage()).toBe('de');
    expect(savedDisplaySettings()).toEqual({ motion: 'reduce', textSize: 200, contrast: 'high' });
  });

  it('uses the default for each value that is not one the game offers', () => {
    const save = { state: { settings: { textSize: 175, contrast: 'high', motion: '<b>' } } };
    vi.stubGlobal('localStorage', storageHolding(JSON.stringify(save)));
    expect(savedDisplaySettings()).toEqual({ ...defaults, contrast: 'high' });
  });

  it.each([
    ['no save', null, false],
    ['broken JSON', '{"state":', false],
    ['JSON null', 'null', false],
    ['settings not an object', '{"state":{"settings":"big"}}', false],
    ['storage switched off', null, true],
  ])('falls back to the defaults with %s', (_, value, fails) => {
    vi.stubGlobal('localStorage', storageHolding(value, fails));
    expect(savedDisplaySettings()).toEqual(defaults);
    expect(savedLanguage()).toBeUndefined();
  });
});
