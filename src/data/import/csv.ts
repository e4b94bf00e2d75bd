/**
 * CSV through papaparse's core parser, fed decoded slices of the file: a million-row file never becomes
 * one giant string or one giant array of rows, only the typed rows the caller keeps. Slices without a
 * quote character are split here instead, the same way papaparse's own fast path splits them.
 * (SheetJS would read CSV too, but about 25 times slower.)
 */
import Papa from 'papaparse';
import { decodeHead, decodeInSlices } from './encoding';
import { detectDialect, type CsvDialect } from './csvDialect';
import type { Delimiter, TextEncoding } from './types';

/** 64 KiB of bytes per slice: its text and cells die young, before the garbage collector has to copy them. */
const SLICE_BYTES = 1 << 16;
/** Enough text for the delimiter, the header search and the preview: tried small first, then large for wide rows. */
const HEAD_BYTES = [16 * 1024, 256 * 1024] as const;

interface PapaResult {
  data: string[][];
  meta: { cursor: number };
}

const QUOTE = '"';

function newParser(dialect: CsvDialect): Papa.Parser {
  return new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: QUOTE });
}

function parseSome(parser: Papa.Parser, text: string, isLast: boolean): PapaResult {
  // Cast: papaparse's Parser type is not exported; its parse returns this shape.
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
  // Cast: the result above is built with every field of CsvHead.
  return result as CsvHead;
}

/** One record of the file at a time, in order, and after each slice of the file the share read so far. */
export interface CsvRecordSink {
  /** `cells` is reused for the next record: copy it to keep it. */
  record(cells: readonly string[]): void;
  /** Returns false to stop reading (row limit reached). */
  sliceDone(fractionDone: number): boolean;
}

/**
 * Text without a quote character is what papaparse reads by `input.split(newline)` and then
 * `line.split(delimiter)`; the same cuts are made here into one reused array, which spares a string per
 * line and an array per record (a third of the import's time went to papaparse and to collecting that
 * garbage). Returns the unfinished last line when more text follows, to carry into the next slice.
 */
function splitUnquoted(input: string, isLast: boolean, dialect: CsvDialect, cells: string[], emit: (cells: readonly string[]) => void): string {
  // papaparse gives no record at all for empty text, not one empty record.
  if (input.length === 0) return '';
  const { delimiter, newline } = dialect;
  // Found once and reused, so a file without delimiters is not searched to its end on every line.
  let nextDelimiter = input.indexOf(delimiter);
  let lineStart = 0;
  for (;;) {
    let lineEnd = input.indexOf(newline, lineStart);
    if (lineEnd === -1) {
      if (!isLast) return input.slice(lineStart);
      lineEnd = input.length;
    }
    let count = 0;
    let cellStart = lineStart;
    while (nextDelimiter !== -1 && nextDelimiter < lineEnd) {
      cells[count++] = input.slice(cellStart, nextDelimiter);
      cellStart = nextDelimiter + 1;
      nextDelimiter = input.indexOf(delimiter, cellStart);
    }
    cells[count++] = input.slice(cellStart, lineEnd);
    cells.length = count;
    emit(cells);
    if (lineEnd === input.length) return '';
    lineStart = lineEnd + newline.length;
  }
}

/**
 * Reads every record of the file into `sink`. Record i of the file is row i + 1 in the spreadsheet the
 * participant sees (the "sep=" line, when there is one, is left out).
 */
export function readCsvRecords(bytes: Uint8Array, encoding: TextEncoding, dialect: CsvDialect, sink: CsvRecordSink): void {
  const parser = newParser(dialect);
  const cells: string[] = [];
  let carried = '';
  let skipSepLine = dialect.hasSepLine;
  const emit = (record: readonly string[]): void => {
    if (skipSepLine) skipSepLine = false;
    else sink.record(record);
  };
  decodeInSlices(
    bytes,
    encoding,
    SLICE_BYTES,
    (text, bytesDone) => {
      const isLast = bytesDone >= bytes.length;
      const input = carried.length > 0 ? carried + text : text;
      // The very test papaparse makes before its own fast path.
      if (input.indexOf(QUOTE) === -1) {
        carried = splitUnquoted(input, isLast, dialect, cells, emit);
      } else {
        const result = parseSome(parser, input, isLast);
        carried = isLast ? '' : input.slice(result.meta.cursor);
        for (const record of result.data) emit(record);
      }
      return sink.sliceDone(bytes.length === 0 ? 1 : bytesDone / bytes.length);
    },
    // Whole lines per slice: nothing is left to carry, so the next slice is not glued to (and copied with) it.
    { endAtLineFeed: true },
  );
}

/**
 * Calls `onRecords` with consecutive batches of records (one batch per slice of the file) and the share
 * of the file read so far; the callback returns false to stop.
 */
export function streamCsvRecords(
  bytes: Uint8Array,
  encoding: TextEncoding,
  dialect: CsvDialect,
  onRecords: (records: string[][], fractionDone: number) => boolean | void,
): void {
  let batch: string[][] = [];
  readCsvRecords(bytes, encoding, dialect, {
    record: (cells) => void batch.push([...cells]),
    sliceDone(fractionDone) {
      if (batch.length === 0) return true;
      const records = batch;
      batch = [];
      return onRecords(records, fractionDone) !== false;
    },
  });
}
