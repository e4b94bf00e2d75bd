import { parseCalendarDay } from '../i18n/format';

/**
 * What an exported cell means, so the workbook reads as the screen does: a share is stored as 0.125 and
 * shown as 12.5 %, an amount carries the workbook's currency, a figure has the decimals the screen shows,
 * a calendar day is an Excel date. The value stays whole (Excel computes with it); the format rounds what is seen.
 */
export type NumberFormat =
  /** A fraction shown as a percentage: 0.125 → 12.5 %. */
  | 'percent'
  /** An amount in the workbook's currency (the header's currency setting): 1 234 ₽, $1,234. */
  | 'money'
  /** A plain figure with fixed decimals and digit grouping: 5.47, 1 234. */
  | 'decimal';

export interface NumberCell {
  value: number;
  format: NumberFormat;
  /** Decimals the screen shows for this figure; Excel shows exactly these (0.0 %, not 0.1234567). */
  decimals: number;
  /** A change or an uplift, shown with its sign as on screen: +12.5 %, −0.25. */
  signed?: boolean;
}

/**
 * One cell written to an exported workbook. A bare number is written as Excel's General (counts, ranks, scale
 * points: whole numbers); a figure with decimals, a share or an amount is a NumberCell. A Date is a day (or a
 * moment) shown in the workbook language's date format; build one from a stored 'yyyy-mm-dd' with `dateCell`.
 */
export type CellValue = string | number | boolean | Date | NumberCell | null;

/** A named sheet of an export: the first row is usually the header. */
export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** Column widths in characters, for a readable file without manual resizing. */
  columnWidths?: number[];
}

export function isNumberCell(value: CellValue | undefined): value is NumberCell {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function numberCell(value: number | null | undefined, format: NumberFormat, decimals: number, signed: boolean): NumberCell | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return signed ? { value, format, decimals, signed } : { value, format, decimals };
}

export interface CellOptions {
  /** Show the sign of a change: +12.5 %. */
  signed?: boolean;
}

/** A share (0.125) shown as a percentage with `decimals` decimals (the screen's default: one). */
export function percentCell(share: number | null | undefined, decimals = 1, options: CellOptions = {}): NumberCell | null {
  return numberCell(share, 'percent', decimals, options.signed ?? false);
}

/** An amount in the workbook's currency, whole units unless the screen shows kopecks. */
export function moneyCell(amount: number | null | undefined, decimals = 0, options: CellOptions = {}): NumberCell | null {
  return numberCell(amount, 'money', decimals, options.signed ?? false);
}

/** A figure with exactly `decimals` decimals, as the screen writes it (a gap of −0.64, 1.25 purchases). */
export function decimalCell(value: number | null | undefined, decimals: number, options: CellOptions = {}): NumberCell | null {
  return numberCell(value, 'decimal', decimals, options.signed ?? false);
}

/**
 * A stored calendar day ('2026-03-05') as an Excel date, at local midnight, so it stays on its day. Text that is
 * not such a day is kept as it is (nothing the participant entered is dropped); null and '' stay empty.
 */
export function dateCell(iso: string | null | undefined): Date | string | null {
  if (iso === null || iso === undefined || iso === '') return null;
  return parseCalendarDay(iso) ?? iso;
}

/**
 * The fewest decimals, at most `max`, that show a figure the participant typed as they typed it: an input of
 * 1.5 purchases is written 1.5 and 1 800 ₽ is 1 800, where a computed figure gets the screen's fixed decimals.
 */
export function enteredDecimals(value: number, max = 2): number {
  for (let decimals = 0; decimals < max; decimals++) {
    if (Math.abs(Number(value.toFixed(decimals)) - value) <= 1e-9 * Math.max(1, Math.abs(value))) return decimals;
  }
  return max;
}
