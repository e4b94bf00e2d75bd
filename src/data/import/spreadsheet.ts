/**
 * Workbooks (.xlsx, .xls, .ods) through SheetJS, read whole: it has no streaming reader, which is why
 * their size is capped by IMPORT_LIMITS.maxSpreadsheetBytes.
 */
import { read, type CellObject, type WorkBook, type WorkSheet } from 'xlsx';
import { IMPORT_LIMITS, type FileProblem, type Outcome, type RawCell, type SheetInfo } from './types';

export interface OpenedWorkbook {
  sheets: SheetInfo[];
  workbook: WorkBook;
}

export interface SheetRows {
  /** Rows indexed from the sheet's first row (index i is row i + 1 in Excel); missing rows are undefined. */
  rows: readonly (readonly (CellObject | undefined)[] | undefined)[];
  merges: readonly { s: { r: number; c: number }; e: { r: number; c: number } }[];
  /** Row count of the whole sheet even when only its top was read. */
  totalRows: number;
}

/** Excel's error codes as SheetJS stores them in `v` of an error cell (t === 'e'). */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function problemFromException(error: unknown): FileProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return { code: 'encrypted' };
  if (/not a spreadsheet|unsupported file/i.test(message)) return { code: 'notSpreadsheet' };
  // Everything else SheetJS throws on (bad zip, missing parts, garbled records) means a damaged file.
  return { code: 'corrupt', details: { message: message.slice(0, 200) } };
}

/**
 * `topRows` reads only the top of every sheet (SheetJS `sheetRows`), enough for the inspection of a
 * large workbook. Formulas come as their cached values; cell text is not formatted (`cellText: false`)
 * because typing works from the values, and skipping the formatter makes the read markedly faster.
 */
/**
 * Rows SheetJS keeps at most, read whole: one past the import's limit (with room for titles above the header)
 * is enough to know a sheet is too long, and a crafted file of millions of rows cannot fill the memory.
 */
const ROW_CAP = IMPORT_LIMITS.maxRows + IMPORT_LIMITS.headerScanRows + 1;

export function openWorkbook(bytes: Uint8Array, topRows?: number): Outcome<OpenedWorkbook> {
  let workbook: WorkBook;
  try {
    workbook = read(bytes, {
      type: 'array',
      dense: true,
      cellDates: true,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      sheetRows: topRows ?? ROW_CAP,
    });
  } catch (error) {
    return { ok: false, problem: problemFromException(error) };
  }
  const hiddenFlags = workbook.Workbook?.Sheets ?? [];
  const sheets = workbook.SheetNames.map((name, i) => ({ name, hidden: (hiddenFlags[i]?.Hidden ?? 0) !== 0 }));
  return { ok: true, value: { sheets, workbook } };
}

function denseRows(sheet: WorkSheet): SheetRows['rows'] {
  // Cast: the workbook is read with dense: true, so a sheet keeps its cells in !data.
  return (sheet['!data'] as SheetRows['rows'] | undefined) ?? [];
}

export function sheetRows(workbook: WorkBook, name: string): SheetRows | null {
  const sheet = workbook.Sheets[name];
  if (sheet === undefined) return null;
  const rows = denseRows(sheet);
  const fullRange = sheet['!fullref'] ?? sheet['!ref'];
  const lastRow = fullRange === undefined ? -1 : Number(/\d+$/.exec(fullRange)?.[0] ?? '0') - 1;
  return { rows, merges: sheet['!merges'] ?? [], totalRows: Math.max(rows.length, lastRow + 1) };
}

export function rawCell(cell: CellObject | undefined): RawCell {
  if (cell === undefined) return null;
  switch (cell.t) {
    case 'z':
      return null;
    case 'e':
      return ERROR_TEXT[Number(cell.v)] ?? '#ERROR';
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    default: {
      const value = cell.v;
      if (value === undefined) return null;
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    }
  }
}

export function hasAnyValue(rows: SheetRows['rows']): boolean {
  for (const row of rows) {
    if (row === undefined) continue;
    for (const cell of row) {
      const raw = rawCell(cell);
      if (raw !== null && !(typeof raw === 'string' && raw.trim() === '')) return true;
    }
  }
  return false;
}

/** The sheet to read: the one asked for, else the first visible sheet holding any value. */
export function chooseSheet(opened: OpenedWorkbook, wanted: string | undefined): Outcome<{ name: string; rows: SheetRows }> {
  // '' is what a CSV's inspection reports as its sheet: no choice made.
  if (wanted !== undefined && wanted !== '') {
    const rows = sheetRows(opened.workbook, wanted);
    return rows === null ? { ok: false, problem: { code: 'sheetNotFound', details: { sheet: wanted } } } : { ok: true, value: { name: wanted, rows } };
  }
  for (const sheet of opened.sheets) {
    if (sheet.hidden) continue;
    const rows = sheetRows(opened.workbook, sheet.name);
    if (rows !== null && hasAnyValue(rows.rows)) return { ok: true, value: { name: sheet.name, rows } };
  }
  return { ok: false, problem: { code: 'empty' } };
}

/**
 * Raw cells of rows [from, to). With `fillMerges`, a merged cell's value is copied across its merge range,
 * which is how the header's names are read: "Сумма" merged over two columns names both (the second gets
 * " (2)"). Otherwise cells are as Excel stores them (a merge's value in its top-left cell only).
 */
export function rawRows(sheet: SheetRows, from: number, to: number, fillMerges: boolean): RawCell[][] {
  const out: RawCell[][] = [];
  const end = Math.min(to, sheet.rows.length);
  for (let r = from; r < end; r++) {
    const row = sheet.rows[r] ?? [];
    // Dense rows may have holes; a plain loop turns them into nulls.
    const cells: RawCell[] = new Array<RawCell>(row.length);
    for (let c = 0; c < row.length; c++) cells[c] = rawCell(row[c]);
    out.push(cells);
  }
  if (!fillMerges) return out;
  for (const merge of sheet.merges) {
    const source = rawCell(sheet.rows[merge.s.r]?.[merge.s.c]);
    if (source === null) continue;
    for (let r = Math.max(merge.s.r, from); r <= Math.min(merge.e.r, end - 1); r++) {
      const row = out[r - from];
      if (row === undefined) continue;
      for (let c = merge.s.c; c <= merge.e.c; c++) if (row[c] === null || row[c] === undefined) row[c] = source;
    }
  }
  return out;
}
