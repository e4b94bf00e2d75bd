import { parseLocaleNumber } from '../numbers';
import { IMPORT_LIMITS, type Outcome, type RawCell } from './types';

export interface FoundHeader {
  /** 0-based index among the rows given. */
  headerRow: number;
  /**
   * Column names, one per column up to the last column with any value. A column without a name is ''
   * (not "Column N"): the UI words it in the participant's language, by its position.
   */
  headers: string[];
}

export function isBlankCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isBlankRow(row: readonly (RawCell | undefined)[] | undefined): boolean {
  if (row === undefined) return true;
  for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) return false;
  return true;
}

function filledColumns(row: readonly RawCell[]): number[] {
  const columns: number[] = [];
  for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) columns.push(c);
  return columns;
}

const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;

/** A cell that reads as a name rather than a value: text that is not a number, a date or an error. */
export function isLabel(cell: RawCell): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  if (text === '' || text.startsWith('#')) return false;
  return parseLocaleNumber(text) === null && !DATE_LIKE.test(text);
}

/** Names have to be mostly text: a row of numbers and dates is data, whatever its position. */
const MIN_LABEL_SHARE = 0.6;
/** The rows under a header put most of their values in the header's columns (a nameless column or two allowed). */
const MIN_OVERLAP = 0.6;
/** A header names at least half as many columns as the widest row below it. */
const MIN_HEADER_COVERAGE = 0.5;
const ROWS_CHECKED_BELOW = 5;

function looksLikeNames(row: readonly RawCell[], filled: readonly number[]): boolean {
  const labels = filled.filter((c) => isLabel(row[c] ?? null)).length;
  return filled.length > 0 && labels / filled.length >= MIN_LABEL_SHARE;
}

function rowsBelow(rows: readonly RawCell[][], index: number): RawCell[][] {
  const below: RawCell[][] = [];
  for (let r = index + 1; r < rows.length && below.length < ROWS_CHECKED_BELOW; r++) {
    const row = rows[r];
    if (row !== undefined && !isBlankRow(row)) below.push(row);
  }
  return below;
}

/** The table under the candidate fills the candidate's columns; a title or a "Период: март" line does not. */
function headsTable(row: readonly RawCell[], filled: readonly number[], below: readonly RawCell[][]): boolean {
  const named = new Set(filled);
  let valuesBelow = 0;
  let valuesUnderNames = 0;
  let widest = 0;
  for (const dataRow of below) {
    const columns = filledColumns(dataRow);
    valuesBelow += columns.length;
    valuesUnderNames += columns.filter((c) => named.has(c)).length;
    widest = Math.max(widest, columns.length);
  }
  // A single-cell row heads a table only when the table is one column wide; otherwise it is a title.
  if (filled.length === 1 && widest > 1) return false;
  // "Период: | март" above "Дата | Клиент | Сумма": a wider row of names right below is the real header.
  const next = below[0];
  if (next !== undefined) {
    const nextFilled = filledColumns(next);
    if (nextFilled.length > filled.length && looksLikeNames(next, nextFilled)) return false;
  }
  return valuesUnderNames / valuesBelow >= MIN_OVERLAP && filled.length >= widest * MIN_HEADER_COVERAGE && looksLikeNames(row, filled);
}

function headerText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  // Headers often wrap inside the cell ("Сумма,\nруб."): one line reads and matches better.
  return String(cell).replace(/\s+/g, ' ').trim();
}

/** Unique names: the second "Сумма" becomes "Сумма (2)", compared without regard to case. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set(names.filter((n) => n !== '').map((n) => n.toLowerCase()));
  const seen = new Set<string>();
  return names.map((name) => {
    if (name === '') return name;
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return name;
    }
    let n = 2;
    while (taken.has(`${key} (${n})`)) n++;
    const renamed = `${name} (${n})`;
    taken.add(renamed.toLowerCase());
    return renamed;
  });
}

/** Columns up to the last one holding a value in the header or the rows under it (trailing empties dropped). */
function tableWidth(rows: readonly RawCell[][], headerRow: number): number {
  let width = 0;
  for (let r = headerRow; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlankCell(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

function withHeader(rows: readonly RawCell[][], headerRow: number): Outcome<FoundHeader> {
  const width = tableWidth(rows, headerRow);
  if (width > IMPORT_LIMITS.maxColumns) {
    return { ok: false, problem: { code: 'tooManyColumns', details: { columns: width, limit: IMPORT_LIMITS.maxColumns } } };
  }
  const row = rows[headerRow] ?? [];
  const names = Array.from({ length: width }, (_, c) => headerText(row[c]));
  return { ok: true, value: { headerRow, headers: uniqueNames(names) } };
}

/**
 * The header is the first of the top rows (IMPORT_LIMITS.headerScanRows) that is mostly text and whose
 * columns the rows below fill: titles, dates of the report and blank lines above a table are skipped.
 * `hasMoreRows` says that rows exist beyond those given (a CSV read only in part).
 */
export function findHeader(rows: readonly RawCell[][], wanted: number | 'auto', hasMoreRows = false): Outcome<FoundHeader> {
  if (wanted !== 'auto') {
    if (isBlankRow(rows[wanted])) return { ok: false, problem: { code: 'noHeader' } };
    if (rowsBelow(rows, wanted).length === 0 && !hasMoreRows) return { ok: false, problem: { code: 'onlyHeader' } };
    return withHeader(rows, wanted);
  }
  let headerWithoutData = false;
  const scanned = Math.min(rows.length, IMPORT_LIMITS.headerScanRows);
  for (let r = 0; r < scanned; r++) {
    const row = rows[r] ?? [];
    const filled = filledColumns(row);
    if (filled.length === 0) continue;
    const below = rowsBelow(rows, r);
    if (below.length === 0) {
      // Names with nothing under them in the rows read: the data may start far below (a sparse sheet), or not at all.
      if (hasMoreRows && looksLikeNames(row, filled)) return withHeader(rows, r);
      headerWithoutData = !hasMoreRows && looksLikeNames(row, filled);
      continue;
    }
    if (headsTable(row, filled, below)) return withHeader(rows, r);
  }
  return { ok: false, problem: { code: headerWithoutData ? 'onlyHeader' : 'noHeader' } };
}
