import fs from 'node:fs';
import path from 'node:path';
import { readDirectoryFile } from '../src/directory/import';
import { writeWorkbook } from '../src/directory/workbook';
import { DEMO_DIRECTORY_FILE, PACKAGE_ROOT } from '../src/paths';

/**
 * `npm run template:xlsx`: writes the Excel template of the directory (`data/verzeichnis-vorlage.xlsx`)
 * from the demo directory, so a coordination office starts from filled-in rows and the „Hinweise“
 * sheet. A test keeps the committed file equal in content to what this writes.
 */
export const TEMPLATE_FILE = path.join(PACKAGE_ROOT, 'data', 'verzeichnis-vorlage.xlsx');

export async function templateWorkbook(): Promise<Buffer> {
  return writeWorkbook(await readDirectoryFile(DEMO_DIRECTORY_FILE));
}

async function main(): Promise<void> {
  const bytes = await templateWorkbook();
  fs.writeFileSync(TEMPLATE_FILE, bytes);
  process.stdout.write(`${path.relative(process.cwd(), TEMPLATE_FILE)} (${bytes.length} Bytes)\n`);
}

if (require.main === module) void main();
