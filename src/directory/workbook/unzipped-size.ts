/**
 * The bytes a zip file (an .xlsx workbook) unpacks to, from its central directory, without
 * unpacking: a small workbook of repeated cells can unpack to gigabytes. Undefined when the bytes
 * are no zip this reader understands (exceljs then says so), Infinity for a ZIP64 archive.
 */
export function unzippedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const END = 0x06054b50;
  const ENTRY = 0x02014b50;
  // The end record is the last 22 bytes, unless a comment of up to 64 KB follows it.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1)
    if (view.getUint32(at, true) === END) {
      end = at;
      break;
    }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entries === 0xffff || at === 0xffffffff) return Infinity;
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== ENTRY) return undefined;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return total;
}
