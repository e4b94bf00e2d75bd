import { describe, expect, it } from 'vitest';
import {
  EMPTY_CODE,
  EMPTY_DAY,
  columnValue,
  daysToIsoDate,
  decodeRows,
  encodeRows,
  findColumn,
  isoDateToDays,
} from '../../../src/data/columnar';
import { concatTables, isColumnarTable } from '../../../src/data/columnarChunks';
import type { TypedRow } from '../../../src/data/import/types';

const SALES: TypedRow[] = [
  { customer: 'Иванов', date: '2026-01-15', amount: 1234.56, member: 'да' },
  { customer: 'Петрова', date: '2026-02-01', amount: 0, member: null },
  { customer: 'Иванов', date: null, amount: -0.5, member: 'нет' },
  { customer: 'Сидоров', date: '1999-12-31', amount: null, member: null },
];

describe('calendar days', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(isoDateToDays('1970-01-01')).toBe(0);
    // 1970 has 365 days, so 1971-01-01 is day 365; 1969-12-31 is the day before day 0.
    expect(isoDateToDays('1971-01-01')).toBe(365);
    expect(isoDateToDays('1969-12-31')).toBe(-1);
    expect(daysToIsoDate(365)).toBe('1971-01-01');
    expect(daysToIsoDate(-1)).toBe('1969-12-31');
  });

  it('refuses what only looks like a day: Feb 30, two-digit years, times', () => {
    expect(isoDateToDays('2025-02-30')).toBeNull();
    // Date.UTC reads year 99 as 1999: such a day is kept as text (see the mixed-column test), never shifted.
    expect(isoDateToDays('0099-01-01')).toBeNull();
    expect(isoDateToDays('2025-1-5')).toBeNull();
    expect(isoDateToDays('2025-01-05T00:00')).toBeNull();
    expect(isoDateToDays('Иванов')).toBeNull();
  });
});

describe('encodeRows', () => {
  it('gives each column the narrowest kind that holds it', () => {
    const table = encodeRows(SALES);
    expect(table.rowCount).toBe(4);
    expect(table.keys).toEqual(['customer', 'date', 'amount', 'member']);
    expect(table.columns.map((column) => column.kind)).toEqual(['text', 'date', 'number', 'text']);
    const customer = findColumn(table, 'customer');
    // Two rows of Иванов share one dictionary entry.
    expect(customer.kind === 'text' && customer.dictionary).toEqual(['Иванов', 'Петрова', 'Сидоров']);
    expect(customer.kind === 'text' && [...customer.codes]).toEqual([0, 1, 0, 2]);
    const date = findColumn(table, 'date');
    expect(date.kind === 'date' && date.days[2]).toBe(EMPTY_DAY);
    const member = findColumn(table, 'member');
    expect(member.kind === 'text' && member.codes[1]).toBe(EMPTY_CODE);
  });

  it('round-trips every value exactly, −0 and empty cells included', () => {
    const back = decodeRows(encodeRows(SALES));
    expect(back).toEqual(SALES);
    expect(Object.is(decodeRows(encodeRows([{ x: -0 }]))[0]?.x, -0)).toBe(true);
  });

  it('keeps mixed columns as plain values instead of losing a type', () => {
    const rows: TypedRow[] = [{ code: 12 }, { code: '12а' }, { code: null }, { code: '2026-01-01' }];
    const table = encodeRows(rows);
    expect(table.columns[0]?.kind).toBe('values');
    expect(decodeRows(table)).toEqual(rows);
  });

  it('keeps a text column whose first values look like dates as text', () => {
    const rows: TypedRow[] = [{ note: '2026-01-01' }, { note: 'после праздников' }, { note: '2026-01-03' }];
    const table = encodeRows(rows);
    expect(table.columns[0]?.kind).toBe('text');
    expect(decodeRows(table)).toEqual(rows);
  });

  it('encodes a slice, and a column with no value at all as empty', () => {
    const table = encodeRows(SALES, ['customer', 'region'], 1, 3);
    expect(table.rowCount).toBe(2);
    expect(table.columns[1]).toEqual({ kind: 'empty' });
    expect(decodeRows(table)).toEqual([
      { customer: 'Петрова', region: null },
      { customer: 'Иванов', region: null },
    ]);
  });

  it('reads single cells without decoding the table', () => {
    const table = encodeRows(SALES);
    expect(columnValue(findColumn(table, 'date'), 0)).toBe('2026-01-15');
    expect(columnValue(findColumn(table, 'amount'), 3)).toBeNull();
    expect(columnValue(findColumn(table, 'absent'), 0)).toBeNull();
  });
});

describe('concatTables', () => {
  it('joins chunks with their own dictionaries into one table', () => {
    const first = encodeRows(SALES, undefined, 0, 2);
    const second = encodeRows(SALES, undefined, 2, 4);
    const joined = concatTables([first, second]);
    expect(decodeRows(joined)).toEqual(SALES);
    const customer = findColumn(joined, 'customer');
    expect(customer.kind === 'text' && customer.dictionary).toEqual(['Иванов', 'Петрова', 'Сидоров']);
  });

  it('falls back to plain values when chunks disagree on a kind, and fills keys a chunk lacks', () => {
    const joined = concatTables([encodeRows([{ a: 1 }, { a: 2 }]), encodeRows([{ a: 'x', b: 'y' }])]);
    expect(joined.columns[0]?.kind).toBe('values');
    expect(decodeRows(joined)).toEqual([
      { a: 1, b: null },
      { a: 2, b: null },
      { a: 'x', b: 'y' },
    ]);
  });

  it('keeps an all-empty chunk empty within a typed column', () => {
    const joined = concatTables([encodeRows([{ d: null }]), encodeRows([{ d: '2026-03-08' }])]);
    expect(joined.columns[0]?.kind).toBe('date');
    expect(decodeRows(joined)).toEqual([{ d: null }, { d: '2026-03-08' }]);
  });
});

describe('isColumnarTable', () => {
  it('accepts what encodeRows wrote and refuses what it did not', () => {
    expect(isColumnarTable(encodeRows(SALES))).toBe(true);
    expect(isColumnarTable({ rowCount: 2, keys: ['a'], columns: [{ kind: 'number', values: new Float64Array(1) }] })).toBe(false);
    expect(isColumnarTable({ rowCount: 1, keys: ['a'], columns: [{ kind: 'number', values: [1] }] })).toBe(false);
    expect(isColumnarTable({ rowCount: 1, keys: ['a', 'b'], columns: [{ kind: 'empty' }] })).toBe(false);
    expect(isColumnarTable(null)).toBe(false);
  });
});
