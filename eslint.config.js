import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports go one way, following the data flow: data → i18n → state → map/components → app. The
 * data layer may name the Locale type (its names come in both languages) but not the texts.
 */
const layerRules = [
  { from: 'src/data', forbid: ['**/i18n/messages*', '**/i18n/format*', '**/state/**', '**/map/**', '**/components/**', '**/app/**'] },
  { from: 'src/i18n', forbid: ['**/state/**', '**/map/**', '**/components/**', '**/app/**', '**/export/**'] },
  // The camera is the map's, but plain numbers the URL also holds: the one map module state may read.
  { from: 'src/state', forbid: [{ group: ['**/map/**', '!**/map/camera.ts', '**/components/**', '**/app/**'] }] },
  { from: 'src/map', forbid: ['**/components/**', '**/app/**', '**/export/**'] },
  { from: 'src/export', forbid: ['**/components/**', '**/app/**'] },
  { from: 'src/components', forbid: ['**/map/**', '**/app/**', 'maplibre-gl'] },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  ...layerRules.map(({ from, forbid }) => ({
    files: [`${from}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: forbid }] },
  })),
);
