/**
 * How many rows the worksheets of an .xlsx declare (`<dimension ref="A1:H3000000"/>`), read by inflating only
 * the first few kilobytes of each sheet. SheetJS reads every sheet whole before it applies any row limit,
 * so a small file of millions of rows would take the worker's memory and half a minute; its dimension
 * gives it away first. A sheet without a dimension, or one that cannot be read this way, counts as 0:
 * the parser then judges it.
 */
import { entryDataStart, readZipDirectory, type ZipEntry } from './zipDirectory';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const DIMENSION = /<(?:\w+:)?dimension\s+ref="(?:[A-Z]{1,3}\d+:)?[A-Z]{1,3}(\d+)"/;
/** The dimension is among the first elements of a sheet; a few kilobytes of XML always hold it. */
const HEAD_CHARS = 8_192;
const HEAD_COMPRESSED = 65_536;

async function sheetHead(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  const start = entryDataStart(bytes, entry);
  if (start === null) return '';
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
  for (const entry of readZipDirectory(bytes) ?? []) {
    if (!WORKSHEET.test(entry.name)) continue;
    const match = DIMENSION.exec(await sheetHead(bytes, entry));
    if (match) rows = Math.max(rows, Number(match[1]));
  }
  return rows;
}
