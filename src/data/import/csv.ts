/**
 * CSV through papaparse's core parser, fed decoded slices of the file: a million-row file never becomes
 * one giant string or one giant array of rows, only the typed rows the caller keeps.
 * (SheetJS would read CSV too, but about 25 times slower.)
 */
import Papa from 'papaparse';
import { decodeHead, decodeInSlices } from './encoding';
import { detectDialect, type CsvDialect } from './csvDialect';
import type { Delimiter, TextEncoding } from './types';

/** 64 KiB of bytes per parse call: each batch of records dies young, before the garbage collector has to copy it. */
const SLICE_BYTES = 1 << 16;
/** Enough text for the delimiter, the header search and the preview: tried small first, then large for wide rows. */
const HEAD_BYTES = [16 * 1024, 256 * 1024] as const;

interface PapaResult {
  data: string[][];
  meta: { cursor: number };
}

function newParser(dialect: CsvDialect): Papa.Parser {
  return new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
}

function parseSome(parser: Papa.Parser, text: string, isLast: boolean): PapaResult {
  return parser.parse(text, 0, !isLast) as PapaResult;
}

export interface CsvHead {
  dialect: CsvDialect;
  /** The first records of the file (the "sep=" line left out). */
  records: string[][];
  /** Records exist beyond those returned. */
  more: boolean;
}

/** The first `maxRecords` records, for the header search and the preview. */
export function readCsvHead(bytes: Uint8Array, encoding: TextEncoding, delimiter: Delimiter | 'auto', maxRecords: number): CsvHead {
  let result: CsvHead | null = null;
  for (const headBytes of HEAD_BYTES) {
    const head = decodeHead(bytes, encoding, headBytes);
    const complete = bytes.length <= headBytes;
    const dialect = detectDialect(head, delimiter);
    const { data } = parseSome(newParser(dialect), head, complete);
    const records = dialect.hasSepLine ? data.slice(1) : data;
    result = { dialect, records: records.slice(0, maxRecords), more: !complete || records.length > maxRecords };
    if (complete || records.length > maxRecords) break;
  }
  return result as CsvHead;
}

/**
 * Calls `onRecords` with consecutive batches of records and the share of the file read so far; the
 * callback returns false to stop (row limit reached). Records keep their order; record i of the file is
 * row i + 1 in the spreadsheet the participant sees.
 */
export function streamCsvRecords(
  bytes: Uint8Array,
  encoding: TextEncoding,
  dialect: CsvDialect,
  onRecords: (records: string[][], fractionDone: number) => boolean | void,
): void {
  const parser = newParser(dialect);
  let carried = '';
  let skipSepLine = dialect.hasSepLine;
  decodeInSlices(bytes, encoding, SLICE_BYTES, (text, bytesDone) => {
    const isLast = bytesDone >= bytes.length;
    const input = carried.length > 0 ? carried + text : text;
    const result = parseSome(parser, input, isLast);
    carried = isLast ? '' : input.slice(result.meta.cursor);
    let records = result.data;
    if (skipSepLine && records.length > 0) {
      records = records.slice(1);
      skipSepLine = false;
    }
    if (records.length > 0 && onRecords(records, bytes.length === 0 ? 1 : bytesDone / bytes.length) === false) {
      return false;
    }
    return true;
  });
}
