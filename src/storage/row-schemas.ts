import { createHash } from 'node:crypto';
import { z } from 'zod';
import { storedReferenceSchema } from '../conversations/model';
import { SECTIONS } from '../directory/model';
import { organisationSchema } from '../directory/schema';
import { channelRowSchema } from './table-channel-repository';
import { meetingChangeRowSchema } from './table-meeting-change-repository';
import { preferencesRowSchema } from './table-preferences-repository';
import { rsvpRowSchema } from './table-rsvp-repository';
import { CONTEXT_PARTITION, contextJsonSchema, contextRowSchema } from './table-context-repository';
import { conversationRowSchema, userLinkRowSchema } from './table-conversation-repository';
import {
  directoryJsonRowSchema,
  directoryManifestRowSchema,
  directoryPointerRowSchema,
  directoryRecordSchemas,
} from './table-directory-repository';
import { FORWARD_ROW_KEY, forwardJsonSchema } from './table-forward-repository';
import { outboxRowKeys, outboxRowSchema } from './table-outbox-repository';
import { SEND_SLOTS_PREFIX } from './table-send-slots';
import { statusUpdateRowSchema } from './table-status-repository';
import { safeKey, type Row } from './table-store';
import { auditRowSchema } from './table-directory-audit';
import { previewRowSchema } from './table-directory-previews';
import { TABLES, type TableName } from './tables';

/**
 * Every kind of row of every table, checked against the schema its repository reads it with (and
 * against its keys: a row must sit where its repository would look for it). A row of no known kind
 * is a problem, not a pass. Used by tests to show that no input leaves a malformed row behind.
 */
export type StoredRow = Pick<Row, 'partitionKey' | 'rowKey' | 'data'>;
type RowCheck = (row: StoredRow) => string | undefined;

// Rows whose repositories check their few fields by hand (typeof) rather than with a schema.
const directoryImportRowSchema = z.object({
  state: z.enum(['writing', 'staged', 'complete']),
  startedAt: z.string().min(1),
  switchedAt: z.string().min(1).optional(),
});
const manifestCountsSchema = z.strictObject(
  Object.fromEntries(SECTIONS.map((section) => [section, z.number().int().min(0)])) as Record<
    (typeof SECTIONS)[number],
    z.ZodNumber
  >,
);
const secretRowSchema = z.object({ value: z.string().min(32) });
const throttleRowSchema = z.object({ until: z.number().finite().min(0) });
const sendSlotRowSchema = z.object({ slot: z.number().int().min(0) });
const statusVersion = z.string().regex(/^u\|[^|]+\|[0-9a-f]{32}$/);
const statusKeyRowSchema = z.object({ version: statusVersion });
const statusLatestRowSchema = z.object({ version: statusVersion, at: z.string().min(1) });

const HEX32 = /^[0-9a-f]{32}$/;
/** A key safeKey could have written: no forbidden character, every % an escape. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what may not appear
const SAFE_KEY = /^(?:[^/\\#?\u0000-\u001f\u007f-\u009f%]|%[0-9a-f]{2})+$/;
const safeKeys = (...keys: string[]) => keys.every((key) => SAFE_KEY.test(key));
const sha32 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

function issues(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  return result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
    .join('; ');
}

function parseJson(text: unknown): { value?: unknown; problem?: string } {
  if (typeof text !== 'string') return { problem: 'JSON column is not a string' };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { problem: 'JSON column is not JSON' };
  }
}

/** A JSON column checked with `schema`: the parsed value when valid, else the problem. */
function jsonColumn<T>(schema: z.ZodType<T>, text: unknown): { value?: T; problem?: string } {
  const { value, problem } = parseJson(text);
  if (problem) return { problem };
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : { problem: issues(schema, value) };
}

const first = (...checks: (() => string | undefined)[]) => {
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return undefined;
};

const unknownKind = (row: StoredRow) =>
  `a row of no known kind (${row.partitionKey} / ${row.rowKey})`;

const checks: Record<TableName, RowCheck> = {
  directory: (row) => {
    if (row.partitionKey === '_pointer')
      return row.rowKey === 'current'
        ? issues(directoryPointerRowSchema, row.data)
        : unknownKind(row);
    if (row.partitionKey === '_imports') return issues(directoryImportRowSchema, row.data);
    if (!row.partitionKey.startsWith('v_')) return unknownKind(row);
    if (row.rowKey === '~manifest') {
      return first(
        () => issues(directoryManifestRowSchema, row.data),
        () => jsonColumn(manifestCountsSchema, row.data.counts).problem,
      );
    }
    if (row.rowKey === 'organisation')
      return first(
        () => issues(directoryJsonRowSchema, row.data),
        () => jsonColumn(organisationSchema, row.data.json).problem,
      );
    const [section, ...rest] = row.rowKey.split(':');
    if (!rest.length || !(section! in directoryRecordSchemas)) return unknownKind(row);
    const schema: z.ZodType<{ id: string }> =
      directoryRecordSchemas[section as keyof typeof directoryRecordSchemas];
    const record = jsonColumn(schema, row.data.json);
    if (!record.value) return issues(directoryJsonRowSchema, row.data) ?? record.problem;
    return safeKey(record.value.id) === rest.join(':')
      ? undefined
      : `record ${record.value.id} stored under ${row.rowKey}`;
  },

  conversations: (row) => {
    const key = /^(.*)\|([0-9a-f]{32})$/s.exec(row.rowKey);
    if (!key) return unknownKind(row);
    const columns = conversationRowSchema.safeParse(row.data);
    if (!columns.success) return issues(conversationRowSchema, row.data);
    const reference = jsonColumn(storedReferenceSchema, columns.data.reference);
    if (!reference.value) return `reference: ${reference.problem}`;
    const { conversation, user } = reference.value;
    if (sha32(conversation.id) !== key[2]) return 'row key does not hash its conversation id';
    if (safeKey(user?.aadObjectId ?? '') !== key[1]) return 'row key is not its user';
    if (safeKey(conversation.tenantId || '_') !== row.partitionKey)
      return 'partition is not its tenant';
    return undefined;
  },

  userlinks: (row) =>
    safeKeys(row.partitionKey, row.rowKey) ? issues(userLinkRowSchema, row.data) : unknownKind(row),

  context: (row) => {
    if (row.partitionKey !== CONTEXT_PARTITION || !HEX32.test(row.rowKey)) return unknownKind(row);
    return first(
      () => issues(contextRowSchema, row.data),
      () =>
        row.data.json === '' ? undefined : jsonColumn(contextJsonSchema, row.data.json).problem,
      () =>
        Number.isNaN(Date.parse(String(row.data.expiresAt))) ? 'expiresAt is no time' : undefined,
    );
  },

  settings: (row) => {
    if (row.partitionKey === 'secret' && safeKeys(row.rowKey))
      return issues(secretRowSchema, row.data);
    if (row.partitionKey === 'throttle' && row.rowKey === 'connector')
      return issues(throttleRowSchema, row.data);
    if (row.partitionKey.startsWith(SEND_SLOTS_PREFIX) && /^\d{1,4}$/.test(row.rowKey))
      return issues(sendSlotRowSchema, row.data);
    return unknownKind(row);
  },

  forwards: (row) => {
    if (!HEX32.test(row.partitionKey) || row.rowKey !== 'forward') return unknownKind(row);
    const forward = jsonColumn(forwardJsonSchema, row.data.json);
    if (!forward.value) return forward.problem;
    return forward.value.id === row.partitionKey ? undefined : 'forward id is not its partition';
  },

  outbox: (row) => {
    if (row.rowKey === FORWARD_ROW_KEY) {
      // A forwarded question, in the partition of its outbox rows.
      const forward = jsonColumn(forwardJsonSchema, row.data.json);
      if (!forward.value) return forward.problem;
      return `forward-${forward.value.id}` === row.partitionKey
        ? undefined
        : 'forward id is not its partition';
    }
    const parsed = outboxRowSchema.safeParse(row.data);
    if (!parsed.success) return issues(outboxRowSchema, row.data);
    if (safeKey(parsed.data.meetingId) !== row.partitionKey) return 'partition is not its meeting';
    if (outboxRowKeys(parsed.data).rowKey !== row.rowKey) return 'row key is not its entry';
    return jsonColumn(z.array(z.unknown()), parsed.data.history).problem;
  },

  rsvps: (row) =>
    safeKeys(row.partitionKey, row.rowKey) ? issues(rsvpRowSchema, row.data) : unknownKind(row),

  preferences: (row) =>
    row.partitionKey === 'person' && safeKeys(row.rowKey)
      ? issues(preferencesRowSchema, row.data)
      : unknownKind(row),

  meetingchanges: (row) => {
    if (row.partitionKey !== 'change') return unknownKind(row);
    const parsed = meetingChangeRowSchema.safeParse(row.data);
    if (!parsed.success) return issues(meetingChangeRowSchema, row.data);
    return safeKey(parsed.data.meetingId) === row.rowKey ? undefined : 'row key is not its meeting';
  },

  channels: (row) => {
    if (row.partitionKey !== 'body' || !safeKeys(row.rowKey)) return unknownKind(row);
    const parsed = channelRowSchema.safeParse(row.data);
    if (!parsed.success) return issues(channelRowSchema, row.data);
    const reference = jsonColumn(storedReferenceSchema, parsed.data.reference);
    return reference.problem && `reference: ${reference.problem}`;
  },

  statusupdates: (row) => {
    if (row.rowKey === 'latest') return issues(statusLatestRowSchema, row.data);
    if (/^k\|[0-9a-f]{32}$/.test(row.rowKey)) return issues(statusKeyRowSchema, row.data);
    if (!statusVersion.safeParse(row.rowKey).success) return unknownKind(row);
    const parsed = statusUpdateRowSchema.safeParse(row.data);
    if (!parsed.success) return issues(statusUpdateRowSchema, row.data);
    if (safeKey(parsed.data.goalId) !== row.partitionKey) return 'partition is not its goal';
    return row.rowKey.startsWith(`u|${parsed.data.at}|`) ? undefined : 'row key is not its time';
  },

  directoryaudit: (row) => {
    if (row.partitionKey !== 'imports' || !/^\d{13}-\S+$/.test(row.rowKey)) return unknownKind(row);
    return issues(auditRowSchema, row.data);
  },

  directorypreviews: (row) => {
    if (row.rowKey !== 'preview') return unknownKind(row);
    const parsed = previewRowSchema.safeParse(row.data);
    if (!parsed.success) return issues(previewRowSchema, row.data);
    return safeKey(parsed.data.id) === row.partitionKey ? undefined : 'partition is not its id';
  },
};

/** The tables validateRow knows (all of TABLES; a test holds it to that). */
export const VALIDATED_TABLES: readonly string[] = Object.keys(checks);

/** Why `row` of logical table `table` breaks its schema; undefined when it is well-formed. */
export function validateRow(table: string, row: StoredRow): string | undefined {
  const check = (checks as Record<string, RowCheck | undefined>)[table];
  if (!check) return `no schema for table ${table}`;
  return check(row);
}

/**
 * validateRow for every row of a table, and what rows of one partition promise each other: the
 * status pointers (`k|…`, `latest`) name an update that exists, each update has one key row and
 * a `latest`; the directory pointer names a complete snapshot.
 */
export function validateTable(table: string, rows: StoredRow[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const problem = validateRow(table, row);
    if (problem) problems.push(`${table} ${row.partitionKey} / ${row.rowKey}: ${problem}`);
  }
  const at = (row: StoredRow) => `${table} ${row.partitionKey} / ${row.rowKey}`;
  const has = (partitionKey: string, rowKey: string) =>
    rows.some((row) => row.partitionKey === partitionKey && row.rowKey === rowKey);
  if (table === TABLES.statusUpdates) {
    for (const row of rows) {
      const version = row.data.version;
      if ((row.rowKey === 'latest' || row.rowKey.startsWith('k|')) && typeof version === 'string')
        if (!has(row.partitionKey, version)) problems.push(`${at(row)}: points at no ${version}`);
      if (!row.rowKey.startsWith('u|')) continue;
      const keys = rows.filter(
        (other) =>
          other.partitionKey === row.partitionKey &&
          other.rowKey.startsWith('k|') &&
          other.data.version === row.rowKey,
      );
      if (keys.length !== 1) problems.push(`${at(row)}: ${keys.length} key rows, not one`);
      if (!has(row.partitionKey, 'latest')) problems.push(`${at(row)}: no latest pointer`);
    }
  }
  if (table === TABLES.directory) {
    for (const row of rows.filter((row) => row.partitionKey === '_pointer')) {
      const version = String(row.data.version);
      const entry = rows.find((r) => r.partitionKey === '_imports' && r.rowKey === version);
      if (entry?.data.state !== 'complete') problems.push(`${at(row)}: import not complete`);
      if (!has(`v_${version}`, '~manifest')) problems.push(`${at(row)}: snapshot has no manifest`);
    }
  }
  return problems;
}
