/**
 * How many rows the worksheets of an .xlsx declare (`<dimension ref="A1:H3000000"/>`), read by inflating only
 * the first few kilobytes of each sheet. SheetJS reads every sheet whole before it applies any row limit,
 * so a small file of millions of rows would take the worker's memory and half a minute; its dimension
 * gives it away first. A sheet without a dimension, or one that cannot be read this way, counts as 0:
 * the parser then judges it.
 */
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const DIMENSION = /<(?:\w+:)?dimension\s+ref="(?:[A-Z]{1,3}\d+:)?[A-Z]{1,3}(\d+)"/;
/** The dimension is among the first elements of a sheet; a few kilobytes of XML always hold it. */
const HEAD_CHARS = 8_192;
const HEAD_COMPRESSED = 65_536;

interface SheetEntry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

function worksheetEntries(bytes: Uint8Array): SheetEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return [];
  const entries: SheetEntry[] = [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) break;
    const nameLength = view.getUint16(at + 28, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (WORKSHEET.test(name)) entries.push({ method: view.getUint16(at + 10, true), compressedSize: view.getUint32(at + 20, true), localOffset: view.getUint32(at + 42, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

async function sheetHead(bytes: Uint8Array, entry: SheetEntry): Promise<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return '';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const slice = bytes.slice(start, Math.min(bytes.length, start + Math.min(entry.compressedSize, HEAD_COMPRESSED)));
  if (entry.method === 0) return new TextDecoder().decode(slice.subarray(0, HEAD_CHARS));
  if (entry.method !== 8 || typeof DecompressionStream === 'undefined') return '';
  const compressed = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(slice);
      controller.close();
    },
  });
  const reader = compressed.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < HEAD_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // Only the head was handed over: the stream ends in an error once it runs out, after the part we need.
  }
  void reader.cancel().catch(() => undefined);
  return text;
}

/** The largest row number any worksheet declares; 0 when none says. */
export async function declaredSheetRows(bytes: Uint8Array): Promise<number> {
  let rows = 0;
  for (const entry of worksheetEntries(bytes)) {
    const match = DIMENSION.exec(await sheetHead(bytes, entry));
    if (match) rows = Math.max(rows, Number(match[1]));
  }
  return rows;
}
