import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The Bot Framework SDK and the card templating are imported under src/teams/ only. */
const BOTBUILDER = {
  group: [
    'botbuilder',
    'botbuilder/**',
    'botbuilder-*',
    'botbuilder-*/**',
    'botframework-*',
    'botframework-*/**',
    'adaptivecards-templating',
    'adaptivecards-templating/**',
  ],
  message:
    'botbuilder lives in src/teams/ only: import what you need from src/teams (kokobot types and functions).',
};

/** Proactive messages go through the outbox (src/reminders/proactive-sender.ts) only. */
const MESSENGER = {
  group: ['**/teams/messenger', './messenger'],
  message:
    'Send proactive messages by writing an outbox row; only the ProactiveSender uses the Messenger.',
};

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
    // botbuilder stays at the edge: features, storage, HTTP and CLI see kokobot's own types only.
    files: ['src/**/*.ts'],
    ignores: ['src/teams/**', 'src/reminders/proactive-sender.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BOTBUILDER, MESSENGER] }] },
  },
  {
    files: ['src/reminders/proactive-sender.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BOTBUILDER] }] },
  },
  {
    files: ['src/teams/**/*.ts'],
    ignores: ['src/teams/messenger.ts', 'src/teams/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MESSENGER] }] },
  },
  {
    files: ['src/config.ts', 'tests/**', 'bench/**', 'scripts/**', 'src/cli/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Preloaded into node processes by tests (plain CommonJS, no TypeScript loader yet).
    files: ['tests/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', module: 'writable' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
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
