// Lint rules, every one an error. Beside the usual TypeScript, React hooks and accessibility checks, they hold the
// layers as the README draws them: imports flow one way, app → features → components → data → analytics → import →
// domain (cli may use import, analytics and domain); no React or DOM below data; no feature imports another; and
// code outside domain, analytics and import reaches them through their index.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

/** Top to bottom: a layer may import only from the layers after it. */
const LAYERS = ['app', 'features', 'components', 'data', 'analytics', 'import', 'domain'];
/** Below these, nothing knows about React or the page. */
const CORE = ['domain', 'import', 'analytics'];
/** Folders with a public entry (index.ts): other folders import from it, not from the files behind it. */
const WITH_ENTRY = ['domain', 'import', 'analytics'];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = LAYERS.flatMap((layer, index) => {
  const above = [...LAYERS.slice(0, index), ...(layer === 'app' ? [] : ['cli'])];
  return above.length === 0
    ? []
    : [
        {
          target: `./src/${layer}`,
          from: above.map((upper) => `./src/${upper}`),
          message: `Imports flow app → features → components → data → analytics → import → domain: ${layer} must not import from a layer above it.`,
        },
      ];
});

const cliZone = {
  target: './src/cli',
  from: ['./src/app', './src/features', './src/components', './src/data'],
  message: 'The command line may use import, analytics and domain only.',
};

const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'No feature imports another feature: move what two features share down a layer.',
}));

const entryZones = WITH_ENTRY.map((folder) => ({
  target: `./src/!(${folder})/**/*`,
  from: `./src/${folder}`,
  except: ['./index.ts'],
  message: `Import ${folder} through its public entry, src/${folder}/index.ts.`,
}));

const REACT_AND_PAGE = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  'recharts',
  '@tanstack/*',
  'govuk-frontend',
  'idb',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'scratch',
      'public',
      'src/domain/*.generated.ts',
      'tests/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, cliZone, ...featureZones, ...entryZones] }],
      'import-x/no-cycle': 'off',
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A table that scrolls sideways sits in a labelled region that takes focus, so a keyboard can scroll it
      // (WCAG 2.1.1); a tab panel takes focus as the GOV.UK tabs do; a chart is one tab stop, an image with a label
      // that describes it.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region', 'tabpanel', 'img'], tags: [] }],
      // Tables that stack on a phone keep their table roles written out: display: block drops them in some browsers.
      'jsx-a11y/no-redundant-roles': [
        'error',
        { table: ['table'], thead: ['rowgroup'], tbody: ['rowgroup'], tr: ['row'], th: ['columnheader', 'rowheader'] },
      ],
      'jsx-a11y/no-interactive-element-to-noninteractive-role': [
        'error',
        { tr: ['row'], td: ['cell'], th: ['columnheader', 'rowheader'] },
      ],
    },
  },
  {
    // The rules of hooks and complete dependency lists. The plugin's React Compiler rules are left for the day the
    // compiler is adopted: they flag the deliberate keep-the-last-value refs in useDataset and the clash search.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: CORE.map((folder) => `src/${folder}/**/*.ts`),
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: REACT_AND_PAGE, message: 'No React or page code in domain, import or analytics.' }] },
      ],
    },
  },
);
