import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CONTEXT_TTL_MS } from '../questions/context';
import type { ContextRepository } from '../questions/context-repository';
import { QUESTION_KINDS, type ConversationContext } from '../questions/understand';
import type { TableStore } from './table-store';
import { TABLES } from './tables';

/*
 * context: PK sha256(conversation id) (32 hex), RK "last" -> { json, expiresAt }
 * Last writer wins on purpose: the newest question in a conversation is the context.
 */
const refPattern = /^(actors|people|bodies|fields|goals|meetings)\/.+$/;
export const contextJsonSchema = z.object({
  subject: z.string().regex(refPattern).optional(),
  kind: z.enum(QUESTION_KINDS),
  candidates: z.array(z.string().regex(refPattern)).max(10).optional(),
});
export const contextRowSchema = z.object({ json: z.string(), expiresAt: z.string() });

export class TableContextRepository implements ContextRepository {
  constructor(
    private readonly options: { store: TableStore; clock?: () => Date; ttlMs?: number },
  ) {}

  private keys(conversationId: string) {
    return {
      partitionKey: createHash('sha256').update(conversationId).digest('hex').slice(0, 32),
      rowKey: 'last',
    };
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  async get(conversationId: string): Promise<ConversationContext | undefined> {
    const row = await this.options.store.get(TABLES.context, this.keys(conversationId));
    const parsed = row ? contextRowSchema.safeParse(row.data) : undefined;
    if (!parsed?.success || Date.parse(parsed.data.expiresAt) <= this.now().getTime())
      return undefined;
    try {
      const context = contextJsonSchema.safeParse(JSON.parse(parsed.data.json));
      return context.success ? (context.data as ConversationContext) : undefined;
    } catch {
      return undefined;
    }
  }

  async set(conversationId: string, context: ConversationContext | undefined): Promise<void> {
    const keys = this.keys(conversationId);
    if (!context) {
      await this.options.store.delete(TABLES.context, keys);
      return;
    }
    const expiresAt = new Date(
      this.now().getTime() + (this.options.ttlMs ?? CONTEXT_TTL_MS),
    ).toISOString();
    await this.options.store.upsert(TABLES.context, keys, {
      json: JSON.stringify(context),
      expiresAt,
    });
  }
}
