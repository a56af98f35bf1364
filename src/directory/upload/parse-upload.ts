import type { Language } from '../../i18n';
import type { Directory } from '../model';
import { parseDirectory } from '../parse';
import { formatProblem } from '../problems';

/**
 * A directory file sent in Teams, by its name: `.yaml`/`.yml` or `.xlsx`. Every problem located
 * and worded in the sender's language, or the directory.
 */
export type UploadParse =
  | { ok: true; directory: Directory }
  | { ok: false; errors: string[] }
  | { ok: false; kind: 'fileType' }
  | { ok: false; kind: 'encoding' };

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
  readWorkbook?: (bytes: Uint8Array) => Promise<ReturnType<typeof parseDirectory>>,
): Promise<UploadParse> {
  const format = uploadFormat(fileName);
  if (!format || (format === 'xlsx' && !readWorkbook)) return { ok: false, kind: 'fileType' };
  let result: ReturnType<typeof parseDirectory>;
  if (format === 'xlsx') {
    result = await readWorkbook!(bytes);
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
