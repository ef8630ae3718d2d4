import { createRequire } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports go one way, following the data flow: data → i18n → state → map/components → app. The
 * data layer may name the Locale type (its names come in both languages) but not the texts; the
 * order of names is the data layer's own (data/collator.ts), so its lists sort as the views do.
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

/**
 * What ships is what src/ runs. A browser file may run only the packages of "dependencies"; the
 * build-time code in scripts/ (the dataset's zod schemas and CSV parsing, the world's features)
 * and the devDependencies may be named for their types only (`import type`, erased by the build).
 */
const { devDependencies } = createRequire(import.meta.url)('./package.json');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const buildOnlyImports = [
  {
    group: ['**/scripts/**'],
    allowTypeImports: true,
    message: 'scripts/ is build-time code: a browser file may only `import type` from it (the dataset types are in src/data/dataset.ts).',
  },
  {
    regex: `^(${Object.keys(devDependencies).map(escapeRegExp).join('|')})(/|$)`,
    allowTypeImports: true,
    message: 'a devDependency does not ship: a browser file may only `import type` from it (move a package the browser runs to "dependencies").',
  },
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
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: buildOnlyImports }],
      // `import { type A } from 'x'` still loads x (verbatimModuleSyntax keeps `import {} from 'x'`):
      // only `import type` keeps a build-time module out of the bundle.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
);
