// One lint configuration for the whole workspace.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');
const i18next = require('eslint-plugin-i18next');

module.exports = tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      'apps/web/src/gql/**',
      '.data/**',
      'e2e/test-results/**',
      'e2e/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'apps/api/test/**/*.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Every word a person reads goes through i18next (apps/web/src/i18n): text in JSX and the
    // props that Mantine and the DOM show or read aloud. Strings elsewhere (labels built in .ts
    // files) are caught in review; the translation test checks that keys exist in every language.
    files: ['apps/web/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'label',
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'alt',
              'title',
              'placeholder',
              'description',
              'error',
              'message',
              'nothingFoundMessage',
              'emptyMessage',
              'tooltip',
              'confirmLabel',
              'cancelLabel',
              'showLabel',
              'loadingLabel',
              'heading',
            ],
          },
          // Not words: paths, single lower-case tokens (a variant, a key), the brand name, signs.
          words: { exclude: ['Principle Six', '/\\S*', '[a-z][\\w.:-]*', '[0-9!-/:-@[-`{-~·–—…✓×↑↓→←\\s]+'] },
        },
      ],
    },
  },
  {
    // The API documentation page (/graphiql) is for developers, in English like the schema's
    // descriptions and GraphiQL's own interface around it: not translated.
    files: ['apps/web/src/graphiql/**/*.tsx'],
    rules: { 'i18next/no-literal-string': 'off' },
  },
  {
    files: ['**/*.cjs', 'eslint.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
