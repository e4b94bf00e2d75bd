/**
 * Imported rows in columns: one typed array per numeric or date column, text as a dictionary and codes.
 *
 * A million sales rows as objects are ~150 MB of heap and take seconds to clone between a worker and the
 * page or into IndexedDB; as columns they are a few typed arrays that clone as fast as memory copies.
 * The encoding is lossless for every TypedValue: a column whose values do not fit one typed kind (numbers
 * mixed with text, a text that only looks like a date) is kept as plain values.
 */
import type { TypedRow, TypedValue } from './import/types';

// Casts in this file: reads at an index below the length, which noUncheckedIndexedAccess cannot see.

/** Float64 has no room for "empty": NaN is never a TypedValue (typing keeps only finite numbers). */
const EMPTY_NUMBER = Number.NaN;
/** Days since 1970-01-01 span ±5.8 million years in an Int32; this value is no calendar day we read. */
export const EMPTY_DAY = -2_147_483_648;
export const EMPTY_CODE = 0xffff_ffff;

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ColumnarColumn =
  | { kind: 'empty' }
  | { kind: 'number'; values: Float64Array }
  | { kind: 'date'; days: Int32Array }
  | { kind: 'text'; dictionary: string[]; codes: Uint32Array }
  | { kind: 'values'; values: TypedValue[] };

export interface ColumnarTable {
  rowCount: number;
  keys: string[];
  columns: ColumnarColumn[];
}

/** 'yyyy-mm-dd' → days since 1970-01-01, or null when the text is not exactly such a calendar day. */
export function isoDateToDays(text: string): number | null {
  if (text.length !== 10 || !ISO_DATE.test(text)) return null;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over to March and reads years 0–99 as 1900–1999: both fail the round trip.
  const days = ms / DAY_MS;
  return Number.isInteger(days) && daysToIsoDate(days) === text ? days : null;
}

export function daysToIsoDate(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

type Kind = ColumnarColumn['kind'];

/** isoDateToDays remembered per text: a year of sales has a few hundred distinct days over a million rows. */
function dayReader(): (text: string) => number | null {
  const known = new Map<string, number | null>();
  return (text) => {
    let days = known.get(text);
    if (days === undefined) {
      days = isoDateToDays(text);
      if (known.size < 100_000) known.set(text, days);
    }
    return days;
  };
}

/** The narrowest kind that holds every value of rows[start, end) under `key` without loss. */
function columnKind(rows: readonly TypedRow[], key: string, start: number, end: number, readDay: (text: string) => number | null): Kind {
  let kind: Kind = 'empty';
  for (let i = start; i < end; i++) {
    const value = (rows[i] as TypedRow)[key];
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') {
      if (kind === 'empty') kind = 'number';
      else if (kind !== 'number') return 'values';
    } else if (kind === 'empty' || kind === 'date') {
      kind = readDay(value) === null ? 'text' : 'date';
    } else if (kind === 'number') {
      return 'values';
    }
  }
  return kind;
}

function encodeColumn(rows: readonly TypedRow[], key: string, start: number, end: number): ColumnarColumn {
  const length = end - start;
  const readDay = dayReader();
  switch (columnKind(rows, key, start, end, readDay)) {
    case 'empty':
      return { kind: 'empty' };
    case 'number': {
      const values = new Float64Array(length);
      for (let i = 0; i < length; i++) {
        const value = (rows[start + i] as TypedRow)[key];
        values[i] = typeof value === 'number' ? value : EMPTY_NUMBER;
      }
      return { kind: 'number', values };
    }
    case 'date': {
      const days = new Int32Array(length);
      for (let i = 0; i < length; i++) {
        const value = (rows[start + i] as TypedRow)[key];
        days[i] = typeof value === 'string' ? (readDay(value) ?? EMPTY_DAY) : EMPTY_DAY;
      }
      return { kind: 'date', days };
    }
    case 'text': {
      const dictionary: string[] = [];
      const codeOf = new Map<string, number>();
      const codes = new Uint32Array(length);
      for (let i = 0; i < length; i++) {
        const value = (rows[start + i] as TypedRow)[key];
        if (typeof value !== 'string') {
          codes[i] = EMPTY_CODE;
          continue;
        }
        let code = codeOf.get(value);
        if (code === undefined) {
          code = dictionary.length;
          dictionary.push(value);
          codeOf.set(value, code);
        }
        codes[i] = code;
      }
      return { kind: 'text', dictionary, codes };
    }
    case 'values': {
      const values = new Array<TypedValue>(length);
      for (let i = 0; i < length; i++) values[i] = (rows[start + i] as TypedRow)[key] ?? null;
      return { kind: 'values', values };
    }
  }
}

/** Every key any row has, in first-seen order. */
function keysOf(rows: readonly TypedRow[]): string[] {
  const seen = new Set<string>();
  let shape = '';
  for (const row of rows) {
    // Typed rows share one shape; checking the joined keys is cheaper than adding each key again.
    const keys = Object.keys(row);
    const joined = keys.join('\u0000');
    if (joined === shape) continue;
    shape = joined;
    for (const key of keys) seen.add(key);
  }
  return [...seen];
}

/** rows[start, end) as columns; `keys` defaults to every key found in the rows. */
export function encodeRows(rows: readonly TypedRow[], keys: readonly string[] = keysOf(rows), start = 0, end = rows.length): ColumnarTable {
  return { rowCount: end - start, keys: [...keys], columns: keys.map((key) => encodeColumn(rows, key, start, end)) };
}

/** The value of one cell, as the row held it. */
export function columnValue(column: ColumnarColumn, index: number): TypedValue {
  switch (column.kind) {
    case 'empty':
      return null;
    case 'number': {
      const value = column.values[index] as number;
      return Number.isNaN(value) ? null : value;
    }
    case 'date': {
      const days = column.days[index] as number;
      return days === EMPTY_DAY ? null : daysToIsoDate(days);
    }
    case 'text': {
      const code = column.codes[index] as number;
      return code === EMPTY_CODE ? null : (column.dictionary[code] ?? null);
    }
    case 'values':
      return column.values[index] ?? null;
  }
}

/** A whole column as plain values; dates are decoded once per distinct day, not once per row. */
export function columnValues(column: ColumnarColumn, rowCount: number): TypedValue[] {
  const values = new Array<TypedValue>(rowCount);
  if (column.kind === 'date') {
    const decoded = new Map<number, string>();
    for (let i = 0; i < rowCount; i++) {
      const days = column.days[i] as number;
      if (days === EMPTY_DAY) {
        values[i] = null;
        continue;
      }
      let text = decoded.get(days);
      if (text === undefined) {
        text = daysToIsoDate(days);
        decoded.set(days, text);
      }
      values[i] = text;
    }
    return values;
  }
  // One loop per kind: a switch per cell costs more than the cell itself over a million rows.
  switch (column.kind) {
    case 'empty':
      values.fill(null);
      break;
    case 'number':
      for (let i = 0; i < rowCount; i++) {
        const value = column.values[i] as number;
        values[i] = Number.isNaN(value) ? null : value;
      }
      break;
    case 'text': {
      const { codes, dictionary } = column;
      for (let i = 0; i < rowCount; i++) {
        const code = codes[i] as number;
        values[i] = code === EMPTY_CODE ? null : (dictionary[code] ?? null);
      }
      break;
    }
    case 'values':
      for (let i = 0; i < rowCount; i++) values[i] = column.values[i] ?? null;
      break;
  }
  return values;
}

/** The table as rows again, each with every key of the table. */
export function decodeRows(table: ColumnarTable): TypedRow[] {
  const columns = table.columns.map((column) => columnValues(column, table.rowCount));
  const blank: TypedRow = {};
  for (const key of table.keys) blank[key] = null;
  // One shape for every row (see createRowTyper): copied from a template built in one go.
  const template = JSON.parse(JSON.stringify(blank)) as TypedRow;
  const rows = new Array<TypedRow>(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) {
    const row: TypedRow = { ...template };
    for (let c = 0; c < table.keys.length; c++) row[table.keys[c] as string] = (columns[c] as TypedValue[])[i] ?? null;
    rows[i] = row;
  }
  return rows;
}

export function findColumn(table: ColumnarTable, key: string): ColumnarColumn {
  const index = table.keys.indexOf(key);
  return index < 0 ? { kind: 'empty' } : (table.columns[index] as ColumnarColumn);
}

/** A text column as codes into its own dictionary (-1 for an empty cell), or recoded from plain values (numbers read as ids). */
export function columnCodes(column: ColumnarColumn, rowCount: number): { codes: Int32Array; labels: string[] } | null {
  if (column.kind === 'empty') return null;
  if (column.kind === 'text') {
    const codes = new Int32Array(rowCount);
    for (let i = 0; i < rowCount; i++) {
      const code = column.codes[i] as number;
      codes[i] = code === EMPTY_CODE ? -1 : code;
    }
    return { codes, labels: column.dictionary };
  }
  const labels: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(columnValues(column, rowCount), (value) => {
    if (value === null || value === '') return -1;
    const text = String(value);
    let code = index.get(text);
    if (code === undefined) {
      code = labels.length;
      labels.push(text);
      index.set(text, code);
    }
    return code;
  });
  return { codes, labels };
}

/** A number column as it is stored, or read from plain values (NaN where a cell holds no number). */
export function columnNumbers(column: ColumnarColumn, rowCount: number): Float64Array | null {
  if (column.kind === 'empty') return null;
  if (column.kind === 'number') return column.values;
  return Float64Array.from(columnValues(column, rowCount), (value) => (typeof value === 'number' ? value : Number.NaN));
}
