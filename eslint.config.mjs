// @ts-check
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettierConfig from 'eslint-config-prettier';
import { globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A zone library: the clock runs on the calendar compiled at build time
 * (`src/loaders/calendar-compiler.ts`), so nothing the browser, the receiver or the CLI load needs one.
 */
const zoneLibrary = {
  group: ['luxon', 'luxon/*'],
  message:
    'the clock runs on the compiled calendar: zone arithmetic happens at build time in src/loaders/calendar-compiler.ts; write moments with src/domain/local-time.ts or Intl.',
};

/** What `src/domain/` may not import: it is plain TypeScript that every outlet calls, never the other way round. */
const outsideDomain = [
  zoneLibrary,
  {
    group: ['astro:*', 'astro', 'astro/*'],
    message: 'src/domain/ is plain TypeScript: read content in src/loaders/ and pass it in.',
  },
  {
    group: ['node:*'],
    message:
      'src/domain/ runs in the browser too: do file and process work in the receiver, a CLI or a loader.',
  },
  {
    group: [
      '**/wizard/**',
      '**/islands/**',
      '**/receiver/**',
      '**/cli/**',
      '**/pages/**',
      '**/components/**',
      '**/loaders/**',
      '**/layouts/**',
    ],
    message: 'src/domain/ is the core the outlets call: it must not import them.',
  },
  {
    group: ['preact', 'preact/*'],
    message: 'src/domain/ has no UI: components live in src/wizard/ or src/components/.',
  },
];

/** Browser globals the domain must not touch (it runs in Node too). */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'HTMLElement',
  'customElements',
  'fetch',
].map((name) => ({
  name,
  message: 'src/domain/ runs in Node and the browser: take what you need as an argument.',
}));

export default tseslint.config(
  globalIgnores([
    'dist/',
    '.astro/',
    '.tmp/',
    'node_modules/',
    'bench-results/',
    'test/fixtures/**/content/',
    '**/*.d.ts',
  ]),
  { languageOptions: { globals: { ...globals.nodeBuiltin } } },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  { files: ['**/*.astro', '**/*.mjs', '**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['src/**/*.tsx', 'src/wizard/**', 'src/components/**/*.ts', 'src/islands/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettierConfig,
  {
    rules: {
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          ignoreRestSiblings: true,
          destructuredArrayIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          argsIgnorePattern: '^_',
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests read JSON answers and rows without declaring their shape first; the assertions check them.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/wizard/**', 'src/islands/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [zoneLibrary] }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: outsideDomain }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
);
