import { readFileSync } from 'node:fs';

/**
 * The figures the customer-base exercise should show for test/fixtures/customer-base (README.md there), computed
 * here in Node straight from the files, apart from the app's model: the e2e test compares the screen with them.
 * The files' format is known (`;`, no quotes, `1 234,56`, dd.mm.yyyy), so a line split is the whole CSV reading.
 *
 * The rules are METHODS.md's as the exercise states them on screen: the analysis day is the last day a customer
 * bought; the window is the 12 months before it (months counted back from the analysis day's date); revenue is net
 * of returns; a customer is A while the customers worth more than it bring less than 80 % together (B: 95 %); XYZ
 * is the population CV of monthly net sales (a silent month is 0; a customer new in the window counted from its
 * first month; under 3 months: "new").
 */

export const SALES_BYTES = readFileSync(new URL('../fixtures/customer-base/sales-ru-1251.csv', import.meta.url));
export const LIST_BYTES = readFileSync(new URL('../fixtures/customer-base/customers-ru.csv', import.meta.url));

const DAY_MS = 86_400_000;

export interface SaleLine {
  customer: string;
  /** Days since 1970-01-01; null when the cell is empty. */
  day: number | null;
  /** Null when the cell is empty. */
  amount: number | null;
  cost: number | null;
  document: string;
}

/** "38 467,97" → 38467.97; "" → null. */
function amountOf(cell: string | undefined): number | null {
  const text = (cell ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return text === '' ? null : Number(text);
}

/** "01.03.2025" → days since 1970. */
function dayOf(cell: string | undefined): number | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(cell ?? '');
  return match ? Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1])) / DAY_MS : null;
}

function rowsOf(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .slice(1)
    .map((line) => line.split(';'));
}

export function readSales(): SaleLine[] {
  return rowsOf(new TextDecoder('windows-1251').decode(SALES_BYTES)).map(([customer, date, document, amount, cost]) => ({
    customer: customer ?? '',
    day: dayOf(date),
    amount: amountOf(amount),
    cost: amountOf(cost),
    document: document ?? '',
  }));
}

export interface ListRow {
  id: string;
  potential: number | null;
  costToServe: number | null;
}

/** Code; name; potential; size; plan; credit limit; debt; cost to serve; region; channel. */
export function readList(): ListRow[] {
  return rowsOf(new TextDecoder('utf-8').decode(LIST_BYTES)).map((cells) => ({ id: cells[0] ?? '', potential: amountOf(cells[2]), costToServe: amountOf(cells[7]) }));
}

/** The same calendar date k months earlier (the month's last day when it has no such date). */
export function monthsBack(day: number, k: number): number {
  const date = new Date(day * DAY_MS);
  const month = date.getUTCMonth() - k;
  const last = new Date(Date.UTC(date.getUTCFullYear(), month + 1, 0)).getUTCDate();
  return Date.UTC(date.getUTCFullYear(), month, Math.min(date.getUTCDate(), last)) / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export type Abc = 'A' | 'B' | 'C';
export type Xyz = 'X' | 'Y' | 'Z' | 'new';

export interface Expected {
  /** Import report: data rows read, imported (customer, date and amount present), skipped. */
  read: number;
  imported: number;
  skippedNoCustomer: number;
  skippedNoAmount: number;
  analysisDay: number;
  startDay: number;
  /** Customers with a sale (positive line) in the window. */
  customers: string[];
  /** Customers who bought before the window and not in it. */
  lapsed: string[];
  revenue: number;
  returns: number;
  returnLines: number;
  margin: number;
  orders: number;
  linesUsed: number;
  linesBefore: number;
  listRows: number;
  listMatched: number;
  listWithoutSales: string[];
  /** Per customer in the window: net revenue, its ABC class and its XYZ group (with the given thresholds). */
  perCustomer: Map<string, { revenue: number; abc: Abc; xyz: Xyz; cv: number }>;
  /** Profit × potential with both lines at their medians (a value on a line is high): customers per quadrant. */
  profitPotential: { develop: number; keep: number; review: number; serveCheaper: number };
}

export interface Thresholds {
  a: number;
  b: number;
  x: number;
  y: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { a: 80, b: 95, x: 10, y: 25 };

export function expectedFigures(thresholds: Thresholds = DEFAULT_THRESHOLDS, windowMonths = 12): Expected {
  const all = readSales();
  const lines = all.filter((line) => line.customer !== '' && line.day !== null && line.amount !== null);
  const analysisDay = Math.max(...lines.filter((line) => (line.amount ?? 0) > 0).map((line) => line.day ?? 0));
  const monthEnds = Array.from({ length: windowMonths + 1 }, (_, j) => monthsBack(analysisDay, windowMonths - j));
  const startDay = (monthEnds[0] ?? 0) + 1;
  const inWindow = lines.filter((line) => (line.day ?? 0) >= startDay && (line.day ?? 0) <= analysisDay);
  const before = lines.filter((line) => (line.day ?? 0) < startDay);
  const buyers = new Set(inWindow.filter((line) => (line.amount ?? 0) > 0).map((line) => line.customer));
  const counted = inWindow.filter((line) => buyers.has(line.customer));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

  const revenueOf = new Map<string, number>();
  for (const line of counted) revenueOf.set(line.customer, (revenueOf.get(line.customer) ?? 0) + (line.amount ?? 0));
  const customers = [...buyers];
  const positiveTotal = sum(customers.map((id) => Math.max(0, revenueOf.get(id) ?? 0)));
  const abc = new Map<string, Abc>();
  for (const id of customers) {
    const own = revenueOf.get(id) ?? 0;
    // The value of the customers worth strictly more: ties share a class.
    const ahead = sum(customers.filter((other) => (revenueOf.get(other) ?? 0) > own).map((other) => Math.max(0, revenueOf.get(other) ?? 0)));
    abc.set(id, own <= 0 ? 'C' : ahead * 100 < thresholds.a * positiveTotal ? 'A' : ahead * 100 < thresholds.b * positiveTotal ? 'B' : 'C');
  }

  const bucketOf = (day: number) => monthEnds.findIndex((end, j) => j > 0 && day <= end && day > (monthEnds[j - 1] ?? 0)) - 1;
  const perCustomer: Expected['perCustomer'] = new Map();
  for (const id of customers) {
    const monthly = new Array<number>(windowMonths).fill(0);
    for (const line of counted) {
      const bucket = bucketOf(line.day ?? 0);
      if (line.customer === id) monthly[bucket] = (monthly[bucket] ?? 0) + (line.amount ?? 0);
    }
    const everFirst = Math.min(...lines.filter((line) => line.customer === id && (line.amount ?? 0) > 0).map((line) => line.day ?? 0));
    const firstInWindow = Math.min(...counted.filter((line) => line.customer === id && (line.amount ?? 0) > 0).map((line) => line.day ?? 0));
    const months = monthly.slice(everFirst < startDay ? 0 : bucketOf(firstInWindow));
    const mean = sum(months) / months.length;
    const cv = mean > 0 ? Math.sqrt(sum(months.map((value) => (value - mean) ** 2)) / months.length) / mean : Number.NaN;
    const xyz: Xyz = months.length < 3 ? 'new' : Number.isNaN(cv) ? 'Z' : cv * 100 <= thresholds.x + 1e-9 ? 'X' : cv * 100 <= thresholds.y + 1e-9 ? 'Y' : 'Z';
    perCustomer.set(id, { revenue: revenueOf.get(id) ?? 0, abc: abc.get(id) ?? 'C', xyz, cv });
  }

  const list = readList();
  const listIds = list.map((row) => row.id);
  const profitPotential = quadrants(customers.map((id) => {
    const row = list.find((entry) => entry.id === id);
    const margin = sum(counted.filter((line) => line.customer === id).map((line) => (line.amount ?? 0) - (line.cost ?? 0)));
    return { profit: margin - (row?.costToServe ?? 0), potential: row?.potential ?? null };
  }));
  const everSold = new Set(lines.map((line) => line.customer));
  const positive = counted.filter((line) => (line.amount ?? 0) > 0);
  return {
    read: all.length,
    imported: lines.length,
    skippedNoCustomer: all.filter((line) => line.customer === '').length,
    skippedNoAmount: all.filter((line) => line.customer !== '' && line.amount === null).length,
    analysisDay,
    startDay,
    customers,
    lapsed: [...new Set(before.filter((line) => (line.amount ?? 0) > 0 && !buyers.has(line.customer)).map((line) => line.customer))],
    revenue: sum(counted.map((line) => line.amount ?? 0)),
    returns: -sum(counted.filter((line) => (line.amount ?? 0) < 0).map((line) => line.amount ?? 0)),
    returnLines: inWindow.filter((line) => (line.amount ?? 0) < 0).length,
    margin: sum(counted.map((line) => (line.amount ?? 0) - (line.cost ?? 0))),
    orders: new Set(positive.map((line) => `${line.customer}\u0000${line.document}`)).size,
    linesUsed: inWindow.length,
    linesBefore: before.length,
    listRows: listIds.length,
    listMatched: listIds.filter((id) => buyers.has(id)).length,
    listWithoutSales: listIds.filter((id) => !everSold.has(id)),
    perCustomer,
    profitPotential,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Develop: high potential, low profit; keep: both high; review: both low; serve cheaper: high profit, low potential. */
function quadrants(customers: { profit: number; potential: number | null }[]): Expected['profitPotential'] {
  const placed = customers.filter((customer): customer is { profit: number; potential: number } => customer.potential !== null);
  const profitLine = median(placed.map((customer) => customer.profit));
  const potentialLine = median(placed.map((customer) => customer.potential));
  const count = (profitHigh: boolean, potentialHigh: boolean) =>
    placed.filter((customer) => customer.profit >= profitLine === profitHigh && customer.potential >= potentialLine === potentialHigh).length;
  return { develop: count(false, true), keep: count(true, true), review: count(false, false), serveCheaper: count(true, false) };
}
