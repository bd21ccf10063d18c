// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports of another layer, written relative to a file inside src/<layer>/. */
const layer = (...names) => ({
  regex: `^(\\.\\./)+(${names.join('|')})(/.*)?$`,
  message: `This layer may not import ${names.join(', ')} (see DESIGN.md: who may import whom).`,
});
const packages = (...names) => ({
  regex: `^(${names.join('|')})(/.*)?$`,
  message: `This layer may not use ${names.join(', ')} (see DESIGN.md: who may import whom).`,
});
/** Other layers use the engine through its public index, never its internals. */
const engineInternals = {
  regex: '^(\\.\\./)+engine/.+$',
  message: 'Import the engine through its index (src/engine/index.ts), not its internal files.',
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      '.shoot.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Text is data, never markup: use textContent or h().' },
        { property: 'outerHTML', message: 'Text is data, never markup.' },
        { property: 'insertAdjacentHTML', message: 'Text is data, never markup.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      ...restrict(
        layer('content', 'state', 'i18n', 'scenes', 'ui', 'main'),
        packages('phaser', 'zustand', 'i18next'),
      ),
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Randomness comes from the seeded PRNG in the game state.',
        },
        { object: 'Date', property: 'now', message: 'The engine is pure: time is not an input.' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'Date'],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: restrict(
      layer('state', 'i18n', 'scenes', 'ui', 'main'),
      packages('phaser', 'zustand', 'i18next'),
      engineInternals,
    ),
  },
  {
    files: ['src/state/**/*.ts'],
    rules: restrict(
      layer('i18n', 'scenes', 'ui', 'main'),
      packages('phaser', 'i18next'),
      engineInternals,
    ),
  },
  {
    files: ['src/scenes/**/*.ts'],
    rules: restrict(layer('ui', 'main'), engineInternals),
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: restrict(layer('scenes', 'main'), packages('phaser'), engineInternals),
  },
  {
    // Every word a player reads goes through i18next: no literal interface text in the views.
    files: ['src/ui/**/*.ts', 'src/scenes/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='h'] > Literal[value=/[A-Z]|[a-z] [a-z]/]",
          message: 'Interface text must come from a translation key (t(…)), not a literal.',
        },
        {
          selector:
            'AssignmentExpression[left.property.name=/^(textContent|title|placeholder)$/] > Literal[value=/[A-Za-z]{3,}/]',
          message: 'Interface text must come from a translation key (t(…)), not a literal.',
        },
        {
          selector:
            "Property[key.value=/^(aria-label|title|placeholder|alt)$/][value.type='Literal'][value.value=/[A-Za-z]{3,}/]",
          message: 'Interface text must come from a translation key (t(…)), not a literal.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(text|setText)$/] > Literal[value=/[A-Za-z]{3,}/]',
          message: 'Text drawn on the canvas must come from a translation key, not a literal.',
        },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: restrict(
      layer('engine', 'content', 'state', 'scenes', 'ui', 'main'),
      packages('phaser', 'zustand'),
    ),
  },
);
