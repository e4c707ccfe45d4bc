// ESLint flat config: the recommended JavaScript and typescript-eslint rules (syntax-only, no type information,
// so `npm run lint` stays fast on a small machine). Type errors are tsc's job (`npm run typecheck`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.index/', '.data/', 'corpus/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding that is deliberately unused (e.g. a Bolt listener's unused args).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Test doubles and JSON from fake servers are loosely typed on purpose; flag new `any` without failing the build.
      '@typescript-eslint/no-explicit-any': 'warn',
      // Escaped brackets and dashes inside character classes keep the punctuation-heavy Chinese patterns readable.
      'no-useless-escape': 'off',
    },
  },
  {
    // Fakes and tests read loosely typed JSON from loopback servers.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
