/** Calendar arithmetic on ISO dates, for windows of whole months counted from a launch date. */

/** An ISO calendar date, 'yyyy-mm-dd'; compared as text, which orders it correctly. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIso(date: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDate(value: string): boolean {
  return parseIso(value) !== null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatIso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Calendar months later (or earlier); the 31st becomes the month's last day, as a contract date would. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const parsed = parseIso(date);
  if (!parsed) throw new Error(`addMonths: not an ISO date: ${date}`);
  const index = parsed.y * 12 + (parsed.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIso(y, m, Math.min(parsed.d, daysInMonth(y, m)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const parsed = parseIso(date);
  if (!parsed) throw new Error(`addDays: not an ISO date: ${date}`);
  const next = new Date(Date.UTC(parsed.y, parsed.m - 1, parsed.d + days));
  return formatIso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}
