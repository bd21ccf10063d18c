import 'i18next';
import type { Resources } from './resources';

// Typed keys: a misspelt key in `t('…')` is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: Resources;
  }
}
