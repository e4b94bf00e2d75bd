/**
 * Where every customer analysis starts, in whichever exercise reads the shared sales: the participant's stored
 * sales (and customer list, when there is one), read in columns once per import, or a demo business's, generated
 * in the worker. The base for a period is rebuilt only when the period changes; each step's analysis starts from
 * it and returns to the page only what it shows.
 */
import { EMPTY_DAY, columnCodes, columnNumbers, columnValues, findColumn, type ColumnarColumn, type ColumnarTable } from '../data/columnar';
import type { AnalysisContext, DatasetRef } from '../workbook/analysis/context';
import { buildCustomerBase, type CustomerBase, type PeriodOptions } from './base';
import {
  CUSTOMER_CATEGORIES,
  CUSTOMER_FIGURES,
  NO_CODE,
  NO_DAY,
  customerListFromPlain,
  isoToDay,
  lineCost,
  salesLinesFromPlain,
  type CustomerList,
  type SalesLines,
} from './sales';
import type { DemoBusiness, PeriodSettings } from './settings';

/** The sales an analysis reads: the participant's files, or a demo business's. */
export type SalesSource = { kind: 'stored'; sales: DatasetRef; customers: DatasetRef | null } | { kind: 'demo'; business: DemoBusiness };

export interface BaseRequest {
  source: SalesSource;
  period: PeriodSettings;
}

export type BaseRead =
  | { ok: true; base: CustomerBase; lines: SalesLines; list: CustomerList | null }
  /** The stored sales could not be read: the step sends the participant back to step 1. */
  | { ok: false; reason: 'salesUnreadable' }
  /** No line has a customer, a day and an amount up to the analysis day. */
  | { ok: false; reason: 'noSales'; lines: SalesLines };

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

function daysOf(column: ColumnarColumn, rowCount: number): Int32Array {
  if (column.kind === 'date') return Int32Array.from(column.days, (days) => (days === EMPTY_DAY ? NO_DAY : days));
  if (column.kind === 'empty') return new Int32Array(rowCount).fill(NO_DAY);
  return Int32Array.from(columnValues(column, rowCount), (value) => (typeof value === 'string' ? (isoToDay(value) ?? NO_DAY) : NO_DAY));
}

/** Stored sales (src/data/columnar.ts) as the models read them. */
export function salesLinesFromTable(table: ColumnarTable): SalesLines {
  const n = table.rowCount;
  const column = (key: string) => findColumn(table, key);
  const customer = columnCodes(column('customer'), n);
  const amount = columnNumbers(column('amount'), n) ?? new Float64Array(n).fill(Number.NaN);
  const storedCost = columnNumbers(column('cost'), n);
  const margin = columnNumbers(column('margin'), n);
  let cost: Float64Array | null = null;
  if (storedCost || margin) {
    cost = new Float64Array(n);
    for (let i = 0; i < n; i++) cost[i] = lineCost(amount[i] as number, storedCost ? (storedCost[i] as number) : Number.NaN, margin ? (margin[i] as number) : Number.NaN);
  }
  const document = columnCodes(column('document'), n);
  const product = columnCodes(column('product'), n);
  const manager = columnCodes(column('manager'), n);
  const region = columnCodes(column('region'), n);
  return {
    length: n,
    customer: customer?.codes ?? new Int32Array(n).fill(NO_CODE),
    customerLabels: customer?.labels ?? [],
    day: daysOf(column('date'), n),
    amount,
    cost,
    document: document?.codes ?? null,
    product: product?.codes ?? null,
    productLabels: product?.labels ?? [],
    manager: manager?.codes ?? null,
    managerLabels: manager?.labels ?? [],
    region: region?.codes ?? null,
    regionLabels: region?.labels ?? [],
  };
}

/** The stored customer list as the models read it; an id listed twice keeps its first row. */
export function customerListFromTable(table: ColumnarTable): CustomerList {
  const n = table.rowCount;
  const ids = columnValues(findColumn(table, 'customer'), n);
  const names = columnValues(findColumn(table, 'name'), n);
  const keep: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id === null || id === undefined || id === '') continue;
    const text = String(id);
    if (seen.has(text)) continue;
    seen.add(text);
    keep.push(i);
  }
  const figures = Object.fromEntries(
    CUSTOMER_FIGURES.map((key) => {
      const values = columnNumbers(findColumn(table, key), n);
      return [key, values ? Float64Array.from(keep, (i) => values[i] as number) : null];
    }),
  ) as CustomerList['figures']; // Cast: built from the full list of keys just above.
  const categories = Object.fromEntries(
    CUSTOMER_CATEGORIES.map((key) => {
      const coded = columnCodes(findColumn(table, key), n);
      return [key, coded ? { codes: Int32Array.from(keep, (i) => coded.codes[i] as number), labels: coded.labels } : null];
    }),
  ) as CustomerList['categories']; // Cast: as above.
  const rowsWithId = ids.filter((id) => id !== null && id !== '').length;
  return {
    ids: keep.map((i) => String(ids[i])),
    name: keep.map((i) => {
      const name = names[i];
      return name === null || name === undefined ? null : String(name);
    }),
    figures,
    categories,
    repeatedIds: rowsWithId - keep.length,
  };
}

const refKey = (ref: DatasetRef) => `${ref.exerciseId}/${ref.specId}/${ref.importedAt}`;
const sourceKey = (source: SalesSource) => (source.kind === 'demo' ? `demo:${source.business}` : `${refKey(source.sales)}|${source.customers ? refKey(source.customers) : '-'}`);

/** The source's lines and list, read once per import (or once per demo business) while the worker lives. */
export async function salesInput(source: SalesSource, context: AnalysisContext): Promise<{ lines: SalesLines; list: CustomerList | null } | null> {
  if (source.kind === 'demo') {
    const { demoSales } = await import('./demoBusinesses');
    return context.remember(`sales:${sourceKey(source)}`, () => {
      const demo = demoSales(source.business);
      return { lines: salesLinesFromPlain(demo.sales), list: customerListFromPlain(demo.customers) };
    });
  }
  const sales = await context.table(source.sales);
  if (!sales.ok) return null;
  // A customer list that cannot be read leaves its figures out; the sales still count.
  const customers = source.customers ? await context.table(source.customers) : null;
  const lines = context.remember(`sales-lines:${refKey(source.sales)}`, () => salesLinesFromTable(sales.table));
  const list = customers?.ok && source.customers ? context.remember(`customer-list:${refKey(source.customers)}`, () => customerListFromTable(customers.table)) : null;
  return { lines, list };
}

export function periodOptions(period: PeriodSettings): PeriodOptions {
  return { analysisDay: period.analysisDate === null ? null : isoToDay(period.analysisDate), windowMonths: period.windowMonths };
}

/** The base for the participant's period, kept per source and period. */
export async function baseFor(request: BaseRequest, context: AnalysisContext): Promise<BaseRead> {
  const input = await salesInput(request.source, context);
  if (input === null) return { ok: false, reason: 'salesUnreadable' };
  const base = context.remember(`base:${sourceKey(request.source)}:${JSON.stringify(request.period)}`, () => buildCustomerBase(input.lines, input.list, periodOptions(request.period)));
  if (base === null) return { ok: false, reason: 'noSales', lines: input.lines };
  return { ok: true, base, lines: input.lines, list: input.list };
}
