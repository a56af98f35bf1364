import { z } from 'zod';
import type { DirectoryPreview, PreviewRepository } from '../directory/upload/previews';
import { AppError, ErrorCodes, isAppError } from '../errors';
import type { TableStore } from './table-store';
import { safeKey } from './table-store';
import { TABLES } from './tables';

/* directorypreviews: PK <preview id>, RK "preview" -> the preview; settled with its ETag. */
export const previewRowSchema = z.object({
  id: z.string().min(1),
  staged: z.string().min(1),
  base: z.string(),
  importer: z.string().min(1),
  importerName: z.string(),
  source: z.enum(['teams', 'restore']),
  fileName: z.string(),
  size: z.number().int().min(0),
  createdAt: z.string().min(1),
  expiresAt: z.string().min(1),
  summary: z.string(),
  state: z.enum(['open', 'confirmed', 'discarded']),
  settledBy: z.string().optional(),
  settledAt: z.string().optional(),
});

const keysOf = (id: string) => ({ partitionKey: safeKey(id), rowKey: 'preview' });

export class TableDirectoryPreviews implements PreviewRepository {
  constructor(private readonly store: TableStore) {}

  async create(preview: DirectoryPreview): Promise<void> {
    await this.store.insert(TABLES.directoryPreviews, keysOf(preview.id), rowOf(preview));
  }

  async get(id: string): Promise<{ preview: DirectoryPreview; etag: string } | undefined> {
    const row = await this.store.get(TABLES.directoryPreviews, keysOf(id));
    if (!row) return undefined;
    const parsed = previewRowSchema.safeParse(row.data);
    if (!parsed.success)
      throw new AppError(ErrorCodes.STORAGE_ROW_INVALID, 'stored directory preview is invalid');
    return { preview: parsed.data, etag: row.etag };
  }

  async settle(
    id: string,
    etag: string,
    change: Pick<DirectoryPreview, 'state' | 'settledBy' | 'settledAt'>,
  ): Promise<boolean> {
    const current = await this.get(id);
    if (!current) return false;
    try {
      await this.store.replace(
        TABLES.directoryPreviews,
        keysOf(id),
        rowOf({ ...current.preview, ...change }),
        etag,
      );
      return true;
    } catch (error) {
      if (
        isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED) ||
        isAppError(error, ErrorCodes.STORAGE_CONFLICT)
      )
        return false;
      throw error;
    }
  }
}

function rowOf(preview: DirectoryPreview): Record<string, string | number> {
  const data: Record<string, string | number> = { ...preview };
  for (const key of ['settledBy', 'settledAt'] as const)
    if (data[key] === undefined) delete data[key];
  return data;
}
