/**
 * "Export to Excel" / CSV for the browser-only app. SheetJS is big, so this module only imports its types:
 * `exportXlsx` loads it with a dynamic import, which Vite puts in its own chunk (see `manualChunks`),
 * and `buildWorkbook` takes the module as an argument so tests can pass a static import.
 */
import type { CellObject, ColInfo, WorkBook, WorkSheet } from 'xlsx';
import { isNumberCell, type CellValue, type NumberCell, type SheetSpec } from './sheet';
import { neutraliseFormula } from './exportSafety';
import { createFormatters, type Formatters } from '../i18n/format';
import { INTL_TAG, type Locale } from '../i18n/locale';
import { downloadBlob } from './download';
import { csvBlob, hasTimeOfDay, toCsv, type CsvOptions } from './csv';
import { exportFileWriting, type ExportFileJob } from './exportFile';
import { runAnalysisOnce } from '../workbook/analysis/runAnalysis';

type XlsxModule = typeof import('xlsx');

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel refuses longer text in a cell and SheetJS throws on it; cutting is better than a failed export. */
const MAX_CELL_TEXT = 32_767;
const MAX_SHEET_NAME = 31;
const MIN_COLUMN_WIDTH = 6;
const MAX_COLUMN_WIDTH = 60;

/** Cuts to at most `maxUnits` UTF-16 units (Excel's unit for limits) without splitting a surrogate pair. */
function truncateUnits(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > maxUnits) break;
    out += ch;
  }
  return out;
}

/**
 * SheetJS 0.20 turns a Date into a serial number from its UTC fields, so local midnight of 15 January in
 * Moscow (21:00 UTC on the 14th) would show up as the 14th. Re-expressing the local wall-clock time in UTC
 * keeps the date the participant entered.
 */
function toUtcWallClock(date: Date): Date {
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(),
    date.getMinutes(), date.getSeconds(), date.getMilliseconds()));
}

/** The language and currency the workbook is read in: they choose its date and money formats. */
export interface WorkbookFormat {
  locale: Locale;
  /** ISO 4217 code of the header's currency setting. */
  currency: string;
}

/**
 * Excel's forms of format.date's dates (src/i18n/format.ts), tested to read alike. The dots are escaped: Excel
 * takes `dd.mm.yyyy` as it is, but SheetJS (and so any reader built on it) fails on it.
 */
export const EXCEL_DATE_FORMAT: Record<Locale, string> = {
  ru: 'dd\\.mm\\.yyyy',
  en: 'd mmm yyyy',
  zh: 'yyyy"年"m"月"d"日"',
};

/** Without a language (a response template) a date is written the ISO way, readable everywhere. */
const NEUTRAL_DATE_FORMAT = 'yyyy-mm-dd';

function dateFormat(format: WorkbookFormat | undefined, withTime: boolean): string {
  const day = format ? EXCEL_DATE_FORMAT[format.locale] : NEUTRAL_DATE_FORMAT;
  return withTime ? `${day} hh:mm` : day;
}

/** Text Excel shows as it is, in a number format: inside quotes, which it cannot contain. */
function quoted(text: string): string {
  return text === '' ? '' : `"${text.replace(/"/g, '')}"`;
}

/**
 * Where the language writes the currency symbol (1 234 ₽, $1,234, ¥1,234), read from Intl as the screen's
 * format.money writes it, so the workbook's amounts look like the app's.
 */
const affixCache = new Map<string, { prefix: string; suffix: string }>();

function moneyAffixes(format: WorkbookFormat): { prefix: string; suffix: string } {
  const key = `${format.locale}|${format.currency}`;
  const cached = affixCache.get(key);
  if (cached) return cached;
  const parts = new Intl.NumberFormat(INTL_TAG[format.locale], { style: 'currency', currency: format.currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(1);
  const first = parts.findIndex((part) => part.type === 'integer');
  const last = parts.findLastIndex((part) => part.type === 'integer' || part.type === 'fraction');
  // A no-break space between number and symbol is a plain space in the file: some Excel builds show NBSP as a box.
  const text = (list: Intl.NumberFormatPart[]) => list.map((part) => part.value).join('').replace(/\s/g, ' ');
  const affixes = { prefix: quoted(text(parts.slice(0, first))), suffix: quoted(text(parts.slice(last + 1))) };
  affixCache.set(key, affixes);
  return affixes;
}

/** The Excel number format that shows a figure as the screen does: 0.0%, #,##0" ₽", +#,##0.00;-#,##0.00;0.00. */
function excelNumberFormat(cell: NumberCell, format: WorkbookFormat | undefined): string {
  const decimals = Math.max(0, Math.min(10, Math.trunc(cell.decimals)));
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  let body: string;
  if (cell.format === 'percent') body = `0${fraction}%`;
  else if (cell.format === 'money') {
    // A workbook without a currency (never an exercise's export: it always passes one) still shows the figure.
    const { prefix, suffix } = format ? moneyAffixes(format) : { prefix: '', suffix: '' };
    body = `${prefix}#,##0${fraction}${suffix}`;
  } else body = `#,##0${fraction}`;
  return cell.signed ? `+${body};-${body};${body}` : body;
}

function toCell(value: CellValue | undefined, format: WorkbookFormat | undefined): CellObject | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value } : null;
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { t: 'd', v: toUtcWallClock(value), z: dateFormat(format, hasTimeOfDay(value)) };
  }
  if (isNumberCell(value)) return Number.isFinite(value.value) ? { t: 'n', v: value.value, z: excelNumberFormat(value, format) } : null;
  if (value === '') return null;
  return { t: 's', v: truncateUnits(neutraliseFormula(value), MAX_CELL_TEXT) };
}

// East Asian wide characters take two character widths in Excel's default font.
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    let width = 0;
    for (const ch of line) width += WIDE_CHAR.test(ch) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

/** A NumberCell's text as the screen writes it: what Excel will show, to size the column by. */
function numberText(cell: NumberCell, formatters: Formatters): string {
  const text =
    cell.format === 'percent' ? formatters.percent(cell.value, cell.decimals)
    : cell.format === 'money' ? formatters.money(cell.value, cell.decimals)
    : formatters.fixed(cell.value, cell.decimals);
  return cell.signed && cell.value > 0 ? `+${text}` : text;
}

function displayWidth(value: CellValue | undefined, formatters: Formatters): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.min(String(value).length, 12) : 0; // General shows ≤ 11 digits
  if (typeof value === 'boolean') return 5;
  if (value instanceof Date) return hasTimeOfDay(value) ? 17 : 11;
  if (isNumberCell(value)) return textWidth(numberText(value, formatters));
  return textWidth(neutraliseFormula(value));
}

function columnInfo(rows: CellValue[][], columnCount: number, given: number[] | undefined, formatters: Formatters): ColInfo[] {
  const cols: ColInfo[] = [];
  for (let c = 0; c < columnCount; c++) {
    const explicit = given?.[c];
    if (explicit !== undefined && Number.isFinite(explicit) && explicit > 0) {
      cols.push({ wch: explicit });
      continue;
    }
    let widest = 0;
    for (const row of rows) widest = Math.max(widest, displayWidth(row[c], formatters));
    // Two characters of padding, like Excel's autofit, within bounds so a long comment does not make a 300-wide column.
    cols.push({ wch: Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2)) });
  }
  return cols;
}

/** Only measures text: without a workbook format, any language's digits are as wide. */
function widthFormatters(format: WorkbookFormat | undefined): Formatters {
  return createFormatters(format?.locale ?? 'en', format?.currency ?? 'USD');
}

function buildSheet(XLSX: XlsxModule, spec: SheetSpec, format: WorkbookFormat | undefined): WorkSheet {
  const sheet: WorkSheet = {};
  let columnCount = 0;
  spec.rows.forEach((row, r) => {
    columnCount = Math.max(columnCount, row.length);
    row.forEach((value, c) => {
      const cell = toCell(value, format);
      if (cell) sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    });
  });
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(spec.rows.length - 1, 0), c: Math.max(columnCount - 1, 0) },
  });
  sheet['!cols'] = columnInfo(spec.rows, columnCount, spec.columnWidths, widthFormatters(format));
  return sheet;
}

/** Collapses spaces and drops the apostrophes Excel forbids at either end of a sheet name. */
function tidySheetName(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/^[\s']+|[\s']+$/g, '');
}

/**
 * Makes names Excel accepts: no `[]:*?/\` or control characters, at most 31 characters, not blank, no
 * apostrophe at either end, not the reserved "History", unique ignoring case (Excel compares that way).
 * Duplicates get " (2)", " (3)"…, cutting the base so the whole name still fits in 31 characters.
 */
export function sanitiseSheetNames(names: string[]): string[] {
  const taken = new Set<string>(['HISTORY']);
  return names.map((raw, index) => {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a sheet name must not hold
    const cleaned = tidySheetName(raw.replace(/[\u0000-\u001f\u007f[\]:*?/\\]/g, ' '));
    const base = tidySheetName(truncateUnits(cleaned, MAX_SHEET_NAME)) || `Sheet${index + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toUpperCase()); n++) {
      const suffix = ` (${n})`;
      name = tidySheetName(truncateUnits(base, MAX_SHEET_NAME - suffix.length)) + suffix;
    }
    taken.add(name.toUpperCase());
    return name;
  });
}

/**
 * Builds the workbook in memory; pure apart from the SheetJS module it is given. `format` is the language and
 * currency the participant works in (an exercise's export always gives it); without it dates are ISO.
 */
export function buildWorkbook(XLSX: XlsxModule, sheets: SheetSpec[], format?: WorkbookFormat): WorkBook {
  const workbook = XLSX.utils.book_new();
  // Excel cannot open a workbook without sheets; an empty export still yields a valid, empty file.
  const specs: SheetSpec[] = sheets.length > 0 ? sheets : [{ name: 'Sheet1', rows: [] }];
  const names = sanitiseSheetNames(specs.map((s) => s.name));
  specs.forEach((spec, i) => {
    XLSX.utils.book_append_sheet(workbook, buildSheet(XLSX, spec, format), names[i]);
  });
  return workbook;
}

// Characters Windows forbids in names (macOS only forbids `/` and `:`), and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const FORBIDDEN_FILE_CHARS = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]/g;
// Zero-width and bidi-override characters can disguise a name ("report\u202Excod.exe") and are invisible anyway.
const INVISIBLE_CHARS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_FILE_NAME_CHARS = 100;
// ext4 and most file systems cap a name at 255 bytes: 100 CJK characters are 300 bytes in UTF-8.
const MAX_FILE_NAME_BYTES = 240;

/** A file name (without extension) that Windows, macOS and Linux accept; keeps Cyrillic and CJK. */
export function safeFileName(base: string): string {
  let name = base.normalize('NFC').replace(INVISIBLE_CHARS, '').replace(FORBIDDEN_FILE_CHARS, ' ')
    .replace(/\s+/g, ' ').trim();
  const stem = name.split('.')[0] ?? '';
  if (WINDOWS_RESERVED.test(stem.trim())) name = `_${name}`;
  const encoder = new TextEncoder();
  let out = '';
  let chars = 0;
  for (const ch of name) {
    if (chars + 1 > MAX_FILE_NAME_CHARS || encoder.encode(out + ch).length > MAX_FILE_NAME_BYTES) break;
    out += ch;
    chars++;
  }
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
  out = out.replace(/^[\s.]+|[\s.]+$/g, '');
  return out === '' ? 'export' : out;
}

function withExtension(fileName: string, extension: string): string {
  const stem = fileName.replace(new RegExp(`\\.${extension}$`, 'i'), '');
  return `${safeFileName(stem)}.${extension}`;
}

/** Builds the workbook (SheetJS, written in a worker: exportFile.ts) and hands it to the browser as a download. */
export async function exportXlsx(fileName: string, sheets: SheetSpec[], format?: WorkbookFormat): Promise<void> {
  downloadBlob(withExtension(fileName, 'xlsx'), await runAnalysisOnce(exportFileWriting, format ? { kind: 'xlsx', sheets, format } : { kind: 'xlsx', sheets }));
}

/**
 * A file as the worker writes it (exportFile.worker.ts), ready to save: a Blob crosses from the worker without its
 * bytes being copied. SheetJS loads on demand; a CSV gets its UTF-8 BOM (csvBlob).
 */
export async function exportFile(job: ExportFileJob): Promise<Blob> {
  if (job.kind === 'csv') return csvBlob(toCsv(job.rows, job.options));
  const XLSX = await import('xlsx');
  const workbook = buildWorkbook(XLSX, job.sheets, job.format);
  const bytes: ArrayBuffer = XLSX.write(workbook, { bookType: 'xlsx', type: 'array', compression: true });
  return new Blob([bytes], { type: XLSX_MIME });
}

/** Downloads CSV, its file written in a worker as an .xlsx is. */
export async function exportCsv(fileName: string, rows: CellValue[][], options: CsvOptions = {}): Promise<void> {
  downloadCsvFile(fileName, await runAnalysisOnce(exportFileWriting, { kind: 'csv', rows, options }));
}

/** Downloads a CSV file made elsewhere (csvBlob in a worker). */
export function downloadCsvFile(fileName: string, file: Blob): void {
  downloadBlob(withExtension(fileName, 'csv'), file);
}
