// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'coverage/', 'bench/results.json', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', window: 'readonly', document: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Office.js lives only in the Office adapter (DESIGN.md): keep the domain pure.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Excel', 'OfficeExtension', 'window', 'document', 'process'],
      'no-restricted-imports': ['error', { patterns: ['fs', 'path', 'node:*', 'react', '**/workbook/**', '**/taskpane/**', '**/cli/**'] }],
    },
  },
);
