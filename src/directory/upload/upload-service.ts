import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { ErrorCodes, isAppError } from '../../errors';
import { translator, type Language } from '../../i18n';
import type { Logger } from '../../logging';
import type { Reply } from '../../teams/reply';
import type { DirectoryAudit } from '../audit';
import { describeChanges, directoryChanges } from '../changes';
import type { DirectoryService } from '../directory-service';
import type { Directory, Person } from '../model';
import type { DirectoryRepository } from '../repository';
import type { DownloadOutcome } from './file-download';
import { parseUpload } from './parse-upload';
import { previewReply, settledTime } from './preview-reply';
import { PREVIEW_TTL_MS, type DirectoryPreview, type PreviewRepository } from './previews';

/** Files larger than this are not downloaded (the CLI's limit for a directory file). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface UploadedFile {
  name: string;
  downloadUrl: string;
}

export type PressOutcome = { kind: 'card'; reply: Reply } | { kind: 'message'; text: string };

export interface DirectoryUploadOptions {
  directory: DirectoryService;
  repository: Pick<DirectoryRepository, 'current' | 'stage' | 'switchTo' | 'snapshot'>;
  previews: PreviewRepository;
  audit: DirectoryAudit;
  download: (url: string) => Promise<DownloadOutcome>;
  logger: Logger;
  clock?: () => Date;
}

/**
 * The directory kept by the coordination office in Teams (issue 17): a coordinator sends a file,
 * sees what would change, and confirms („Übernehmen“) or discards it. The confirm switches the
 * staged snapshot on only if the directory it was prepared on is still in force, so of two
 * confirms one wins and the other is told „inzwischen geändert“. Nothing is written for a file
 * with errors; a non-coordinator's file is never downloaded.
 */
export class DirectoryUploads {
  private readonly clock: () => Date;

  constructor(private readonly options: DirectoryUploadOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  /** The coordinator who asks, or the sentence that says who keeps the directory. */
  async coordinator(
    personId: string | undefined,
    language: Language,
  ): Promise<{ person: Person; directory: Directory; version: string } | { refusal: string }> {
    const snapshot = await this.options.directory.current();
    const people = snapshot?.directory.people ?? [];
    const person = people.find((candidate) => candidate.id === personId);
    if (snapshot && person?.coordinator)
      return { person, directory: snapshot.directory, version: snapshot.version };
    const names = people.filter((candidate) => candidate.coordinator).map((p) => p.name);
    return {
      refusal: translator(language)('upload.notCoordinator', {
        names: names.join(', ') || '–',
        count: names.length,
      }),
    };
  }

  async receive(
    file: UploadedFile,
    personId: string | undefined,
    language: Language,
  ): Promise<Reply> {
    const t = translator(language);
    const asker = await this.coordinator(personId, language);
    if ('refusal' in asker) return { kind: 'text', text: asker.refusal } satisfies Reply;
    const downloaded = await this.options.download(file.downloadUrl);
    if (!downloaded.ok) {
      this.options.logger.warn({ reason: downloaded.reason }, 'directory upload not downloaded');
      return {
        kind: 'text',
        text: t(`upload.download.${downloaded.reason}`, { limit: MAX_UPLOAD_BYTES / 1024 / 1024 }),
      } satisfies Reply;
    }
    const parsed = await parseUpload(file.name, downloaded.bytes, language);
    const zone = asker.directory.organisation.timezone;
    const content = (counts: string, lines: string[], errors: string[]) => ({
      title: t('upload.title'),
      fileName: file.name,
      importerName: asker.person.name,
      counts,
      lines,
      errors,
    });
    if (!parsed.ok && 'kind' in parsed)
      return { kind: 'text', text: t(`upload.${parsed.kind}`) } satisfies Reply;
    if (!parsed.ok)
      return previewReply(content(t('upload.refused'), [], parsed.errors), { language, zone });
    return this.offer({
      directory: parsed.directory,
      base: asker,
      source: 'teams',
      fileName: file.name,
      size: downloaded.bytes.byteLength,
      language,
      title: t('upload.title'),
    });
  }

  /** A preview of `directory` against the one in force, staged, with its buttons. */
  async offer(input: {
    directory: Directory;
    base: { person: Person; directory: Directory; version: string };
    source: DirectoryPreview['source'];
    fileName: string;
    size: number;
    language: Language;
    title: string;
    /** A snapshot that is written already (a restore): not staged again. */
    version?: string;
  }): Promise<Reply> {
    const { language, base } = input;
    const t = translator(language);
    const zone = base.directory.organisation.timezone;
    const now = this.clock();
    const changes = directoryChanges(base.directory, input.directory, this.today(zone));
    const described = describeChanges(changes, language);
    const content = {
      title: input.title,
      fileName: input.fileName,
      importerName: base.person.name,
      counts: described.counts,
      lines: described.lines,
      errors: [],
    };
    if (changes.none)
      return previewReply(content, { language, zone, outcome: t('upload.noChanges') });
    const staged = input.version ?? (await this.options.repository.stage(input.directory));
    const preview: DirectoryPreview = {
      id: randomBytes(12).toString('hex'),
      staged,
      base: base.version,
      importer: base.person.id,
      importerName: base.person.name,
      source: input.source,
      fileName: input.fileName,
      size: input.size,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + PREVIEW_TTL_MS).toISOString(),
      summary: described.counts,
      state: 'open',
    };
    await this.options.previews.create(preview);
    return previewReply(
      { ...content, expiresAt: preview.expiresAt },
      { language, zone, open: preview },
    );
  }

  /** „Übernehmen“ or „Verwerfen“ pressed on a preview card. */
  async press(
    verb: 'directory-confirm' | 'directory-discard',
    previewId: string,
    personId: string | undefined,
    language: Language,
  ): Promise<PressOutcome> {
    const t = translator(language);
    const asker = await this.coordinator(personId, language);
    if ('refusal' in asker) return { kind: 'message', text: asker.refusal };
    const found = await this.options.previews.get(previewId);
    if (!found) return { kind: 'message', text: t('error.staleButton') };
    const { preview, etag } = found;
    const zone = asker.directory.organisation.timezone;
    const card = (outcome: string) =>
      ({
        kind: 'card',
        reply: previewReply(
          {
            title: t(preview.source === 'restore' ? 'upload.title.restore' : 'upload.title'),
            fileName: preview.fileName,
            importerName: preview.importerName,
            counts: preview.summary,
            lines: [],
            errors: [],
          },
          { language, zone, outcome, inPlace: true },
        ),
      }) satisfies PressOutcome;
    if (preview.state !== 'open') return card(this.settledSentence(preview, zone, language));
    if (verb === 'directory-discard') {
      const settled = { state: 'discarded' as const, settledBy: asker.person.name };
      const changed = await this.options.previews.settle(preview.id, etag, {
        ...settled,
        settledAt: this.clock().toISOString(),
      });
      if (!changed) return this.press(verb, previewId, personId, language);
      return card(t('upload.discarded'));
    }
    if (Date.parse(preview.expiresAt) < this.clock().getTime()) return card(t('upload.expired'));
    let version: string;
    try {
      version = (await this.options.repository.switchTo(preview.staged, preview.base || undefined))
        .version;
    } catch (error) {
      if (!isAppError(error, ErrorCodes.DIRECTORY_CHANGED)) throw error;
      // A second press of the same confirm (Teams retried, the first answer was lost): done.
      const inForce = (await this.options.repository.current())?.version;
      if (inForce !== preview.staged) return card(t('upload.changedMeanwhile'));
      version = inForce;
    }
    const at = this.clock().toISOString();
    const settledNow = await this.options.previews.settle(preview.id, etag, {
      state: 'confirmed',
      settledBy: asker.person.name,
      settledAt: at,
    });
    if (settledNow)
      await this.options.audit.record({
        version,
        importer: asker.person.id,
        importerName: asker.person.name,
        source: preview.source,
        fileName: preview.fileName,
        size: preview.size,
        at,
        summary: preview.summary,
      });
    this.options.directory.invalidate();
    return card(
      this.settledSentence(
        { ...preview, state: 'confirmed', settledBy: asker.person.name, settledAt: at },
        zone,
        language,
        version,
      ),
    );
  }

  private settledSentence(
    preview: DirectoryPreview,
    zone: string,
    language: Language,
    version = preview.staged,
  ): string {
    const t = translator(language);
    const when = settledTime(preview.settledAt ?? preview.createdAt, zone, language);
    if (preview.state === 'discarded')
      return t('upload.discardedBy', { person: preview.settledBy ?? '', when });
    return t('upload.confirmed', { version, person: preview.settledBy ?? '', when });
  }

  private today(zone: string): string {
    return DateTime.fromJSDate(this.clock(), { zone }).toISODate()!;
  }
}
