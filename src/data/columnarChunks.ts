/**
 * Columnar tables as IndexedDB keeps them: chunk by chunk (each with its own dictionaries), joined back into
 * one table on reading, checked before they are trusted, and measured for the "My data" list.
 */
import { EMPTY_CODE, EMPTY_DAY, columnValues, findColumn, type ColumnarColumn, type ColumnarTable } from './columnar';
import type { TypedValue } from './import/types';

// Casts in this file: reads at an index below the length, and a value narrowed field by field before use.

/** Float64 has no room for "empty": NaN marks it (see columnar.ts). */
const EMPTY_NUMBER = Number.NaN;

function concatColumn(parts: readonly { column: ColumnarColumn; rowCount: number }[], total: number): ColumnarColumn {
  const kinds = new Set(parts.map((part) => part.column.kind).filter((kind) => kind !== 'empty'));
  if (kinds.size === 0) return { kind: 'empty' };
  const [only] = kinds;
  if (kinds.size > 1) {
    // Chunks typed differently (numbers in one, text in another): plain values keep both.
    const values: TypedValue[] = [];
    for (const part of parts) for (const value of columnValues(part.column, part.rowCount)) values.push(value);
    return { kind: 'values', values };
  }
  let offset = 0;
  switch (only) {
    case 'number': {
      const values = new Float64Array(total).fill(EMPTY_NUMBER);
      for (const part of parts) {
        if (part.column.kind === 'number') values.set(part.column.values.subarray(0, part.rowCount), offset);
        offset += part.rowCount;
      }
      return { kind: 'number', values };
    }
    case 'date': {
      const days = new Int32Array(total).fill(EMPTY_DAY);
      for (const part of parts) {
        if (part.column.kind === 'date') days.set(part.column.days.subarray(0, part.rowCount), offset);
        offset += part.rowCount;
      }
      return { kind: 'date', days };
    }
    case 'text': {
      const dictionary: string[] = [];
      const codeOf = new Map<string, number>();
      const codes = new Uint32Array(total).fill(EMPTY_CODE);
      for (const part of parts) {
        if (part.column.kind === 'text') {
          // Each chunk has its own dictionary: translate its codes once per entry, then per row by index.
          const remap = new Uint32Array(part.column.dictionary.length);
          part.column.dictionary.forEach((text, local) => {
            let code = codeOf.get(text);
            if (code === undefined) {
              code = dictionary.length;
              dictionary.push(text);
              codeOf.set(text, code);
            }
            remap[local] = code;
          });
          const local = part.column.codes;
          for (let i = 0; i < part.rowCount; i++) {
            const code = local[i] as number;
            codes[offset + i] = code === EMPTY_CODE ? EMPTY_CODE : (remap[code] as number);
          }
        }
        offset += part.rowCount;
      }
      return { kind: 'text', dictionary, codes };
    }
    default: {
      const values: TypedValue[] = [];
      for (const part of parts) for (const value of columnValues(part.column, part.rowCount)) values.push(value);
      return { kind: 'values', values };
    }
  }
}

/** About what the table takes in storage: typed arrays by their length, text at two bytes a character. */
export function tableBytes(table: ColumnarTable): number {
  let bytes = 0;
  for (const column of table.columns) {
    switch (column.kind) {
      case 'number':
        bytes += column.values.byteLength;
        break;
      case 'date':
        bytes += column.days.byteLength;
        break;
      case 'text':
        bytes += column.codes.byteLength;
        for (const text of column.dictionary) bytes += text.length * 2;
        break;
      case 'values':
        for (const value of column.values) bytes += typeof value === 'string' ? value.length * 2 : 8;
        break;
      case 'empty':
        break;
    }
  }
  return bytes;
}

/** Chunks stored one after another, joined into one table; keys missing from a chunk read as empty. */
export function concatTables(tables: readonly ColumnarTable[]): ColumnarTable {
  const keys: string[] = [];
  for (const table of tables) for (const key of table.keys) if (!keys.includes(key)) keys.push(key);
  const rowCount = tables.reduce((sum, table) => sum + table.rowCount, 0);
  const columns = keys.map((key) =>
    concatColumn(
      tables.map((table) => ({ column: findColumn(table, key), rowCount: table.rowCount })),
      rowCount,
    ),
  );
  return { rowCount, keys, columns };
}

/** Is a value read back from IndexedDB or a file a table this module wrote? Checked before it is trusted. */
export function isColumnarTable(value: unknown): value is ColumnarTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<ColumnarTable>;
  if (typeof table.rowCount !== 'number' || !Number.isInteger(table.rowCount) || table.rowCount < 0) return false;
  if (!Array.isArray(table.keys) || !Array.isArray(table.columns) || table.keys.length !== table.columns.length) return false;
  const rowCount = table.rowCount;
  return table.columns.every((column: unknown) => isColumn(column, rowCount));
}

/** By tag, not instanceof: an array cloned by IndexedDB or a worker may come from another realm (a test's jsdom). */
function isTypedArray(value: unknown, tag: 'Float64Array' | 'Int32Array' | 'Uint32Array', rowCount: number): boolean {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === `[object ${tag}]` && (value as Float64Array).length >= rowCount;
}

function isColumn(value: unknown, rowCount: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const column = value as { kind?: unknown; values?: unknown; days?: unknown; codes?: unknown; dictionary?: unknown };
  switch (column.kind) {
    case 'empty':
      return true;
    case 'number':
      return isTypedArray(column.values, 'Float64Array', rowCount);
    case 'date':
      return isTypedArray(column.days, 'Int32Array', rowCount);
    case 'text':
      return isTypedArray(column.codes, 'Uint32Array', rowCount) && Array.isArray(column.dictionary);
    case 'values':
      return Array.isArray(column.values) && column.values.length >= rowCount;
    default:
      return false;
  }
}
