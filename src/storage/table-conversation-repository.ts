import { createHash } from 'node:crypto';
import { z } from 'zod';
import type {
  ConversationRecord,
  ConversationRepository,
  SaveOutcome,
} from '../conversations/model';
import { conversationTypeSchema, storedReferenceSchema } from '../conversations/model';
import { AppError, ErrorCodes, isAppError } from '../errors';
import type { RowData, TableStore } from './table-store';
import { safeKey } from './table-store';
import { TABLES } from './tables';

/*
 * conversations: PK <tenantId>, RK <aadObjectId>|<sha256(conversation id), 32 hex>
 * userlinks:     PK <tenantId>, RK <aadObjectId> -> { personId }
 */
export const conversationRowSchema = z.object({
  conversationType: conversationTypeSchema,
  reference: z.string(),
  personId: z.string(),
  stale: z.boolean(),
  updatedAt: z.string(),
});
export const userLinkRowSchema = z.object({ personId: z.string().min(1) });

const tenantKey = (tenantId: string) => safeKey(tenantId || '_');
const rowKeyOf = (aadObjectId: string, conversationId: string) =>
  `${safeKey(aadObjectId)}|${createHash('sha256').update(conversationId).digest('hex').slice(0, 32)}`;

export class TableConversationRepository implements ConversationRepository {
  constructor(private readonly options: { store: TableStore; clock?: () => Date }) {}

  private now(): string {
    return (this.options.clock?.() ?? new Date()).toISOString();
  }

  async save(record: Omit<ConversationRecord, 'stale' | 'updatedAt'>): Promise<SaveOutcome> {
    const { store } = this.options;
    const keys = {
      partitionKey: tenantKey(record.tenantId),
      rowKey: rowKeyOf(record.aadObjectId, record.reference.conversation.id),
    };
    const data: RowData = {
      conversationType: record.conversationType,
      reference: JSON.stringify(record.reference),
      personId: record.personId ?? '',
      stale: false,
      updatedAt: this.now(),
    };
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const existing = await store.get(TABLES.conversations, keys);
      try {
        if (!existing) {
          await store.insert(TABLES.conversations, keys, data);
          return 'written';
        }
        const current = conversationRowSchema.safeParse(existing.data);
        if (
          current.success &&
          !current.data.stale &&
          current.data.reference === data.reference &&
          current.data.personId === data.personId &&
          current.data.conversationType === data.conversationType
        ) {
          return 'unchanged'; // no write on every message
        }
        await store.replace(TABLES.conversations, keys, data, existing.etag);
        return 'written';
      } catch (error) {
        // Another instance wrote meanwhile: read again and re-apply.
        if (
          isAppError(error, ErrorCodes.STORAGE_CONFLICT) ||
          isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED)
        )
          continue;
        throw error;
      }
    }
    throw new AppError(
      ErrorCodes.STORAGE_PRECONDITION_FAILED,
      'conversation reference kept changing; not saved',
    );
  }

  async listForUser(tenantId: string, aadObjectId: string): Promise<ConversationRecord[]> {
    const rows = await this.options.store.query(TABLES.conversations, {
      partitionKey: tenantKey(tenantId),
      rowKeyPrefix: `${safeKey(aadObjectId)}|`,
    });
    return this.toRecords(tenantId, rows);
  }

  async personalChatOf(
    tenantId: string,
    personId: string,
  ): Promise<ConversationRecord | undefined> {
    const rows = await this.options.store.query(TABLES.conversations, {
      partitionKey: tenantKey(tenantId),
    });
    return this.toRecords(tenantId, rows)
      .filter(
        (record) =>
          record.personId === personId && record.conversationType === 'personal' && !record.stale,
      )
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  }

  async personalChatOfPerson(personId: string): Promise<ConversationRecord | undefined> {
    const rows = await this.options.store.query(TABLES.conversations, {
      filters: [
        { field: 'personId', op: 'eq', value: personId },
        { field: 'conversationType', op: 'eq', value: 'personal' },
        { field: 'stale', op: 'eq', value: false },
      ],
    });
    const records = rows.flatMap((row) =>
      this.toRecords(row.partitionKey === '_' ? '' : row.partitionKey, [row]),
    );
    return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  }

  async markStale(record: ConversationRecord): Promise<void> {
    const keys = {
      partitionKey: tenantKey(record.tenantId),
      rowKey: rowKeyOf(record.aadObjectId, record.reference.conversation.id),
    };
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const row = await this.options.store.get(TABLES.conversations, keys);
      if (!row || row.data.stale === true) return;
      try {
        await this.options.store.replace(
          TABLES.conversations,
          keys,
          { ...row.data, stale: true, updatedAt: this.now() },
          row.etag,
        );
        return;
      } catch (error) {
        if (!isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED)) throw error;
      }
    }
  }

  private toRecords(
    tenantId: string,
    rows: { rowKey: string; data: RowData }[],
  ): ConversationRecord[] {
    return rows.flatMap((row) => {
      const parsed = conversationRowSchema.safeParse(row.data);
      if (!parsed.success) return [];
      const reference = storedReferenceSchema.safeParse(safeJson(parsed.data.reference));
      if (!reference.success) return [];
      return [
        {
          tenantId,
          aadObjectId: reference.data.user?.aadObjectId ?? row.rowKey.split('|')[0] ?? '',
          conversationType: parsed.data.conversationType,
          reference: reference.data,
          personId: parsed.data.personId || undefined,
          stale: parsed.data.stale,
          updatedAt: parsed.data.updatedAt,
        },
      ];
    });
  }

  async linkedPerson(tenantId: string, aadObjectId: string): Promise<string | undefined> {
    const row = await this.options.store.get(TABLES.userLinks, {
      partitionKey: tenantKey(tenantId),
      rowKey: safeKey(aadObjectId),
    });
    const parsed = row ? userLinkRowSchema.safeParse(row.data) : undefined;
    return parsed?.success ? parsed.data.personId : undefined;
  }

  async link(tenantId: string, aadObjectId: string, personId: string): Promise<void> {
    await this.options.store.upsert(
      TABLES.userLinks,
      { partitionKey: tenantKey(tenantId), rowKey: safeKey(aadObjectId) },
      { personId, updatedAt: this.now() },
    );
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
