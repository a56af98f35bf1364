import type { Config } from '../config';
import type { DirectoryService } from '../directory/directory-service';
import {
  DIRECTORY_FILE_FORMATS,
  DirectoryLinks,
  type DirectoryFileFormat,
} from '../directory/upload/directory-links';
import { DirectoryFileConsent } from '../directory/upload/file-consent';
import { writeWorkbook } from '../directory/workbook';
import { directoryYaml } from '../directory/yaml-write';
import { downloadFile } from '../directory/upload/file-download';
import { DirectoryHistory } from '../directory/upload/history';
import { DirectoryUploadHandler } from '../directory/upload/upload-handler';
import { DirectoryUploads, MAX_UPLOAD_BYTES } from '../directory/upload/upload-service';
import { translator } from '../i18n';
import type { HttpServerOptions } from '../http/server';
import type { Logger } from '../logging';
import type { AppOverrides } from './overrides';
import type { Repositories } from './storage';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How long the download of a file sent in Teams may take. */
const DOWNLOAD_TIMEOUT_MS = 20_000;

/** The directory kept by the coordinators in Teams: upload, preview, confirm, history, download. */
export async function wireDirectoryUpload(options: {
  config: Config;
  overrides: AppOverrides;
  repositories: Repositories;
  directory: DirectoryService;
  logger: Logger;
  listenUrl: () => string | undefined;
  clock?: () => Date;
}) {
  const { config, overrides, repositories, directory, logger, clock } = options;
  const local = config.credentials.mode === 'local' || !!overrides.forceLocalMode;
  const links = new DirectoryLinks({
    secret: await repositories.settings.sharedSecret('directory-links'),
    baseUrl: () => config.publicUrl ?? (local ? options.listenUrl() : undefined),
    clock,
  });
  const uploads = new DirectoryUploads({
    directory,
    repository: repositories.directory,
    previews: repositories.directoryPreviews,
    audit: repositories.directoryAudit,
    download: (url) =>
      downloadFile(url, {
        maxBytes: MAX_UPLOAD_BYTES,
        timeoutMs: DOWNLOAD_TIMEOUT_MS,
        allowLocalHttp: local,
      }),
    logger,
    clock,
  });
  const fileOf = async (version: string, format: DirectoryFileFormat) => {
    const snapshot = await repositories.directory.snapshot(version);
    if (!snapshot) return undefined;
    return format === 'xlsx'
      ? await writeWorkbook(snapshot)
      : Buffer.from(directoryYaml(snapshot), 'utf8');
  };
  const consent = new DirectoryFileConsent({
    uploads,
    links,
    file: fileOf,
    allowLocalHttp: local,
    logger,
  });
  const history = new DirectoryHistory({
    fileOffers: async (version, language) => {
      const context = consent.contextFor(version, 'xlsx');
      const bytes = context && (await fileOf(version, 'xlsx'));
      if (!context || !bytes) return [];
      return [
        {
          name: `verzeichnis-${version}.xlsx`,
          sizeInBytes: bytes.byteLength,
          description: translator(language)('upload.consent.description', { version }),
          context,
        },
      ];
    },
    uploads,
    audit: repositories.directoryAudit,
    repository: repositories.directory,
    downloadLinks: (version, language) =>
      DIRECTORY_FILE_FORMATS.flatMap((format) => {
        const url = links.urlFor(version, format);
        return url ? [{ title: translator(language)(`upload.download.${format}`), url }] : [];
      }),
  });
  const files: NonNullable<HttpServerOptions['directoryFiles']> = {
    verify: (format, query) => links.verify(format, query),
    file: async (version, format) => {
      const snapshot = await repositories.directory.snapshot(version);
      if (!snapshot) return undefined;
      if (format === 'xlsx') return { body: await writeWorkbook(snapshot), contentType: XLSX_TYPE };
      return format === 'yaml'
        ? { body: directoryYaml(snapshot), contentType: 'application/yaml; charset=utf-8' }
        : undefined;
    },
  };
  return { uploads, consent, handler: new DirectoryUploadHandler({ uploads, history }), files };
}
