import { DateTime } from 'luxon';
import { translator, type Language } from '../../i18n';
import type { ListCardData, UrlAction } from '../../teams/cards/card-data';
import type { FileOffer, Reply } from '../../teams/reply';
import type { DirectoryAudit } from '../audit';
import { KEPT_VERSIONS, type DirectoryRepository } from '../repository';
import type { DirectoryUploads } from './upload-service';

/**
 * „Verlauf“: the last directory versions (who, when, which file, what changed); „Version
 * wiederherstellen 3“: that version again, through the same preview and confirm; „Verzeichnis
 * herunterladen“: the directory in force as a file, behind a signed link.
 */
export class DirectoryHistory {
  constructor(
    private readonly options: {
      uploads: DirectoryUploads;
      audit: DirectoryAudit;
      repository: Pick<DirectoryRepository, 'snapshot'>;
      /** Signed, expiring links to the directory in force as a file; undefined without a URL. */
      downloadLinks: (version: string, language: Language) => UrlAction[] | undefined;
      /** The file offers of a personal chat (Teams' file consent), or none. */
      fileOffers?: (version: string, language: Language) => Promise<FileOffer[]>;
    },
  ) {}

  async history(personId: string | undefined, language: Language): Promise<Reply> {
    const t = translator(language);
    const asker = await this.options.uploads.coordinator(personId, language);
    if ('refusal' in asker) return { kind: 'text', text: asker.refusal };
    const entries = await this.options.audit.recent(KEPT_VERSIONS);
    if (entries.length === 0) return { kind: 'text', text: t('upload.history.none') };
    const zone = asker.directory.organisation.timezone;
    const items = entries.map((entry, position) => ({
      title: t(entry.importerName ? 'upload.history.item' : 'upload.history.itemCli', {
        number: position + 1,
        when: DateTime.fromISO(entry.at, { zone })
          .setLocale(language)
          .toFormat(language === 'de' ? 'dd.MM.yyyy, HH:mm' : 'd LLL yyyy, HH:mm'),
        person: entry.importerName ?? '',
        source: t(`upload.source.${entry.source}`),
        current: entry.version === asker.version ? t('upload.history.current') : '',
      }),
      subtitle: `${entry.fileName} · ${entry.summary}`,
    }));
    // The card lists the versions; the text above it says what it is and how to restore one.
    const title = t('upload.history.title', { count: entries.length });
    const answer =
      entries.length > 1 ? `${title}. ${t('upload.history.restoreHint')}` : `${title}.`;
    const data: ListCardData = {
      answer,
      title: t('upload.history.title', { count: entries.length }),
      items,
    };
    return { kind: 'card', card: { template: 'list', data }, text: answer };
  }

  async restore(number: number, personId: string | undefined, language: Language): Promise<Reply> {
    const t = translator(language);
    const asker = await this.options.uploads.coordinator(personId, language);
    if ('refusal' in asker) return { kind: 'text', text: asker.refusal };
    const entries = await this.options.audit.recent(KEPT_VERSIONS);
    const entry = entries[number - 1];
    if (!entry)
      return { kind: 'text', text: t('upload.restore.unknown', { number, count: entries.length }) };
    if (entry.version === asker.version)
      return { kind: 'text', text: t('upload.restore.current', { number }) };
    const directory = await this.options.repository.snapshot(entry.version);
    if (!directory)
      return { kind: 'text', text: t('upload.restore.gone', { number, kept: KEPT_VERSIONS }) };
    return this.options.uploads.offer({
      directory,
      base: asker,
      source: 'restore',
      fileName: entry.fileName,
      size: 0,
      language,
      title: t('upload.title.restore'),
      version: entry.version,
    });
  }

  async download(
    personId: string | undefined,
    language: Language,
    options: { personal?: boolean } = {},
  ): Promise<Reply> {
    const t = translator(language);
    const asker = await this.options.uploads.coordinator(personId, language);
    if ('refusal' in asker) return { kind: 'text', text: asker.refusal };
    const links = this.options.downloadLinks(asker.version, language);
    if (!links?.length) return { kind: 'text', text: t('upload.download.noLink') };
    const text = t('upload.download.text', { version: asker.version });
    return {
      kind: 'card',
      card: {
        template: 'directory-preview',
        data: {
          title: t('upload.download.title'),
          subtitle: text,
          counts: '',
          lines: [],
          errorsTitle: '',
          errors: [],
          downloads: links,
        },
      },
      text: [text, ...links.map((link) => `${link.title}: ${link.url}`)].join('\n'),
      files: options.personal
        ? await this.options.fileOffers?.(asker.version, language)
        : undefined,
    };
  }
}
