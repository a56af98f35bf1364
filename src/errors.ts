/**
 * The one catalogue of error codes. Every error the app raises on purpose is an AppError with one
 * of these codes; anything else is a bug and is logged as such by the turn-error handler.
 */
export const ErrorCodes = {
  CONFIG_INVALID: 'CONFIG_INVALID',
  DIRECTORY_INVALID: 'DIRECTORY_INVALID',
  DIRECTORY_MISSING: 'DIRECTORY_MISSING',
  DIRECTORY_CONCURRENT_IMPORT: 'DIRECTORY_CONCURRENT_IMPORT',
  /** A confirmed preview whose base is no longer the directory in force. */
  DIRECTORY_CHANGED: 'DIRECTORY_CHANGED',
  STORAGE_CONFLICT: 'STORAGE_CONFLICT',
  STORAGE_PRECONDITION_FAILED: 'STORAGE_PRECONDITION_FAILED',
  STORAGE_UNAVAILABLE: 'STORAGE_UNAVAILABLE',
  STORAGE_ROW_INVALID: 'STORAGE_ROW_INVALID',
  EMBEDDED_STORAGE_FAILED: 'EMBEDDED_STORAGE_FAILED',
  MANIFEST_INVALID: 'MANIFEST_INVALID',
  USAGE: 'USAGE',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface AppErrorOptions {
  /** Located details (e.g. one line per validation problem); safe to print to an operator. */
  details?: readonly string[];
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly string[];

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details ?? [];
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
