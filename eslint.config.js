import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/**
 * Layers (docs/architecture.md): app composes features; features use the shared layers and never
 * each other; lib, components, types and config know nothing of the store, features or the app.
 * Zones see through `@/` paths (the resolver reads tsconfig.app.json).
 */
const ZONES = [
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features never import other features: share it through lib/, hooks/ or the store.',
  })),
  {
    target: ['./src/lib', './src/components', './src/types', './src/config'],
    from: ['./src/stores', './src/features', './src/app'],
    message: 'Shared layers must not import the store, features or the app.',
  },
  {
    target: ['./src/features', './src/hooks', './src/stores', './src/api'],
    from: './src/app',
    message: 'Only the app composes; nothing imports it.',
  },
  {
    target: ['./src/hooks', './src/stores', './src/api'],
    from: './src/features',
    message: 'Shared layers must not import features.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      // Data must render as text only.
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text only.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render data as text only.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: [
      'scripts/**/*.{ts,mjs,js}',
      'e2e/**/*.ts',
      'bench/**/*.{ts,mjs,js}',
      'tools/**/*.ts',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
