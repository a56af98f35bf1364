import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.node/**',
      '.data/**',
      'dist/**',
      'bin/**',
      'src/storage/embedded/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through src/config.ts only.',
        },
      ],
    },
  },
  {
    // Proactive messages go through the outbox (src/reminders/proactive-sender.ts) only.
    files: ['src/**/*.ts'],
    ignores: ['src/app.ts', 'src/reminders/proactive-sender.ts', 'src/teams/messenger.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/teams/messenger', './messenger'],
              message:
                'Send proactive messages by writing an outbox row; only the ProactiveSender uses the Messenger.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/config.ts', 'tests/**', 'bench/**', 'scripts/**', 'src/cli/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='only']", message: 'No .only in tests.' },
      ],
    },
  },
);
