/**
 * Rows of raw cells → typed rows and the report. A problem in a required column leaves the whole row
 * out; in an optional column the cell becomes empty and the row stays. Fed in batches, so a streamed
 * CSV never holds more than its typed rows.
 */
import type { ColumnSpec, DatasetSpec, SpecLayouts } from '../spec';
import { exampleRowTest, isMarkedExample } from './exampleRows';
import { isBlankRow } from './header';
import { scaleTracker } from './scaleFit';
import { CellIssue, cellReader, TruncatedText, type CellReader, type TypingContext } from './typing';
import {
  IMPORT_LIMITS,
  type CellProblem,
  type CellProblemCode,
  type ColumnMapping,
  type GroupCounts,
  type ImportReport,
  type ProblemCount,
  type RawCell,
  type TypedRow,
  type TypedValue,
} from './types';
// Casts in this file: reads at an index below the length (one reader and source per mapped column), which noUncheckedIndexedAccess cannot see; a blank row cloned from a TypedRow is one.

/** The value shown in the report: enough to recognise it, not a 10,000-character cell copied 200 times. */
const REPORTED_VALUE_CHARS = 100;

function reportedValue(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return '';
  const text = raw instanceof Date ? (Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10)) : String(raw);
  return text.length > REPORTED_VALUE_CHARS ? `${text.slice(0, REPORTED_VALUE_CHARS)}…` : text;
}

export interface RowTyper {
  /** `firstRowNumber` is the 1-based spreadsheet row of rows[0]. */
  add(rows: readonly (readonly (RawCell | undefined)[] | undefined)[], firstRowNumber: number): void;
  /** One row, `rowNumber` being its 1-based spreadsheet row; `cells` is read only during the call. */
  addRecord(cells: readonly (RawCell | undefined)[] | undefined, rowNumber: number): void;
  /** Rows imported so far (for the row limit). */
  readonly rowCount: number;
  /** A problem found before the row was typed (a reshaped layout's cell), reported as the typer's own; the row is kept. */
  noteCell(rowNumber: number, column: string, raw: RawCell | undefined, code: CellProblemCode): void;
  finish(): { rows: TypedRow[]; report: ImportReport };
}

export function createRowTyper(spec: DatasetSpec, mapping: ColumnMapping, context: TypingContext): RowTyper {
  // Parallel arrays and an indexed loop: this runs for every cell of a million-row file.
  const columns: ColumnSpec[] = [];
  const readers: CellReader[] = [];
  const sources: number[] = [];
  for (const column of spec.columns) {
    const source = mapping[column.key];
    if (source === null || source === undefined) continue;
    columns.push(column);
    readers.push(cellReader(column, context));
    sources.push(source);
  }
  // Every row starts as a copy of this one, so all rows share one shape built once, not key by key.
  // Built by JSON.parse, the template holds all its fields inside the object itself; built key by key,
  // fields past the fourth would go to a separate array, and each of a million rows would copy that too.
  const blank: TypedRow = {};
  for (const column of spec.columns) blank[column.key] = null;
  const template = JSON.parse(JSON.stringify(blank)) as TypedRow;
  const typed: TypedRow[] = [];
  const problems: CellProblem[] = [];
  const counts = new Map<string, ProblemCount>();
  // Cells per mapped column that held something or were required: what a column's failures are a share of.
  const checked = columns.map(() => 0);
  const isExample = exampleRowTest(columns, context);
  const exampleRows: number[] = [];
  let exampleRowCount = 0;
  const scale = scaleTracker(spec.scale, columns, context.decimalComma);
  const groups = spec.layouts ? groupTracker(spec.layouts) : null;
  let rowsRead = 0;
  let rowsSkipped = 0;
  let blankRows = 0;
  // Blank rows count only when data follows them: trailing empty rows are Excel's leftovers, not gaps.
  let pendingBlank = 0;

  function note(rowNumber: number, column: string, raw: RawCell | undefined, code: CellProblemCode, skippedRow: boolean): void {
    const key = `${code}\u0000${column}`;
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { code, column, count: 1, examples: [{ row: rowNumber, value: reportedValue(raw) }] });
    else {
      entry.count++;
      if (entry.examples.length < IMPORT_LIMITS.problemExamples) entry.examples.push({ row: rowNumber, value: reportedValue(raw) });
    }
    if (problems.length < IMPORT_LIMITS.maxListedProblems) problems.push({ row: rowNumber, column, value: reportedValue(raw), code, skippedRow });
  }

  function noteExample(rowNumber: number): void {
    exampleRowCount++;
    if (exampleRows.length < IMPORT_LIMITS.maxListedProblems) exampleRows.push(rowNumber);
  }

  /** Reports a row's problems once it is known whether any of them drops the row. */
  function noteRow(cells: readonly (RawCell | undefined)[], rowNumber: number, skip: boolean): void {
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as ColumnSpec;
      const raw = cells[sources[i] as number];
      const outcome = (readers[i] as CellReader)(raw);
      if (outcome instanceof CellIssue) {
        note(rowNumber, column.key, raw, outcome.code, skip);
        if (outcome === CellIssue.outOfRange) scale?.outside(i, raw);
      } else if (outcome instanceof TruncatedText) note(rowNumber, column.key, raw, 'tooLong', skip);
    }
  }

  function addRow(cells: readonly (RawCell | undefined)[], rowNumber: number): void {
    if (isMarkedExample(cells)) {
      noteExample(rowNumber);
      return;
    }
    const row: TypedRow = { ...template };
    let troubled = false;
    let skip = false;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as ColumnSpec;
      const outcome = (readers[i] as CellReader)(cells[sources[i] as number]);
      if (outcome !== null) checked[i] = (checked[i] as number) + 1;
      if (outcome instanceof CellIssue) {
        troubled = true;
        if (column.required) skip = true;
        row[column.key] = null;
      } else if (outcome instanceof TruncatedText) {
        troubled = true;
        row[column.key] = outcome.value;
      } else {
        row[column.key] = outcome;
      }
    }
    if (!skip && isExample?.(row) === true) {
      // Rare: taking the row's cells back out of the counts keeps the common path free of bookkeeping.
      for (let i = 0; i < columns.length; i++) if ((readers[i] as CellReader)(cells[sources[i] as number]) !== null) checked[i] = (checked[i] as number) - 1;
      noteExample(rowNumber);
      return;
    }
    rowsRead++;
    // Rare: typing the row's cells again keeps the common path free of bookkeeping.
    if (troubled) noteRow(cells, rowNumber, skip);
    if (skip) rowsSkipped++;
    else {
      typed.push(row);
      groups?.add(row);
    }
  }

  function addRecord(cells: readonly (RawCell | undefined)[] | undefined, rowNumber: number): void {
    if (cells === undefined || isBlankRow(cells)) {
      pendingBlank++;
      return;
    }
    blankRows += pendingBlank;
    pendingBlank = 0;
    addRow(cells, rowNumber);
  }

  return {
    add(rows, firstRowNumber) {
      for (let i = 0; i < rows.length; i++) addRecord(rows[i], firstRowNumber + i);
    },
    addRecord,
    get rowCount() {
      return rowsRead;
    },
    noteCell: (rowNumber, column, raw, code) => note(rowNumber, column, raw, code, false),
    finish() {
      const problemCounts = [...counts.values()];
      const columnHealth = columns.map((column, i) => ({
        column: column.key,
        checked: checked[i] ?? 0,
        // A cut text keeps its row and its value, an unreadable 0/1 mark its row: neither is the column failing.
        failed: problemCounts.reduce((sum, entry) => (entry.column === column.key && entry.code !== 'tooLong' && entry.code !== 'notAMark' ? sum + entry.count : sum), 0),
      }));
      return {
        rows: typed,
        report: {
          rowsRead,
          rowsImported: typed.length,
          rowsSkipped,
          problems,
          problemCounts,
          blankRowsIgnored: blankRows,
          columnHealth,
          exampleRows,
          exampleRowCount,
          scaleFit: scale?.fit(checked) ?? null,
          groups: groups?.counts() ?? null,
        },
      };
    },
  };
}

/** All rows at once, for callers that already hold them (tests, small sheets). */
export function typeRows(
  rows: readonly (readonly (RawCell | undefined)[] | undefined)[],
  firstRowNumber: number,
  spec: DatasetSpec,
  mapping: ColumnMapping,
  context: TypingContext,
): { rows: TypedRow[]; report: ImportReport } {
  const typer = createRowTyper(spec, mapping, context);
  typer.add(rows, firstRowNumber);
  return typer.finish();
}

const SEVERAL = Symbol('several items');

/**
 * Groups (receipts) and whether each lists more than one distinct item: a file whose every receipt holds one
 * product cannot show what is bought together, however many rows it has, and the report says so before saving.
 */
function groupTracker(layouts: SpecLayouts): { add(row: TypedRow): void; counts(): GroupCounts } {
  const firstItem = new Map<TypedValue, TypedValue | typeof SEVERAL>();
  let withSeveralItems = 0;
  return {
    add(row) {
      const group = row[layouts.group] ?? null;
      const item = row[layouts.item] ?? null;
      if (group === null || item === null) return;
      const seen = firstItem.get(group);
      if (seen === undefined) firstItem.set(group, item);
      else if (seen !== SEVERAL && seen !== item) {
        firstItem.set(group, SEVERAL);
        withSeveralItems++;
      }
    },
    counts: () => ({ groups: firstItem.size, withSeveralItems }),
  };
}
