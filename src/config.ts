import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { AppError, ErrorCodes } from './errors';
import { isGuid } from './guid';
import { languageFromLocale, type Language } from './i18n/index';
import { DEMO_DIRECTORY_FILE } from './paths';

/**
 * Every setting kokobot reads, with its doc and default. This is the only module that touches
 * process.env; everything else receives the frozen Config. The README's configuration table
 * mirrors this schema.
 */
const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());

const envSchema = z.object({
  PORT: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'must be a whole number between 1 and 65535' })
      .int('must be a whole number between 1 and 65535')
      .min(1, 'must be a whole number between 1 and 65535')
      .max(65535, 'must be a whole number between 1 and 65535')
      .default(3978),
  ),
  KOKOBOT_HOST: optionalString.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F.:]+$|^localhost$/, 'must be an IP address such as 127.0.0.1 or 0.0.0.0')
      .optional(),
  ),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.preprocess(
    emptyToUndefined,
    z
      .enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'], {
        error: 'must be SingleTenant, MultiTenant or UserAssignedMSI',
      })
      .default('SingleTenant'),
  ),
  MicrosoftAppTenantId: optionalString,
  KOKOBOT_ALLOWED_TENANTS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .optional()
      .transform((value, context) => {
        const entries = (value ?? '').split(',').map((entry) => entry.trim());
        const listed = entries.filter((entry) => entry !== '');
        const wrong = entries.findIndex((entry) => entry !== '' && !isGuid(entry));
        if (wrong >= 0) {
          context.addIssue({
            code: 'custom',
            message: `must be Microsoft Entra tenant IDs (GUIDs) separated by commas; entry ${wrong + 1}, "${entries[wrong]}", is not a GUID`,
          });
          return z.NEVER;
        }
        return [...new Set(listed.map((entry) => entry.toLowerCase()))];
      }),
  ),
  TABLES_CONNECTION_STRING: optionalString,
  TABLES_ACCOUNT_URL: optionalString.pipe(
    z.url({ error: 'must be a URL such as https://<account>.table.core.windows.net' }).optional(),
  ),
  KOKOBOT_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./.data')),
  KOKOBOT_DIRECTORY: z.preprocess(emptyToUndefined, z.string().default(DEMO_DIRECTORY_FILE)),
  KOKOBOT_PUBLIC_URL: optionalString.pipe(
    z
      .url({
        protocol: /^https?$/,
        error: "must be the bot's public base URL, e.g. https://kokobot.example.org",
      })
      .optional(),
  ),
  KOKOBOT_SEND_RATE: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'must be a whole number of messages per second between 1 and 1000' })
      .int('must be a whole number of messages per second between 1 and 1000')
      .min(1, 'must be a whole number of messages per second between 1 and 1000')
      .max(1000, 'must be a whole number of messages per second between 1 and 1000')
      .default(50),
  ),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
  LOG_FORMAT: z.preprocess(
    emptyToUndefined,
    z
      .enum(['json', 'pretty'], { error: 'must be json or pretty (unset: pretty on a terminal)' })
      .optional(),
  ),
  // The language of what the service itself tells the person who started it (POSIX order).
  LC_ALL: optionalString,
  LC_MESSAGES: optionalString,
  LANG: optionalString,
});

export type BotCredentials =
  | { mode: 'local' }
  | {
      mode: 'authenticated';
      appId: string;
      appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
      password?: string;
      tenantId?: string;
    };

export type TableStorageConfig =
  | { kind: 'connection-string'; connectionString: string }
  | { kind: 'account-url'; accountUrl: string }
  | { kind: 'embedded'; dataDir: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly credentials: BotCredentials;
  /** Microsoft Entra tenant IDs (lower case) whose activities are answered; empty = any tenant. */
  readonly allowedTenants: readonly string[];
  readonly storage: TableStorageConfig;
  readonly directoryFile: string;
  readonly logLevel: string;
  /** json, pretty, or auto: pretty when stdout is a terminal, JSON otherwise. */
  readonly logFormat: 'json' | 'pretty' | 'auto';
  /** The language of the service's own messages to an operator (LC_ALL, LC_MESSAGES, LANG). */
  readonly operatorLanguage: Language;
  /** Proactive messages per second and tenant, across all instances (Teams allows 50). */
  readonly sendRatePerSecond: number;
  /** Base of links the bot hands out (calendar files); in local mode the listening address. */
  readonly publicUrl?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function configError(variable: string, problem: string): AppError {
  return new AppError(ErrorCodes.CONFIG_INVALID, `Configuration error: ${variable} ${problem}.`);
}

/** Reads `.env` (if present) under the real environment; variables already set win. */
export function readEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  envFile = path.resolve('.env'),
): Record<string, string | undefined> {
  let fromFile: Record<string, string> = {};
  if (fs.existsSync(envFile)) {
    fromFile = parseEnv(fs.readFileSync(envFile, 'utf8')) as Record<string, string>;
  }
  return { ...fromFile, ...env };
}

/**
 * A single-tenant bot (SingleTenant, UserAssignedMSI) answers its own tenant unless told otherwise:
 * with KOKOBOT_ALLOWED_TENANTS unset the list is MicrosoftAppTenantId, never "every tenant".
 */
function allowedTenants(listed: string[], credentials: BotCredentials): string[] {
  if (listed.length > 0 || credentials.mode === 'local') return listed;
  if (credentials.appType === 'MultiTenant' || !credentials.tenantId) return listed;
  return [credentials.tenantId.toLowerCase()];
}

/** Pure: raw variables in, frozen Config out, or an AppError whose message names the variable. */
export function parseConfig(raw: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const shown = raw[variable];
    const got =
      shown === undefined || /PASSWORD|CONNECTION_STRING/i.test(variable)
        ? ''
        : ` (got "${shown}")`;
    throw configError(variable, `${issue.message}${got}`);
  }
  const env = result.data;

  let credentials: BotCredentials = { mode: 'local' };
  if (env.MicrosoftAppId) {
    if (env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      throw configError(
        'MicrosoftAppPassword',
        `must be set when MicrosoftAppId is set and MicrosoftAppType is ${env.MicrosoftAppType}`,
      );
    }
    if (env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
      throw configError(
        'MicrosoftAppTenantId',
        `must be set when MicrosoftAppType is ${env.MicrosoftAppType}`,
      );
    }
    credentials = {
      mode: 'authenticated',
      appId: env.MicrosoftAppId,
      appType: env.MicrosoftAppType,
      password: env.MicrosoftAppPassword,
      tenantId: env.MicrosoftAppTenantId,
    };
  } else if (env.MicrosoftAppPassword) {
    throw configError('MicrosoftAppId', 'must be set when MicrosoftAppPassword is set');
  }

  const host = env.KOKOBOT_HOST ?? (credentials.mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  if (credentials.mode === 'local' && !LOOPBACK.has(host)) {
    throw configError(
      'KOKOBOT_HOST',
      `is ${host}, but without Bot Framework credentials (MicrosoftAppId) kokobot only listens on 127.0.0.1, because nobody's tokens would be checked`,
    );
  }

  if (env.TABLES_CONNECTION_STRING && env.TABLES_ACCOUNT_URL) {
    throw configError(
      'TABLES_ACCOUNT_URL',
      'cannot be set together with TABLES_CONNECTION_STRING; choose one',
    );
  }
  if (
    env.TABLES_CONNECTION_STRING &&
    !/AccountName=|TableEndpoint=|UseDevelopmentStorage=true/i.test(env.TABLES_CONNECTION_STRING)
  ) {
    throw configError(
      'TABLES_CONNECTION_STRING',
      'is not an Azure Storage connection string (it needs AccountName=… or TableEndpoint=…)',
    );
  }
  const storage: TableStorageConfig = env.TABLES_CONNECTION_STRING
    ? { kind: 'connection-string', connectionString: env.TABLES_CONNECTION_STRING }
    : env.TABLES_ACCOUNT_URL
      ? { kind: 'account-url', accountUrl: env.TABLES_ACCOUNT_URL }
      : { kind: 'embedded', dataDir: path.resolve(env.KOKOBOT_DATA_DIR) };

  return Object.freeze({
    port: env.PORT,
    host,
    credentials: Object.freeze(credentials),
    allowedTenants: Object.freeze(allowedTenants(env.KOKOBOT_ALLOWED_TENANTS, credentials)),
    storage: Object.freeze(storage),
    directoryFile: path.resolve(env.KOKOBOT_DIRECTORY),
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT ?? 'auto',
    operatorLanguage: languageFromLocale(
      (env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG)?.split('.')[0],
    ),
    sendRatePerSecond: env.KOKOBOT_SEND_RATE,
    publicUrl: env.KOKOBOT_PUBLIC_URL?.replace(/\/$/, ''),
  });
}

const localeSchema = z.object({
  LC_ALL: optionalString,
  LC_MESSAGES: optionalString,
  LANG: optionalString,
});

/**
 * The language of messages to the operator (the CLI), from the POSIX locale: LC_ALL, then
 * LC_MESSAGES, then LANG, as gettext reads them. German unless it says English.
 */
export function operatorLanguage(
  raw: Record<string, string | undefined> = readEnvironment(),
): Language {
  const parsed = localeSchema.safeParse(raw);
  if (!parsed.success) return 'de';
  const { LC_ALL, LC_MESSAGES, LANG } = parsed.data;
  return languageFromLocale(LC_ALL ?? LC_MESSAGES ?? LANG);
}

export function loadConfig(): Config {
  return parseConfig(readEnvironment());
}
