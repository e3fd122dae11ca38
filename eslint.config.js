import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', 'bench/scratch/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['better-sqlite3', 'pg'], message: 'only src/store/ imports a database driver' },
          ],
        },
      ],
    },
  },
  {
    // The launcher and scripts are plain JavaScript run by Node.
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The parser finds and removes control characters on purpose.
    files: ['src/parse/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/store/**', 'test/**', 'bench/**', 'eval/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
