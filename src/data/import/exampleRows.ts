/**
 * The blank template's example row, recognised when a participant pastes it back (or an older template that
 * still had it on the data sheet comes back filled in below it): it shows how to fill the file in, and is not
 * a respondent, a sale or a customer. Such a row is left out and the report says so.
 */
import type { ColumnSpec } from '../spec';
import { CellIssue, cellReader, TruncatedText, type TypingContext } from './typing';
import type { RawCell, TypedRow, TypedValue } from './types';

/**
 * Words that mark a row as an example in its first filled cell ("Пример:", "Example", "示例"), in the three
 * languages; the first three are also what the template wrote in text columns that declare no example.
 */
const EXAMPLE_MARKERS = new Set(['пример', 'example', '示例', 'образец', 'sample', '样例', '例子']);
/** Longer than any marker with its colon: a longer cell is never compared. */
const LONGEST_MARKER = 9;
const TRAILING_PUNCTUATION = /[\s:：.。]+$/u;

function isBlank(raw: RawCell | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** True when the row's first filled cell is an example marker. */
export function isMarkedExample(cells: readonly (RawCell | undefined)[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const raw = cells[i];
    if (isBlank(raw)) continue;
    if (typeof raw !== 'string' || raw.length > LONGEST_MARKER + 2) return false;
    return EXAMPLE_MARKERS.has(raw.trim().replace(TRAILING_PUNCTUATION, '').toLowerCase());
  }
  return false;
}

interface ExpectedCell {
  key: string;
  value: TypedValue;
  /** Text compared without regard to case, as people retype "Да" for "да". */
  lower: string | null;
}

/** Fewer compared columns than this, and a real row could equal the example by chance. */
const MIN_COMPARED_COLUMNS = 2;

/**
 * A test of a typed row against the template's example: every mapped column that declares an example holds
 * it. Null when fewer than two such columns are mapped, or none of them is text (a respondent "R001", a
 * customer "C0001"): answers alone ("6", "5" on a two-statement survey) are what real respondents give too.
 * Then only a marked row is taken for an example.
 */
export function exampleRowTest(columns: readonly ColumnSpec[], context: TypingContext): ((row: TypedRow) => boolean) | null {
  const expected: ExpectedCell[] = [];
  for (const column of columns) {
    if (column.example === undefined) continue;
    // Typed by the column's own reader, so "2024-03-15", 1800 and "12 %" compare with what the rows hold.
    const value = cellReader(column, context)(column.example);
    if (value === null || value instanceof CellIssue || value instanceof TruncatedText) continue;
    expected.push({ key: column.key, value, lower: typeof value === 'string' ? value.toLowerCase() : null });
  }
  if (expected.length < MIN_COMPARED_COLUMNS || expected.every((cell) => cell.lower === null)) return null;
  return (row) => {
    for (const cell of expected) {
      const value = row[cell.key];
      if (value === cell.value) continue;
      // The length first: nearly every row differs there, and toLowerCase would allocate for each of them.
      if (cell.lower === null || typeof value !== 'string' || value.length !== cell.lower.length || value.toLowerCase() !== cell.lower) return false;
    }
    return true;
  };
}
