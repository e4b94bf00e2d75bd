/**
 * CSV as the app writes it: the user's separator and decimal mark, figures to the precision the screen shows, a
 * formula-injection guard, and a UTF-8 BOM on the file. Apart from the .xlsx export so that a worker can write a CSV
 * without taking in the export's own worker (exportFile.ts), which a worker cannot start in the single-file build.
 */
import { isNumberCell, type CellValue } from './sheet';
import { neutraliseFormula } from './exportSafety';
import { calendarDayIso } from '../i18n/format';

export const CSV_MIME = 'text/csv;charset=utf-8';

export function hasTimeOfDay(date: Date): boolean {
  return date.getHours() !== 0 || date.getMinutes() !== 0 || date.getSeconds() !== 0 || date.getMilliseconds() !== 0;
}

export interface CsvOptions {
  separator?: ',' | ';' | '\t';
  /** Russian (and most European) Excel reads "1,5" as a number and "1.5" as text; use with `;`. */
  decimalComma?: boolean;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function formatDate(date: Date): string {
  const day = calendarDayIso(date);
  return hasTimeOfDay(date) ? `${day} ${pad2(date.getHours())}:${pad2(date.getMinutes())}` : day;
}

function roundTo(value: number, decimals: number): number {
  return Number.isFinite(value) ? Number(value.toFixed(Math.max(0, Math.min(20, decimals)))) : value;
}

function csvText(value: CellValue | undefined, decimalComma: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // String() never groups digits and normalises -0 to "0"; only the decimal mark changes.
    const text = String(value);
    return decimalComma ? text.replace('.', ',') : text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value);
  // CSV has no formats: the figure is written to the precision the screen shows (a share keeps its fraction form).
  if (isNumberCell(value)) return csvText(roundTo(value.value, value.format === 'percent' ? value.decimals + 2 : value.decimals), decimalComma);
  return neutraliseFormula(value);
}

/** RFC 4180: quote a field holding the separator, a quote or a line break; double the quotes inside. */
function quoteField(text: string, separator: string): string {
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with CRLF after every record; no BOM (see `csvBlob`). */
export function toCsv(rows: CellValue[][], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const decimalComma = options.decimalComma ?? false;
  return rows
    .map((row) => Array.from(row, (value) => quoteField(csvText(value, decimalComma), separator)).join(separator) + '\r\n')
    .join('');
}

/** CSV text as a file, with a UTF-8 BOM: without it Excel on Windows reads the file as ANSI and garbles Cyrillic/CJK. */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: CSV_MIME });
}
