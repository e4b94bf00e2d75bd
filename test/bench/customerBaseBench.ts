/**
 * What `npm run bench:customers` times in Node (test/bench/customer-base-bench.mjs bundles this file with
 * rolldown): the participant's CSV read by the app's own import (importBytes with the shared sales spec), then the
 * path every analysis worker takes from the stored columns: encodeRows (the columnar table IndexedDB keeps) →
 * salesLinesFromTable → buildCustomerBase. salesLinesFromPlain, the demo's and the tests' path, is not on it.
 */
import { buildCustomerBase } from '../../src/customers/base';
import { salesLinesFromTable } from '../../src/customers/read';
import { encodeRows } from '../../src/data/columnar';
import { importBytes } from '../../src/data/import/pipeline';
import { salesSpec } from '../../src/data/salesSpec';
import { seededRandom } from '../../src/data/seededRandom';

export interface CustomerBenchReport {
  rows: number;
  skipped: number;
  importMs: number;
  encodeMs: number;
  linesMs: number;
  /** buildCustomerBase, each run (the first is cold). */
  baseMs: number[];
  customers: number;
  lapsed: number;
  months: number;
  revenue: number;
  orders: number;
  returnLines: number;
}

/** The generated file's columns, in the order salesCsvChunks writes them. */
export const BENCH_HEADER = ['Номер документа', 'Дата', 'Клиент', 'Товар', 'Сумма', 'Себестоимость'];
const MAPPING = { document: 0, date: 1, customer: 2, product: 3, amount: 4, cost: 5 };

export function runCustomerBaseBench(bytes: Uint8Array, fileName: string, today: string, baseRuns: number): CustomerBenchReport {
  let started = performance.now();
  const imported = importBytes(bytes, fileName, salesSpec, MAPPING, { today, locale: 'ru', delimiter: ';', encoding: 'utf-8', headerRow: 0 });
  if (!imported.ok) throw new Error(`the import refused the file: ${JSON.stringify(imported.problem)}`);
  const importMs = performance.now() - started;
  const { rows, report } = imported.value;

  started = performance.now();
  const table = encodeRows(rows, salesSpec.columns.map((column) => column.key));
  const encodeMs = performance.now() - started;

  started = performance.now();
  const lines = salesLinesFromTable(table);
  const linesMs = performance.now() - started;

  const baseMs: number[] = [];
  let base = null;
  for (let run = 0; run < baseRuns; run++) {
    started = performance.now();
    base = buildCustomerBase(lines, null, { analysisDay: null, windowMonths: 12 });
    baseMs.push(performance.now() - started);
  }
  if (base === null) throw new Error('buildCustomerBase found no sales');
  let revenue = 0;
  let orders = 0;
  for (let b = 0; b < base.count; b++) {
    revenue += base.revenue[b] as number;
    orders += base.orders[b] as number;
  }
  return {
    rows: rows.length,
    skipped: report.rowsSkipped,
    importMs,
    encodeMs,
    linesMs,
    baseMs,
    customers: base.count,
    lapsed: base.lapsed.ids.length,
    months: base.months,
    revenue,
    orders,
    returnLines: base.lines.returns,
  };
}

export interface BenchFileShape {
  lines: number;
  customers: number;
  /** Days since 1970 of the first day, and how many days the file covers. */
  firstDay: number;
  days: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ruDate = (day: number) => {
  const date = new Date(day * 86_400_000);
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
};
const ruMoney = (value: number) => value.toFixed(2).replace('.', ',');

/**
 * A Russian accounting export, in chunks of about a megabyte of text: invoices of 1–5 lines sorted by date,
 * document numbers, dd.mm.yyyy, decimal commas, cost of goods. Every customer has one invoice at least; the
 * rest go by weight 1 / (k + 2,000) (a few big customers, a long tail). One customer in eight stops buying
 * within the first year (lapsed in a 12-month window); about one invoice in forty ends with a returned line.
 */
export function* salesCsvChunks(shape: BenchFileShape, seed = 2026): Generator<string> {
  const random = seededRandom(seed);
  const next = () => random.next();
  const cumulative = new Float64Array(shape.customers);
  let total = 0;
  for (let k = 0; k < shape.customers; k++) cumulative[k] = total += 1 / (k + 2_000);
  const draw = () => {
    const target = next() * total;
    let low = 0;
    let high = shape.customers - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const lastActive = Int32Array.from({ length: shape.customers }, (_, k) => (k % 8 === 7 ? Math.floor(next() * 365) : shape.days - 1));
  const invoices: { customer: number; day: number; size: number }[] = [];
  for (let k = 0, lines = 0; lines < shape.lines; k++) {
    const customer = k < shape.customers ? k : draw();
    const size = Math.min(shape.lines - lines, 1 + Math.floor(next() * 5));
    invoices.push({ customer, day: Math.floor(next() * ((lastActive[customer] as number) + 1)), size });
    lines += size;
  }
  invoices.sort((a, b) => a.day - b.day);
  let chunk = `${BENCH_HEADER.join(';')}\n`;
  for (const [index, invoice] of invoices.entries()) {
    const document = `РН-${pad(index + 1, 7)}`;
    const date = ruDate(shape.firstDay + invoice.day);
    const customer = `КЛ-${pad(invoice.customer, 6)}`;
    for (let line = 0; line < invoice.size; line++) {
      const product = Math.floor(next() * 400);
      const amount = Math.round((200 + next() * 30_000) * 100) / 100;
      const sign = line === invoice.size - 1 && invoice.size > 1 && next() < 1 / 40 ? -1 : 1;
      const cost = amount * (0.55 + (product % 20) / 100);
      chunk += `${document};${date};${customer};Товар ${product + 1};${ruMoney(sign * amount)};${ruMoney(sign * cost)}\n`;
    }
    if (chunk.length > 1_000_000) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}
