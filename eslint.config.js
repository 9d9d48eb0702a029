// Lint: typescript-eslint's recommended rules over the game, tools, scripts and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-output/', 'assets/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JavaScript scripts run in Node, and some pass functions to the browser (page.evaluate), so both
    // sets of globals appear. TypeScript files get this checking from the compiler instead.
    files: ['scripts/**/*.mjs', '.ci/**'],
    rules: { 'no-undef': 'off' },
  },
);
