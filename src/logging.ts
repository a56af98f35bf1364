import fs from 'node:fs';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Write to stderr (CLI) so that command output on stdout stays clean. */
  toStderr?: boolean;
  /** JSON lines (default: for log collectors) or one readable line per entry (a terminal). */
  format?: 'json' | 'pretty';
}

/** LOG_FORMAT resolved: unset means pretty on a terminal and JSON when the output is piped. */
export function resolveLogFormat(
  format: 'json' | 'pretty' | 'auto',
  stream: { isTTY?: boolean },
): 'json' | 'pretty' {
  if (format !== 'auto') return format;
  return stream.isTTY ? 'pretty' : 'json';
}

const LEVEL_LABELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** One pino JSON line as `HH:MM:SS LEVEL message  key=value …` (local time). */
export function prettyLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const { level, time, msg, app: _app, ...fields } = entry;
  const clock = new Date(typeof time === 'number' ? time : Date.now()).toTimeString().slice(0, 8);
  const label = (LEVEL_LABELS[Number(level)] ?? 'INFO').padEnd(5);
  const rest = Object.entries(fields)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `${clock} ${label} ${typeof msg === 'string' ? msg : ''}${rest ? `  ${rest}` : ''}\n`;
}

/*
 * Formatted in this thread and written synchronously: pino-pretty as a transport would run a worker
 * thread (its own heap) for what is a few lines a minute on a terminal.
 */
function prettyDestination(fd: number): DestinationStream {
  return { write: (line: string) => void fs.writeSync(fd, prettyLine(line)) };
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
    options.format === 'pretty'
      ? prettyDestination(options.toStderr ? 2 : 1)
      : pino.destination({ fd: options.toStderr ? 2 : 1, sync: true }),
  );
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
