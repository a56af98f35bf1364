import { z } from 'zod';
import { translator, type Language } from '../../i18n';
import type { Logger } from '../../logging';
import type { Reply } from '../../teams/reply';
import type { DirectoryLinks, DirectoryFileFormat } from './directory-links';
import { allowedUrl } from './file-download';
import type { DirectoryUploads } from './upload-service';

/**
 * „Verzeichnis herunterladen“ in a personal chat through Teams' file consent flow: the offer's
 * context is signed like a download link (version, format, expiry), so an accept can only upload
 * what kokobot offered, to a coordinator, while the offer is fresh. The bot then puts the file into
 * the upload session Teams gives (the user's OneDrive) and answers with the file.
 */
const contextSchema = z.object({
  v: z.string().min(1).max(64),
  f: z.enum(['xlsx', 'yaml']),
  e: z.string().regex(/^\d{1,15}$/),
  t: z.string().min(1).max(128),
});
const uploadInfoSchema = z.object({
  name: z.string().min(1).max(256),
  uploadUrl: z.string().min(1).max(4096),
  contentUrl: z.string().min(1).max(4096),
  uniqueId: z.string().min(1).max(256),
  fileType: z.string().max(32).default(''),
});

export class DirectoryFileConsent {
  constructor(
    private readonly options: {
      uploads: DirectoryUploads;
      links: DirectoryLinks;
      file: (version: string, format: DirectoryFileFormat) => Promise<Buffer | undefined>;
      allowLocalHttp: boolean;
      logger: Logger;
    },
  ) {}

  /** The signed context an offer carries. */
  contextFor(version: string, format: DirectoryFileFormat): Record<string, string> | undefined {
    const url = this.options.links.urlFor(version, format);
    if (!url) return undefined;
    const query = new URL(url).searchParams;
    return { v: version, f: format, e: query.get('e')!, t: query.get('t')! };
  }

  async accept(input: {
    context: unknown;
    uploadInfo: unknown;
    personId: string | undefined;
    language: Language;
  }): Promise<Reply> {
    const t = translator(input.language);
    const asker = await this.options.uploads.coordinator(input.personId, input.language);
    if ('refusal' in asker) return { kind: 'text', text: asker.refusal };
    const context = contextSchema.safeParse(input.context);
    const info = uploadInfoSchema.safeParse(input.uploadInfo);
    const version =
      context.success &&
      this.options.links.verify(
        context.data.f,
        new URLSearchParams({ v: context.data.v, e: context.data.e, t: context.data.t }),
      );
    if (!context.success || !info.success || !version)
      return { kind: 'text', text: t('upload.consent.stale') };
    if (!allowedUrl(info.data.uploadUrl, this.options.allowLocalHttp))
      return { kind: 'text', text: t('upload.consent.failed') };
    const bytes = await this.options.file(version, context.data.f);
    if (!bytes) return { kind: 'text', text: t('upload.restore.gone', { number: 1, kept: 10 }) };
    try {
      const response = await fetch(info.data.uploadUrl, {
        method: 'PUT',
        redirect: 'manual',
        headers: {
          'content-length': String(bytes.byteLength),
          'content-range': `bytes 0-${bytes.byteLength - 1}/${bytes.byteLength}`,
        },
        body: new Uint8Array(bytes),
        signal: AbortSignal.timeout(20_000),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status < 200 || response.status >= 300) throw new Error(`${response.status}`);
    } catch (error) {
      this.options.logger.warn({ err: { message: String(error) } }, 'directory file not uploaded');
      return { kind: 'text', text: t('upload.consent.failed') };
    }
    return {
      kind: 'text',
      text: t('upload.consent.done', { name: info.data.name }),
      file: {
        name: info.data.name,
        contentUrl: info.data.contentUrl,
        uniqueId: info.data.uniqueId,
        fileType: info.data.fileType || context.data.f,
      },
    };
  }

  decline(language: Language): Reply {
    return { kind: 'text', text: translator(language)('upload.consent.declined') };
  }
}
