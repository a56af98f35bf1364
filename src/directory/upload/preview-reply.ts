import { DateTime } from 'luxon';
import { translator, type Language } from '../../i18n';
import type { DirectoryPreviewCardData, UrlAction } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import type { DirectoryPreview } from './previews';

/*
 * The change preview card (cards/directory-preview.json) in each of its states: open (with
 * „Übernehmen“ / „Verwerfen“), refused (errors, no buttons), settled (the outcome, no buttons).
 */

export interface PreviewContent {
  title: string;
  fileName: string;
  importerName: string;
  /** When the preview stops being confirmable (ISO), for the subtitle. */
  expiresAt?: string;
  counts: string;
  lines: string[];
  errors: string[];
}

function time(iso: string, zone: string, language: Language): string {
  return DateTime.fromISO(iso, { zone })
    .setLocale(language)
    .toFormat(language === 'de' ? 'dd.MM.yyyy, HH:mm' : 'd LLL yyyy, HH:mm');
}

export function previewReply(
  content: PreviewContent,
  options: {
    language: Language;
    zone: string;
    /** The preview to confirm; absent when there is nothing to confirm (errors, no change). */
    open?: DirectoryPreview;
    outcome?: string;
    inPlace?: boolean;
    downloads?: UrlAction[];
  },
): Reply {
  const t = translator(options.language);
  const subtitle = t(
    content.expiresAt && options.open ? 'upload.subtitle.open' : 'upload.subtitle',
    {
      file: content.fileName,
      person: content.importerName,
      until: content.expiresAt ? time(content.expiresAt, options.zone, options.language) : '',
    },
  );
  const data: DirectoryPreviewCardData = {
    title: content.title,
    subtitle,
    counts: content.counts,
    lines: content.lines.map((text) => ({ text })),
    errorsTitle: t('upload.errors.title', { count: content.errors.length }),
    errors: content.errors.map((text) => ({ text })),
    downloads: options.downloads ?? [],
  };
  if (options.open && !options.outcome) {
    const press = { previewId: options.open.id };
    data.confirm = { title: t('upload.confirm'), data: press };
    data.discard = { title: t('upload.discard'), data: press };
  }
  if (options.outcome) data.outcome = options.outcome;
  const sentences = [
    content.title,
    content.counts,
    ...content.lines,
    ...(content.errors.length ? [data.errorsTitle, ...content.errors] : []),
    ...(options.outcome ? [options.outcome] : []),
  ].filter(Boolean);
  return {
    kind: 'card',
    card: { template: 'directory-preview', data },
    text: sentences.join('\n'),
    ...(options.inPlace ? { inPlaceOfPressedCard: true as const } : {}),
  };
}

export function settledTime(iso: string, zone: string, language: Language): string {
  return time(iso, zone, language);
}
