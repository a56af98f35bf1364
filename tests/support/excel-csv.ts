/**
 * Reads CSV bytes the way a German Excel opens a double-clicked file: UTF-8 only when the file
 * starts with a byte-order mark (else the ANSI code page, which turns „ä“ into „Ã¤“), fields split
 * at `;` (the list separator of German locales), RFC 4180 quoting. Returns the rows of cells.
 */
export function openInGermanExcel(bytes: Buffer): { utf8: boolean; rows: string[][] } {
  const utf8 = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = utf8 ? bytes.subarray(3).toString('utf8') : bytes.toString('latin1');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return { utf8, rows };
}
