import type { Locale } from '../../i18n/locale';
import type { AlternativeLayout } from '../spec';

/**
 * The contract of the import path: a participant's file → typed rows + a report.
 *
 * Two phases, both run in a Web Worker (src/data/import/worker.ts) so the page stays responsive:
 *   1. inspect: sniff the format and encoding, list the sheets, find the header row, and return the
 *      headers with a preview of the first rows. The UI then proposes a mapping (proposeMapping) and
 *      lets the user fix it.
 *   2. import: read the whole file (CSV streamed) with the confirmed mapping, type every cell by the
 *      DatasetSpec, and return the rows with a report. Nothing is stored until the user accepts it.
 * Errors are values: every failure is a `FileProblem` or a `CellProblem` code the UI words in ru/en/zh.
 */

export type SourceFormat = 'xlsx' | 'xls' | 'ods' | 'csv';
/** UTF-16 is what Excel's "Unicode text" (Текст Юникод) export writes: little-endian, with a BOM, tab-separated. */
export type TextEncoding = 'utf-8' | 'windows-1251' | 'utf-16le' | 'utf-16be';
export type Delimiter = ';' | ',' | '\t' | '|';
/** How the file's rows hold the records: one per row ('long'), or a shape turned into rows at import. */
export type TableLayout = 'long' | AlternativeLayout;

/** What the page tells the import of the layouts its spec accepts: the kinds, and the made columns' names in the user's language. */
export interface LayoutOptions {
  accepted: readonly AlternativeLayout[];
  groupName: string;
  itemName: string;
  /** The spec's item column: where an unreadable mark of a wide table is reported. */
  itemKey: string;
}

/** A cell as the file holds it: real date cells arrive as Date, formulas as their cached value. */
export type RawCell = string | number | boolean | Date | null;

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

/** Limits stated to the user when hit. */
export const IMPORT_LIMITS = {
  maxFileBytes: 200 * 1024 * 1024,
  /** Spreadsheets (not CSV) are read whole by SheetJS; beyond this the tab risks running out of memory. */
  maxSpreadsheetBytes: 50 * 1024 * 1024,
  /**
   * What an xlsx or ods may unpack to (its XML, as its zip directory declares it). A real 50 MB workbook
   * unpacks to a few hundred MB; a file that declares more is refused before it is inflated.
   */
  maxUnpackedBytes: 600 * 1024 * 1024,
  maxRows: 2_000_000,
  maxColumns: 500,
  maxCellChars: 10_000,
  /** Rows scanned for the header row. */
  headerScanRows: 30,
  previewRows: 20,
  /** Problems listed one by one in the report; beyond this they are only counted. */
  maxListedProblems: 200,
  /** Cells shown per kind of problem and column. */
  problemExamples: 3,
} as const;

export interface InspectOptions {
  /** Sheet name; default: the first visible sheet with data. */
  sheet?: string;
  /** CSV/TXT only; default 'auto'. */
  encoding?: TextEncoding | 'auto';
  delimiter?: Delimiter | 'auto';
  /** 0-based row index of the header in the sheet; default 'auto'. */
  headerRow?: number | 'auto';
  /**
   * Whether "1,234" means 1.234: 'auto' (the default) decides from the file's numbers; the import is
   * given the inspection's decision, so it reads every cell the way the preview showed them.
   */
  decimalComma?: boolean | 'auto';
  /**
   * The interface language, for files that show no convention at all (a workbook's rare numeric text):
   * Russian reads a decimal comma. Default 'ru', the seminar's language.
   */
  locale?: Locale;
  /** Set by a spec that accepts other layouts (DatasetSpec.layouts); absent, every file is read as one record per row. */
  layouts?: LayoutOptions;
  /** The layout to read the file in; default 'auto': detected from the top rows. */
  layout?: TableLayout | 'auto';
}

/** The layout read, what detection alone chose, and what the user may switch to. */
export interface LayoutChoice {
  used: TableLayout;
  detected: TableLayout;
  accepted: readonly AlternativeLayout[];
}

export interface Inspection {
  fileName: string;
  fileBytes: number;
  format: SourceFormat;
  /** CSV/TXT: the encoding used, and what detection alone would have chosen. */
  encoding: { used: TextEncoding; detected: TextEncoding; hadBom: boolean } | null;
  delimiter: Delimiter | null;
  sheets: SheetInfo[];
  sheet: string;
  /** 0-based index of the header row among the sheet's rows (titles above a table are skipped); −1: no header (one basket per line). */
  headerRow: number;
  headers: string[];
  /** The first rows after the header, raw. */
  preview: RawCell[][];
  /** Data rows after the header, when known without reading everything (spreadsheets); null for CSV. */
  dataRowCount: number | null;
  /**
   * Decided once per file, from the numbers in the rows under the header (more than the preview holds):
   * does "1,234" mean 1.234? The preview types its cells with it, and the import is pinned to it.
   */
  decimalComma: boolean;
  /**
   * Only for a spec that accepts other layouts. When one is used, `headers` and `preview` are the rows it
   * makes (the group, the item, then the wide table's other columns), which the mapping and the import read.
   */
  layout?: LayoutChoice;
}

export type FileProblemCode =
  | 'empty' // zero bytes or nothing but blank cells
  | 'tooLarge' // details: { bytes, limitBytes }, and { unpackedBytes } when what the zip unpacks to is too large
  | 'notSpreadsheet' // an image, a PDF, an archive that is not a workbook, random bytes
  | 'html' // a web page saved with a spreadsheet extension
  | 'encrypted' // password-protected workbook
  | 'corrupt' // a workbook that cannot be read (truncated zip, damaged file)
  | 'sheetNotFound' // details: { sheet }
  | 'noHeader' // no row looks like column names
  | 'onlyHeader' // headers but no data rows; details: { exampleRows } when the only rows were the template's example
  | 'tooManyColumns' // details: { columns, limit }
  | 'tooManyRows' // details: { rows, limit }
  | 'missingRequired' // the mapping leaves a required column unmapped; details: { columns: keys joined by ',' }
  | 'cancelled'
  | 'workerStopped' // the import worker stopped answering (killed, out of memory): the tab goes on
  | 'unexpected'; // a bug: details: { message }

export interface FileProblem {
  code: FileProblemCode;
  details?: Record<string, string | number>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

/** spec column key → 0-based source column index, or null when the column is not in the file. */
export type ColumnMapping = Record<string, number | null>;

/**
 * A typed value. Dates are ISO calendar dates 'yyyy-mm-dd' (no time zone surprises, JSON- and
 * IndexedDB-safe); percents are fractions (12 % → 0.12); likert and number are numbers.
 */
export type TypedValue = string | number | null;
export type TypedRow = Record<string, TypedValue>;

export type CellProblemCode =
  | 'required' // empty cell in a required column → row skipped
  | 'notNumber'
  | 'notDate'
  | 'formulaError' // #DIV/0!, #N/A, #VALUE! …
  | 'negative' // a negative quantity/amount where the spec forbids it
  | 'futureDate'
  | 'outOfRange' // likert outside its scale, percent beyond bounds
  | 'tooLong' // text longer than maxCellChars (truncated, row kept)
  | 'notAMark'; // a cell of a wide 0/1 table that is neither a mark nor a count: read as "not bought", row kept

export interface CellProblem {
  /** 1-based row number as the user sees it in their spreadsheet. */
  row: number;
  column: string;
  value: string;
  code: CellProblemCode;
  /** true when the whole row was left out; false when the row was kept with this cell empty/trimmed. */
  skippedRow: boolean;
}

/** A cell the report shows to illustrate a kind of problem: its spreadsheet row and what it held. */
export interface ProblemExample {
  row: number;
  value: string;
}

/** All problems of one code in one column, with the first few cells as examples. */
export interface ProblemCount {
  code: CellProblemCode;
  column: string;
  count: number;
  /** The first IMPORT_LIMITS.problemExamples cells, in file order. */
  examples: ProblemExample[];
}

/** How a mapped column fared: cells that held something (or were required and empty), and how many failed. */
export interface ColumnHealth {
  column: string;
  checked: number;
  failed: number;
}

/**
 * Answers past the spec's Likert scale (DatasetSpec.scale), read from the cells left out: the file's highest
 * answer, and the smallest of the allowed scales that holds every answer, when there is one.
 */
export interface ScaleFit {
  min: number;
  max: number;
  /** Cells of the scale's columns left out as outside the scale. */
  outside: number;
  /** Cells of the scale's columns that held something. */
  answers: number;
  highest: number;
  /**
   * null when no allowed scale holds the answers (a 0, a 4.5, a 10 on a 1–7 choice), or when so few are
   * outside that they are slips, not another scale (scaleFit.ts SCALE_PROPOSAL_SHARE).
   */
  proposedMax: number | null;
}

export interface ImportReport {
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  /** At most IMPORT_LIMITS.maxListedProblems, in file order. */
  problems: CellProblem[];
  /** All problems counted, by code and by column: what the report shows, however many there are. */
  problemCounts: ProblemCount[];
  blankRowsIgnored: number;
  /** Every mapped column, in spec order. */
  columnHealth: ColumnHealth[];
  /**
   * Rows that are the template's example pasted back (or marked "Пример" / "Example" / "示例" in their first
   * cell): left out and not counted as read. Row numbers at most IMPORT_LIMITS.maxListedProblems.
   */
  exampleRows: number[];
  exampleRowCount: number;
  /** Set when the spec declares a scale and some answers go past it. */
  scaleFit: ScaleFit | null;
  /** Set when the spec declares layouts (its rows are items of groups: receipt lines): how many groups list several items. */
  groups?: GroupCounts | null;
}

export interface GroupCounts {
  groups: number;
  withSeveralItems: number;
}

export interface ImportResult {
  inspection: Inspection;
  mapping: ColumnMapping;
  rows: TypedRow[];
  report: ImportReport;
}

/** Options that change how cells are typed; the exercise's spec says which columns they apply to. */
export interface TypingOptions {
  /** 'today' for the future-date check, as an ISO date (passed in so the model stays pure). */
  today: string;
  locale: Locale;
}
