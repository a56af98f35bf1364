import { z } from 'zod';
import { storedReferenceSchema } from '../conversations/model';
import { ErrorCodes, isAppError } from '../errors';
import type { ForwardRepository, ForwardedQuestion } from '../questions/forward-repository';
import type { RowData, TableStore } from './table-store';
import { TABLES } from './tables';

/* forwards: PK <forward id> (32 hex), RK "forward" -> { json } replaced with its ETag */
export const forwardJsonSchema = z.object({
  id: z.string().regex(/^[a-f0-9]{32}$/),
  question: z.string().max(2000),
  askerName: z.string().max(200),
  askerReference: storedReferenceSchema,
  language: z.enum(['de', 'en']),
  status: z.enum(['open', 'answered']),
  answeredBy: z.string().max(200).optional(),
  answer: z.string().max(4000).optional(),
  deliveries: z.array(
    z.object({
      personId: z.string(),
      reference: storedReferenceSchema,
      activityId: z.string().optional(),
    }),
  ),
});

const keys = (id: string) => ({ partitionKey: id, rowKey: 'forward' });
const toData = (forward: ForwardedQuestion): RowData => {
  const { etag: _etag, ...rest } = forward;
  return { json: JSON.stringify(rest) };
};

export class TableForwardRepository implements ForwardRepository {
  constructor(private readonly store: TableStore) {}

  async create(forward: ForwardedQuestion): Promise<boolean> {
    try {
      forward.etag = await this.store.insert(TABLES.forwards, keys(forward.id), toData(forward));
      return true;
    } catch (error) {
      if (isAppError(error, ErrorCodes.STORAGE_CONFLICT)) return false;
      throw error;
    }
  }

  async get(id: string): Promise<ForwardedQuestion | undefined> {
    const row = await this.store.get(TABLES.forwards, keys(id));
    if (!row || typeof row.data.json !== 'string') return undefined;
    try {
      const parsed = forwardJsonSchema.safeParse(JSON.parse(row.data.json));
      return parsed.success ? { ...parsed.data, etag: row.etag } : undefined;
    } catch {
      return undefined;
    }
  }

  async saveDeliveries(forward: ForwardedQuestion): Promise<void> {
    // Only the deliveries change here; re-apply them to whatever is stored now.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await this.get(forward.id);
      if (!current) return;
      try {
        forward.etag = await this.store.replace(
          TABLES.forwards,
          keys(forward.id),
          toData({ ...current, deliveries: forward.deliveries }),
          current.etag!,
        );
        return;
      } catch (error) {
        if (!isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED)) throw error;
      }
    }
  }

  async markAnswered(
    forward: ForwardedQuestion,
    answeredBy: string,
    answer: string,
  ): Promise<boolean> {
    if (forward.status === 'answered' || !forward.etag) return false;
    try {
      const updated: ForwardedQuestion = { ...forward, status: 'answered', answeredBy, answer };
      forward.etag = await this.store.replace(
        TABLES.forwards,
        keys(forward.id),
        toData(updated),
        forward.etag,
      );
      Object.assign(forward, updated);
      return true;
    } catch (error) {
      if (isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED)) return false;
      throw error;
    }
  }
}
