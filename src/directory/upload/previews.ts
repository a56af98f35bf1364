/**
 * A directory waiting to be confirmed: the staged snapshot, the version it was prepared on (its
 * base; the confirm switches only if that is still in force), who sent it, and until when.
 */
export interface DirectoryPreview {
  id: string;
  staged: string;
  /** The version in force when the preview was made; '' when there was none. */
  base: string;
  importer: string;
  importerName: string;
  source: 'teams' | 'restore';
  fileName: string;
  size: number;
  createdAt: string;
  expiresAt: string;
  summary: string;
  state: 'open' | 'confirmed' | 'discarded';
  /** Once confirmed: by whom and when. */
  settledBy?: string;
  settledAt?: string;
}

export interface PreviewRepository {
  create(preview: DirectoryPreview): Promise<void>;
  get(id: string): Promise<{ preview: DirectoryPreview; etag: string } | undefined>;
  /**
   * Marks an open preview confirmed or discarded, only if it was not settled meanwhile (its ETag):
   * false when another press came first.
   */
  settle(
    id: string,
    etag: string,
    change: Pick<DirectoryPreview, 'state' | 'settledBy' | 'settledAt'>,
  ): Promise<boolean>;
}

/** How long a preview can be confirmed. */
export const PREVIEW_TTL_MS = 30 * 60_000;
