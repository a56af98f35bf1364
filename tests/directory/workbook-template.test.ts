import assert from 'node:assert/strict';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { parseWorkbook } from '../../src/directory/workbook';
import { TEMPLATE_FILE, templateWorkbook } from '../../scripts/directory-template';
import { demoDirectory } from '../support/demo';

/** Every sheet's cell values, so a changed layout or hint shows as a stale template too. */
async function cellsOf(bytes: Buffer): Promise<Record<string, unknown>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return Object.fromEntries(
    book.worksheets.map((sheet) => [sheet.name, JSON.stringify(sheet.getSheetValues())]),
  );
}

describe('the committed Excel template (data/verzeichnis-vorlage.xlsx)', function () {
  this.timeout(30_000);

  it('when it is read, then it holds the demo directory and every cell npm run template:xlsx writes', async () => {
    const committed = fs.readFileSync(TEMPLATE_FILE);
    const parsed = await parseWorkbook(committed);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n'));
    assert.deepEqual(parsed.directory, demoDirectory());
    assert.deepEqual(
      await cellsOf(committed),
      await cellsOf(await templateWorkbook()),
      'stale: run npm run template:xlsx and commit data/verzeichnis-vorlage.xlsx',
    );
  });
});
