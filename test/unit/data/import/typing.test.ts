import { isoFromExcelSerial, isoFromText } from '../../../../src/data/import/dates';
import { cellReader, CellIssue, typeCell, TruncatedText, type CellOutcome, type TypingContext } from '../../../../src/data/import/typing';
import type { ColumnSpec, ColumnType } from '../../../../src/data/spec';
import { IMPORT_LIMITS } from '../../../../src/data/import/types';

const RU: TypingContext = { decimalComma: true, today: '2025-06-30' };
const EN: TypingContext = { decimalComma: false, today: '2025-06-30' };

function column(type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { key: 'x', type, required: false, label: { ru: 'x', en: 'x', zh: 'x' }, synonyms: { ru: [], en: [], zh: [] }, ...extra };
}

describe('typeCell: numbers and money', () => {
  const amount = column('money', { min: 0 });

  it('takes numbers as they are and reads text the Russian or the English way', () => {
    expect(typeCell(1234.56, amount, RU)).toEqual({ value: 1234.56 });
    expect(typeCell('1 234,56', amount, RU)).toEqual({ value: 1234.56 });
    expect(typeCell('1\u00a0234,56', amount, RU)).toEqual({ value: 1234.56 });
    expect(typeCell('1234.56', amount, RU)).toEqual({ value: 1234.56 });
    expect(typeCell('₽ 1 200', amount, RU)).toEqual({ value: 1200 });
    // "1,234": 1.234 in a Russian file, 1234 in an English one.
    expect(typeCell('1,234', amount, RU)).toEqual({ value: 1.234 });
    expect(typeCell('1,234', amount, EN)).toEqual({ value: 1234 });
    expect(typeCell('1,234.50', amount, EN)).toEqual({ value: 1234.5 });
  });

  it('reads "12 %" in a number column as 12', () => {
    expect(typeCell('12 %', column('number'), RU)).toEqual({ value: 12 });
  });

  it('reports text, negatives where min is 0, and values outside other bounds', () => {
    expect(typeCell('двенадцать', amount, RU)).toEqual({ problem: 'notNumber' });
    expect(typeCell('-5', amount, RU)).toEqual({ problem: 'negative' });
    expect(typeCell('−5', amount, RU)).toEqual({ problem: 'negative' });
    expect(typeCell(150, column('number', { min: 1, max: 100 }), RU)).toEqual({ problem: 'outOfRange' });
    expect(typeCell(true, amount, RU)).toEqual({ problem: 'notNumber' });
  });

  it('reports formula errors as such, in any column type', () => {
    expect(typeCell('#DIV/0!', amount, RU)).toEqual({ problem: 'formulaError' });
    expect(typeCell('#N/A', column('text'), RU)).toEqual({ problem: 'formulaError' });
    expect(typeCell('#1 клиент', column('text'), RU)).toEqual({ value: '#1 клиент' });
  });

  it('leaves an empty optional cell empty and reports an empty required one', () => {
    expect(typeCell('  ', amount, RU)).toEqual({ value: null });
    expect(typeCell(null, column('money', { required: true }), RU)).toEqual({ problem: 'required' });
  });
});

describe('typeCell: percents are fractions', () => {
  const share = column('percent');

  it('reads "12 %", 0.12 and a plain 12 (percentage points) all as 0.12', () => {
    expect(typeCell('12 %', share, RU)).toEqual({ value: 0.12 });
    expect(typeCell(0.12, share, RU)).toEqual({ value: 0.12 });
    expect(typeCell(12, share, RU)).toEqual({ value: 0.12 });
    expect(typeCell('12,5', share, RU)).toEqual({ value: 0.125 });
  });

  it('keeps 1 as 100 % and "0,5 %" as half a percent', () => {
    expect(typeCell(1, share, RU)).toEqual({ value: 1 });
    expect(typeCell('0,5 %', share, RU)).toEqual({ value: 0.005 });
  });
});

describe('typeCell: dates become ISO calendar dates', () => {
  const day = column('date');

  it('reads day-first and ISO text, with or without a time', () => {
    expect(typeCell('01.03.2024', day, RU)).toEqual({ value: '2024-03-01' });
    expect(typeCell('1.3.2024', day, RU)).toEqual({ value: '2024-03-01' });
    expect(typeCell('01.03.24', day, RU)).toEqual({ value: '2024-03-01' });
    expect(typeCell('01/03/2024', day, RU)).toEqual({ value: '2024-03-01' });
    expect(typeCell('2024-03-01', day, RU)).toEqual({ value: '2024-03-01' });
    expect(typeCell('01.03.2024 14:05', day, RU)).toEqual({ value: '2024-03-01' });
    expect(typeCell('2024-03-01T23:30:00Z', day, RU)).toEqual({ value: '2024-03-01' });
  });

  it('keeps a date cell on its calendar day whatever the time zone (SheetJS gives UTC wall-clock dates)', () => {
    expect(typeCell(new Date(Date.UTC(2024, 2, 1)), day, RU)).toEqual({ value: '2024-03-01' });
  });

  it('reads Excel serial numbers in date columns only', () => {
    // 45352 days after 1899-12-30 is 2024-03-01 (45292 is 2024-01-01, and January + February 2024 hold 31 + 29 = 60 days).
    expect(typeCell(45352, day, RU)).toEqual({ value: '2024-03-01' });
    expect(typeCell(45352, column('number'), RU)).toEqual({ value: 45352 });
  });

  it('rejects impossible dates and, unless allowed, dates after today', () => {
    expect(typeCell('31.02.2024', day, RU)).toEqual({ problem: 'notDate' });
    expect(typeCell('29.02.2023', day, RU)).toEqual({ problem: 'notDate' });
    expect(typeCell('вчера', day, RU)).toEqual({ problem: 'notDate' });
    expect(typeCell('01.07.2025', day, RU)).toEqual({ problem: 'futureDate' });
    expect(typeCell('01.07.2025', column('date', { allowFutureDates: true }), RU)).toEqual({ value: '2025-07-01' });
    expect(typeCell('30.06.2025', day, RU)).toEqual({ value: '2025-06-30' });
  });
});

describe('Excel serials and two-digit years', () => {
  it('follows the 1900 system around the fictitious 29 February 1900', () => {
    expect(isoFromExcelSerial(1)).toBe('1900-01-01');
    expect(isoFromExcelSerial(59)).toBe('1900-02-28');
    expect(isoFromExcelSerial(60)).toBeNull();
    expect(isoFromExcelSerial(61)).toBe('1900-03-01');
    expect(isoFromExcelSerial(2_958_465)).toBe('9999-12-31');
    expect(isoFromExcelSerial(0)).toBeNull();
    expect(isoFromExcelSerial(2_958_466)).toBeNull();
    // The fraction is the time of day: 45352.75 is 18:00 on 2024-03-01.
    expect(isoFromExcelSerial(45352.75)).toBe('2024-03-01');
  });

  it('reads two-digit years as Excel does: 29 → 2029, 30 → 1930', () => {
    expect(isoFromText('01.01.29')).toBe('2029-01-01');
    expect(isoFromText('01.01.30')).toBe('1930-01-01');
  });
});

describe('typeCell: Likert points, categories and text', () => {
  const likert = column('likert', { min: 1, max: 5 });

  it('accepts whole points within the scale only', () => {
    expect(typeCell('4', likert, RU)).toEqual({ value: 4 });
    expect(typeCell(6, likert, RU)).toEqual({ problem: 'outOfRange' });
    expect(typeCell(3.5, likert, RU)).toEqual({ problem: 'outOfRange' });
    expect(typeCell('хорошо', likert, RU)).toEqual({ problem: 'notNumber' });
  });

  it('trims text and spells numbers, booleans and dates out', () => {
    expect(typeCell('  Золото ', column('category'), RU)).toEqual({ value: 'Золото' });
    expect(typeCell(5, column('category'), RU)).toEqual({ value: '5' });
    expect(typeCell(true, column('text'), RU)).toEqual({ value: 'true' });
    expect(typeCell(new Date(Date.UTC(2024, 2, 1)), column('text'), RU)).toEqual({ value: '2024-03-01' });
  });

  it('cuts text beyond the limit and says so, keeping the value', () => {
    const long = 'я'.repeat(IMPORT_LIMITS.maxCellChars + 5);
    expect(typeCell(long, column('text'), RU)).toEqual({ value: 'я'.repeat(IMPORT_LIMITS.maxCellChars), warning: 'tooLong' });
  });
});

describe('cellReader remembers answers without changing them', () => {
  /** What typeCell (a fresh reader, nothing remembered) says, in the reader's own terms. */
  function fresh(raw: string, spec: ColumnSpec): CellOutcome {
    const typed = typeCell(raw, spec, RU);
    if ('problem' in typed) return typed.problem;
    return typed.value;
  }
  function asPlain(outcome: CellOutcome): CellOutcome {
    if (outcome instanceof CellIssue) return outcome.code;
    return outcome instanceof TruncatedText ? outcome.value : outcome;
  }

  it('gives every repeat of a date, in either fixed spelling or any other, the answer typed afresh', () => {
    const spec = column('date');
    const read = cellReader(spec, RU);
    // 29.02.2024 and 2024-02-29 are one day (remembered once by its number 20240229); 29.02.2023 is none,
    // 01.07.2025 comes after today (2025-06-30), '1.3.2024' and ' 01.03.2024' are remembered by their text.
    const cells = ['29.02.2024', '2024-02-29', '29.02.2023', '01.07.2025', '1.3.2024', ' 01.03.2024', '2024-13-01', '01.03.2O24'];
    for (const cell of [...cells, ...cells.reverse()]) expect(asPlain(read(cell))).toEqual(fresh(cell, spec));
    expect(read('29.02.2024')).toBe('2024-02-29');
    expect(read('2024-02-29')).toBe(read('29.02.2024'));
  });

  it('gives every repeat of a category the answer typed afresh, trimmed or cut text included', () => {
    const spec = column('category');
    const read = cellReader(spec, RU);
    const long = 'Я'.repeat(IMPORT_LIMITS.maxCellChars + 5);
    // 'Чай' and ' Чай ' share a memo entry only by value; 'Кофе' and 'Кафе' share a slot (same length and end letters).
    const cells = ['Кофе', 'Кафе', ' Чай ', 'Чай', long, 'Кофе', 'Кафе', ' Чай ', long];
    for (const cell of cells) expect(asPlain(read(cell))).toEqual(fresh(cell, spec));
  });
});
