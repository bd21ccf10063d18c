import 'i18next';
import type { EN_RESOURCES } from './resources';

// Typed keys: a misspelt key in `t('…')` is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: typeof EN_RESOURCES;
  }
}
