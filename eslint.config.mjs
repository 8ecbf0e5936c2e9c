// ESLint (flat config): typescript-eslint with type information, so that promise rules such as
// no-floating-promises — an unawaited Word.run or context.sync() loses errors silently in office-js —
// see the types; React's hooks rules for the pane. Formatting is Prettier's business, not ESLint's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    ignores: [
      'dist/**',
      'dist-cli/**',
      'node_modules/**',
      'coverage/**',
      'test-artifacts/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Word's text carries control characters the readers must match on purpose: U+0001 for a picture or
      // footnote mark, U+000B for a manual line break, U+001F for an optional hyphen.
      'no-control-regex': 'off',
      // Our service interfaces (the pane's services, the CLI's io, zod's validators) declare function
      // members in method syntax but none of them uses `this`; passing them around is safe.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests and the fake of Word's API: JSON parsed from CLI output is `any` by nature, and the fake's
    // async methods imitate Office's promise API without awaiting anything.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts', 'src/word/fake/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/demo/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
