import pino, { type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Write to stderr (CLI) so that command output on stdout stays clean. */
  toStderr?: boolean;
}

/**
 * Structured JSON logs. Personal data (names, e-mail addresses, message text) and tokens are never
 * passed to the logger; ids that could identify a person are redacted as a second line of defence.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { app: 'kokobot' },
      redact: {
        paths: [
          'email',
          '*.email',
          'text',
          '*.text',
          'aadObjectId',
          '*.aadObjectId',
          'authorization',
          '*.authorization',
          'password',
          '*.password',
          'connectionString',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: options.toStderr ? 2 : 1, sync: true }),
  );
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
