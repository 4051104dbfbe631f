import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const FEATURES = ['community', 'events', 'media', 'overview', 'people', 'stars'];

/** Browser code never reaches node: no node built-ins (by exact name: `events` is also a feature folder), no node tools (src/cli). */
const NODE_BUILTINS = builtinModules.map((name) => ({
  name,
  message: 'browser code must not import node built-ins: node tools live in src/cli/.',
}));
const BROWSER_ONLY = [
  { group: ['node:*'], message: 'browser code must not import node built-ins: node tools live in src/cli/.' },
  { group: ['@/cli', '@/cli/*', '**/cli', '**/cli/*'], message: 'browser code must not import src/cli/ (node tools).' },
];
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { paths: NODE_BUILTINS, patterns: [...BROWSER_ONLY, ...patterns] }] });

export default tseslint.config(
  { ignores: ['eslint.config.js', 'dist', 'node_modules', 'test/e2e/.artifacts', 'test/bench/.out', 'public/boot.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.browser,
    },
  },
  reactHooks.configs.flat['recommended-latest'],
  jsxA11y.flatConfigs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: data renders as text.' },
      ],
    },
  },
  { files: ['src/**'], rules: restrict([]) },
  {
    // Imports run one way: components and lib know nothing of features; features do not import each other.
    files: ['src/components/**', 'src/lib/**'],
    rules: restrict([
      {
        group: ['@/features/*', '@/app/*', '../features/*', '../../features/*'],
        message: 'components/ and lib/ must not import features or app.',
      },
    ]),
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict([
      { group: ['@/app/*'], message: 'features must not import app.' },
      {
        group: FEATURES.filter((f) => f !== feature).flatMap((f) => [`@/features/${f}/*`, `../../${f}/*`, `../${f}/*`]),
        message: 'features do not import each other: move what they share to lib/ or components/.',
      },
    ]),
  })),
  {
    // Node tools: the CLIs and the Vite plugins (and the Vite config that loads them) run in node, not in the page.
    files: ['src/cli/**', 'vite.config.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests read JSON fixtures and drive node:test, whose describe/it return promises; they run in node and jsdom.
    files: ['test/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-assertions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
