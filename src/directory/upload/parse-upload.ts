import type { Language } from '../../i18n';
import type { Directory } from '../model';
import { parseDirectory } from '../parse';
import { formatProblem } from '../problems';
import { parseWorkbook, UnreadableWorkbook, WorkbookTooLarge } from '../workbook';

/**
 * A directory file sent in Teams, by its name: `.yaml`/`.yml` or `.xlsx`. Every problem located
 * and worded in the sender's language, or the directory.
 */
export type UploadParse =
  | { ok: true; directory: Directory }
  | { ok: false; errors: string[] }
  | { ok: false; kind: 'fileType' | 'encoding' | 'notWorkbook' | 'workbookTooLarge' };

export type UploadFormat = 'yaml' | 'xlsx';

export function uploadFormat(fileName: string): UploadFormat | undefined {
  if (/\.(ya?ml)$/i.test(fileName)) return 'yaml';
  if (/\.xlsx$/i.test(fileName)) return 'xlsx';
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function parseUpload(
  fileName: string,
  bytes: Uint8Array,
  language: Language,
): Promise<UploadParse> {
  const format = uploadFormat(fileName);
  if (!format) return { ok: false, kind: 'fileType' };
  let result: ReturnType<typeof parseDirectory>;
  if (format === 'xlsx') {
    try {
      result = await parseWorkbook(bytes);
    } catch (error) {
      if (error instanceof WorkbookTooLarge) return { ok: false, kind: 'workbookTooLarge' };
      if (error instanceof UnreadableWorkbook) return { ok: false, kind: 'notWorkbook' };
      throw error;
    }
  } else {
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { ok: false, kind: 'encoding' };
    }
    result = parseDirectory(text);
  }
  if (result.ok) return { ok: true, directory: result.directory };
  return { ok: false, errors: result.problems.map((problem) => formatProblem(problem, language)) };
}
