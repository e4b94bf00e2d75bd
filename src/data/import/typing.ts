/**
 * One cell of the participant's file → the value the exercise computes with, or the reason it cannot.
 * Pure: the caller passes the file's number style and today's date.
 */
import { parseLocaleNumber } from '../numbers';
import type { ColumnSpec } from '../spec';
import { fixedDateKey, isoFromDateCell, isoFromExcelSerial, isoFromText } from './dates';
import { IMPORT_LIMITS, type CellProblemCode, type RawCell, type TypedValue } from './types';

export interface TypingContext {
  /** Decided once per file by the inspection (Inspection.decimalComma): does "1,234" mean 1.234? */
  decimalComma: boolean;
  /** ISO date; later dates are reported unless the column allows them. */
  today: string;
}

/**
 * A value, or a problem that leaves the cell out. `warning: 'tooLong'` is the one problem that keeps
 * the value (cut to IMPORT_LIMITS.maxCellChars) and the row.
 */
export type TypedCell = { value: TypedValue; warning?: 'tooLong' } | { problem: CellProblemCode };

// What Excel shows for a formula that failed; text that merely starts with '#' ("#1 клиент") is not one.
const FORMULA_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#UNKNOWN!', '#CONNECT!', '#BUSY!', '#ERROR']);

function isFormulaError(text: string): boolean {
  // Checked on every text cell, so the common case (no '#' in front) must not trim or allocate.
  const first = text.charCodeAt(0);
  if (first !== 35 /* # */ && first > 32 && first !== 0xa0) return false;
  return FORMULA_ERRORS.has(text.trim().toUpperCase());
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function isGroupSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/**
 * "1234", "-12,5", "1 234,56" and "1234.56" make up nearly all numeric text in real files; reading them
 * by hand skips the regular expressions of parseLocaleNumber, which handles every other spelling (and
 * gets whatever this declines, by returning null). Digits are gathered as one integer and divided by a
 * power of ten once: both are exact, so the quotient is the double nearest the decimal, as Number() gives.
 */
function readSimpleNumber(text: string, decimalComma: boolean): number | null {
  const length = text.length;
  let i = 0;
  const negative = text.charCodeAt(0) === 45; /* - */
  if (negative) i = 1;
  let mantissa = 0;
  let digitCount = 0;
  let integerDigits = 0;
  let separator = 0;
  let fractionDigits = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digitCount++;
      if (separator === 0) integerDigits++;
      else fractionDigits++;
    } else if ((code === 44 || code === 46) && separator === 0 && digitCount > 0) {
      separator = code;
    } else if (isGroupSpace(code) && separator === 0 && digitCount > 0 && i + 1 < length) {
      // Groups of thousands: "1 234"; a space elsewhere is left to parseLocaleNumber.
    } else {
      return null;
    }
  }
  if (digitCount === 0 || digitCount > 15 || (separator !== 0 && fractionDigits === 0)) return null;
  // "1,234" is one thousand two hundred thirty-four in English-style files, 1.234 in Russian ones.
  const commaGroups = separator === 44 && !decimalComma && fractionDigits === 3 && integerDigits <= 3;
  const value = commaGroups || fractionDigits === 0 ? mantissa : mantissa / (POWERS_OF_TEN[fractionDigits] ?? 1);
  return negative ? -value : value;
}

/** The number a cell holds, or NaN when it holds none. */
function readNumber(raw: RawCell, decimalComma: boolean): number {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : Number.NaN;
  if (typeof raw !== 'string') return Number.NaN;
  const text = raw.trim();
  const simple = readSimpleNumber(text, decimalComma);
  if (simple !== null) return simple;
  return parseLocaleNumber(text, { decimalComma })?.value ?? Number.NaN;
}

/**
 * The number a cell holds, read as the number columns read it, or NaN: what the report needs of a cell it
 * left out (the highest answer of a file on another scale).
 */
export function cellNumber(raw: RawCell | undefined, decimalComma: boolean): number {
  if (raw === undefined || raw === null || typeof raw === 'boolean' || raw instanceof Date) return Number.NaN;
  return readNumber(raw, decimalComma);
}

/**
 * Why a cell was not taken. One shared instance per code, so typing a million cells allocates nothing
 * for the problems (and a value is told from a problem by `instanceof`).
 */
export class CellIssue {
  private constructor(readonly code: CellProblemCode) {}

  static readonly required = new CellIssue('required');
  static readonly notNumber = new CellIssue('notNumber');
  static readonly notDate = new CellIssue('notDate');
  static readonly formulaError = new CellIssue('formulaError');
  static readonly negative = new CellIssue('negative');
  static readonly futureDate = new CellIssue('futureDate');
  static readonly outOfRange = new CellIssue('outOfRange');
}

/** A value cut to IMPORT_LIMITS.maxCellChars: kept, and reported. */
export class TruncatedText {
  constructor(readonly value: string) {}
}

function withinBounds(value: number, column: ColumnSpec): number | CellIssue {
  if (column.min !== undefined && value < column.min) return column.min === 0 ? CellIssue.negative : CellIssue.outOfRange;
  if (column.max !== undefined && value > column.max) return CellIssue.outOfRange;
  return value;
}

const PERCENT_SIGN = /[%％]\s*$/;

/**
 * Percents arrive as 0.12 (an Excel cell formatted as 12 %), as "12 %" or as a plain 12. A number above 1
 * in magnitude without a % sign is read as percentage points (12 → 0.12), so 1 itself stays 100 %; bounds
 * (min/max) are checked on the fraction.
 */
function typePercent(raw: RawCell, column: ColumnSpec, decimalComma: boolean): number | CellIssue {
  const value = readNumber(raw, decimalComma);
  if (Number.isNaN(value)) return CellIssue.notNumber;
  const percentSign = typeof raw === 'string' && PERCENT_SIGN.test(raw);
  return withinBounds(percentSign || Math.abs(value) > 1 ? value / 100 : value, column);
}

function typeLikert(raw: RawCell, column: ColumnSpec, decimalComma: boolean): number | CellIssue {
  const value = readNumber(raw, decimalComma);
  if (Number.isNaN(value)) return CellIssue.notNumber;
  const outside = (column.min !== undefined && value < column.min) || (column.max !== undefined && value > column.max);
  return Number.isInteger(value) && !outside ? value : CellIssue.outOfRange;
}

function typeDate(raw: RawCell, column: ColumnSpec, today: string): string | CellIssue {
  let iso: string | null = null;
  if (raw instanceof Date) iso = isoFromDateCell(raw);
  // Serial numbers are dates only in a date column: elsewhere 45352 is just a number.
  else if (typeof raw === 'number') iso = isoFromExcelSerial(raw);
  else if (typeof raw === 'string') iso = isoFromText(raw);
  if (iso === null) return CellIssue.notDate;
  if (iso > today && column.allowFutureDates !== true) return CellIssue.futureDate;
  return iso;
}

function typeText(raw: RawCell): string | TruncatedText {
  const text = raw instanceof Date ? (isoFromDateCell(raw) ?? '') : String(raw).trim();
  return text.length <= IMPORT_LIMITS.maxCellChars ? text : new TruncatedText(text.slice(0, IMPORT_LIMITS.maxCellChars));
}

export function isEmptyRaw(raw: RawCell | undefined): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== 'string') return false;
  // Most cells start with a visible character; only those that do not need a trim.
  const first = raw.charCodeAt(0);
  return raw.length === 0 || (first <= 32 || first === 0xa0 ? raw.trim() === '' : false);
}

export type CellOutcome = TypedValue | CellIssue | TruncatedText;

/** A column's cell reader, built once per import so the row loop does not re-decide the column type. */
export type CellReader = (raw: RawCell | undefined) => CellOutcome;

/** Distinct values remembered per column; sales files repeat a few hundred dates or products over many rows. */
const MEMO_LIMIT = 20_000;

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function dateReader(column: ColumnSpec, today: string): (cell: RawCell) => string | CellIssue {
  // Remembering the answer also makes every row of one day share a single ISO string in memory.
  // Nearly all date text is 'dd.mm.yyyy' or 'yyyy-mm-dd': those are remembered by the day's number,
  // read from fixed positions (a third faster than hashing the text); any other spelling by its text.
  const byDay = new Map<number, string | CellIssue>();
  const byText = new Map<string, string | CellIssue>();
  return (cell) => {
    if (typeof cell !== 'string') return typeDate(cell, column, today);
    const day = fixedDateKey(cell);
    if (day >= 0) return byDay.get(day) ?? remember(byDay, day, typeDate(cell, column, today));
    return byText.get(cell) ?? remember(byText, cell, typeDate(cell, column, today));
  };
}

/**
 * Slots of the cache in front of the category memo (a power of two). Each slot holds the last value that
 * fell into it, so a repeated value is mostly found by one comparison: a Map lookup hashes the whole
 * text first, which took longer than the rest of typing the cell.
 */
const CACHE_SLOTS = 256;

/**
 * A category repeats a handful of values, so each is kept once: the rows then share it, and do not
 * hold on to the slice of the file it was cut from (a long cell is a view into that slice).
 */
function categoryReader(): (cell: RawCell) => CellOutcome {
  const memo = new Map<string, string | TruncatedText>();
  // Only text that is its own value (nothing trimmed or cut) goes into a slot, picked by length and end
  // letters; the slot holds the memo's copy, so it keeps no further slice of the file alive.
  const slots = new Array<string>(CACHE_SLOTS).fill('');
  return (cell) => {
    if (typeof cell !== 'string') return typeText(cell);
    const last = cell.length - 1;
    const slot = (last * 31 + cell.charCodeAt(0) * 7 + cell.charCodeAt(last)) & (CACHE_SLOTS - 1);
    // Cast: slot is below the length of slots, which is never empty here.
    const recent = slots[slot] as string;
    if (recent === cell) return recent;
    const value = memo.get(cell) ?? remember(memo, cell, typeText(cell));
    if (value === cell) slots[slot] = value;
    return value;
  };
}

function valueReader(column: ColumnSpec, context: TypingContext): (cell: RawCell) => CellOutcome {
  const { decimalComma, today } = context;
  switch (column.type) {
    case 'number':
    case 'money':
      return (cell) => {
        if (typeof cell === 'boolean' || cell instanceof Date) return CellIssue.notNumber;
        const value = readNumber(cell, decimalComma);
        // "12 %" in a number column is read as 12: the column asks for a number, the sign is decoration.
        return Number.isNaN(value) ? CellIssue.notNumber : withinBounds(value, column);
      };
    case 'percent':
      return (cell) => (typeof cell === 'boolean' || cell instanceof Date ? CellIssue.notNumber : typePercent(cell, column, decimalComma));
    case 'likert':
      return (cell) => (typeof cell === 'boolean' || cell instanceof Date ? CellIssue.notNumber : typeLikert(cell, column, decimalComma));
    case 'date':
      return dateReader(column, today);
    case 'text':
      return typeText;
    case 'category':
      return categoryReader();
  }
}

export function cellReader(column: ColumnSpec, context: TypingContext): CellReader {
  const readValue = valueReader(column, context);
  const whenEmpty = column.required ? CellIssue.required : null;
  return (raw) => {
    if (raw === undefined || isEmptyRaw(raw)) return whenEmpty;
    if (typeof raw === 'string' && isFormulaError(raw)) return CellIssue.formulaError;
    return readValue(raw);
  };
}

export function typeCell(raw: RawCell | undefined, column: ColumnSpec, context: TypingContext): TypedCell {
  const outcome = cellReader(column, context)(raw);
  if (outcome instanceof CellIssue) return { problem: outcome.code };
  if (outcome instanceof TruncatedText) return { value: outcome.value, warning: 'tooLong' };
  return { value: outcome };
}
