/**
 * Calendar dates as ISO 'yyyy-mm-dd' from what spreadsheets hold: date cells, Excel serial numbers and
 * text in Russian/European day-first order or ISO order. Time of day is dropped: the exercises count
 * days, and a time zone must never move a purchase to the day before.
 */

/** Excel's 1900 date system: serial 1 is 1900-01-01; the largest is 9999-12-31. */
const MIN_SERIAL = 1;
const MAX_SERIAL = 2_958_465;
// Excel serial 60 is the fictitious 1900-02-29 (Lotus 1-2-3 compatibility): no real day to give it.
const FICTITIOUS_LEAP_DAY = 60;
const MS_PER_DAY = 86_400_000;
/** Serial 0 falls on 1899-12-31 for serials up to 59 and on 1899-12-30 after the fictitious leap day. */
const EPOCH_BEFORE_LEAP_DAY = Date.UTC(1899, 11, 31);
const EPOCH_AFTER_LEAP_DAY = Date.UTC(1899, 11, 30);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function formatIso(year: number, month: number, day: number): string {
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 31.02.2024 is no date: the day is checked against its month (and February against leap years). */
function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > daysInMonth) return null;
  return formatIso(year, month, day);
}

function isoFromUtc(ms: number): string {
  const date = new Date(ms);
  return formatIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * SheetJS (cellDates) gives a date cell as the Date whose UTC fields are the wall-clock time typed in
 * Excel, whatever the time zone of the browser: reading local fields would move dates east of UTC
 * back a day in the Americas.
 */
export function isoFromDateCell(date: Date): string | null {
  const ms = date.getTime();
  return Number.isNaN(ms) ? null : isoFromUtc(ms);
}

export function isoFromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial >= MAX_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === FICTITIOUS_LEAP_DAY) return null;
  const epoch = day < FICTITIOUS_LEAP_DAY ? EPOCH_BEFORE_LEAP_DAY : EPOCH_AFTER_LEAP_DAY;
  return isoFromUtc(epoch + day * MS_PER_DAY);
}

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

// An optional time after the date ("01.03.2024 14:05", "2024-03-01T14:05:00Z") is accepted and ignored.
const TIME = String.raw`(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm])?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})` + TIME + '$');
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([./-])(\d{1,2})\2(\d{1,2})` + TIME + '$');

/** Five digits (10000–99999: 1927–2173), so that a year such as "2024" is never read as a serial. */
const SERIAL_TEXT = /^\d{5}$/;

/**
 * 'dd.mm.yyyy', 'd.m.yyyy', 'dd.mm.yy', 'dd/mm/yyyy', 'dd-mm-yyyy' (day first, as in Russia and most of
 * Europe; American month-first text is not guessed) and 'yyyy-mm-dd' / 'yyyy.mm.dd', and Excel serials written as text.
 */
export function isoFromText(input: string): string | null {
  const text = input.trim();
  // A CSV exported from an Excel column that was not formatted as dates holds the serials as text.
  if (SERIAL_TEXT.test(text)) return isoFromExcelSerial(Number(text));
  // Fast path for the two shapes that make up nearly all real files: 'dd.mm.yyyy' and 'yyyy-mm-dd'.
  if (text.length === 10) {
    const c2 = text.charCodeAt(2);
    const c4 = text.charCodeAt(4);
    if (c2 === 46 && text.charCodeAt(5) === 46) return isoFromParts(digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
    if (c4 === 45 && text.charCodeAt(7) === 45) return isoFromParts(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst !== null) return isoFromParts(fullYear(dayFirst[4] ?? ''), Number(dayFirst[3]), Number(dayFirst[1]));
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst !== null) return isoFromParts(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  return null;
}

/**
 * The day named by 'dd.mm.yyyy' or 'yyyy-mm-dd' with every digit in place, as year·10⁴ + month·10² + day
 * (not checked against the calendar), else -1. isoFromText reads such text as exactly these parts, so a
 * caller may remember its answer by this number: cheaper than hashing the text, and one entry serves
 * both spellings of a day.
 */
export function fixedDateKey(text: string): number {
  if (text.length !== 10) return -1;
  let year: number;
  let month: number;
  let day: number;
  if (text.charCodeAt(2) === 46 && text.charCodeAt(5) === 46) {
    day = digits(text, 0, 2);
    month = digits(text, 3, 5);
    year = digits(text, 6, 10);
  } else if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    year = digits(text, 0, 4);
    month = digits(text, 5, 7);
    day = digits(text, 8, 10);
  } else {
    return -1;
  }
  return year < 0 || month < 0 || day < 0 ? -1 : year * 10_000 + month * 100 + day;
}

/** The number written in text[from, to) when it is all ASCII digits, else -1 (which no check accepts). */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}
