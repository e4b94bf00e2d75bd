import { daysToIsoDate, isoDateToDays } from '../data/columnar';

/**
 * The participant's sales as the models read them: one entry per sales line, in columns (codes into label
 * lists, days since 1970-01-01, amounts), and the customer list joined to them by the customer's id. Built from
 * the stored columns in a worker (analysis/base.ts) or from plain rows (the demo businesses, tests).
 */

export const NO_CODE = -1;
/** A line without a readable day; no calendar day we read is this far back. */
export const NO_DAY = -2_147_483_648;

export interface SalesLines {
  length: number;
  /** Index into customerLabels; NO_CODE when the line names no customer. */
  customer: Int32Array;
  customerLabels: string[];
  day: Int32Array;
  /** Net of VAT or not, as the file has it; negative: a return. NaN when unreadable. */
  amount: Float64Array;
  /** Cost of goods of the line (its cost, else amount − margin); NaN where unknown; null when the file has neither column. */
  cost: Float64Array | null;
  /** Order, invoice or receipt; null without a document column (an order is then a customer's purchase day). */
  document: Int32Array | null;
  product: Int32Array | null;
  productLabels: string[];
  manager: Int32Array | null;
  managerLabels: string[];
  region: Int32Array | null;
  regionLabels: string[];
}

/** A category column of the customer list: a code per row into its labels (NO_CODE: empty). */
export interface CodedColumn {
  codes: Int32Array;
  labels: string[];
}

export const CUSTOMER_FIGURES = ['potential', 'size', 'plan', 'creditLimit', 'debt', 'costToServe'] as const;
export type CustomerFigure = (typeof CUSTOMER_FIGURES)[number];
export const CUSTOMER_CATEGORIES = ['region', 'channel', 'type'] as const;
export type CustomerCategory = (typeof CUSTOMER_CATEGORIES)[number];

/** The customer list: one row per customer id (the first row wins when an id repeats), figures NaN where empty. */
export interface CustomerList {
  ids: string[];
  name: (string | null)[];
  figures: Record<CustomerFigure, Float64Array | null>;
  categories: Record<CustomerCategory, CodedColumn | null>;
  /** Rows whose id was already listed: left out, counted. */
  repeatedIds: number;
}

/** A label dictionary: codes in order of first appearance. */
export function dictionary(): { code: (value: string | null) => number; labels: string[] } {
  const labels: string[] = [];
  const index = new Map<string, number>();
  return {
    labels,
    code(value) {
      if (value === null || value === '') return NO_CODE;
      let code = index.get(value);
      if (code === undefined) {
        code = labels.length;
        labels.push(value);
        index.set(value, code);
      }
      return code;
    },
  };
}

/** One sales line as plain values, as tests and the demo businesses write it. Dates are ISO days. */
export interface PlainSale {
  customer: string | null;
  date: string | null;
  amount: number | null;
  cost?: number | null;
  margin?: number | null;
  document?: string | null;
  product?: string | null;
  manager?: string | null;
  region?: string | null;
}

/** Days since 1970-01-01 as the stored columns count them (src/data/columnar.ts), under the model's names. */
export const isoToDay = isoDateToDays;
export const dayToIso = daysToIsoDate;

export function salesLinesFromPlain(rows: readonly PlainSale[]): SalesLines {
  const n = rows.length;
  const has = (key: keyof PlainSale) => rows.some((row) => row[key] !== undefined && row[key] !== null);
  const customers = dictionary();
  const documents = dictionary();
  const products = dictionary();
  const managers = dictionary();
  const regions = dictionary();
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const cost = has('cost') || has('margin') ? new Float64Array(n) : null;
  const document = has('document') ? new Int32Array(n) : null;
  const product = has('product') ? new Int32Array(n) : null;
  const manager = has('manager') ? new Int32Array(n) : null;
  const region = has('region') ? new Int32Array(n) : null;
  rows.forEach((row, i) => {
    customer[i] = customers.code(row.customer);
    day[i] = row.date === null ? NO_DAY : (isoToDay(row.date) ?? NO_DAY);
    amount[i] = row.amount ?? Number.NaN;
    if (cost) cost[i] = lineCost(row.amount ?? Number.NaN, row.cost ?? Number.NaN, row.margin ?? Number.NaN);
    if (document) document[i] = documents.code(row.document ?? null);
    if (product) product[i] = products.code(row.product ?? null);
    if (manager) manager[i] = managers.code(row.manager ?? null);
    if (region) region[i] = regions.code(row.region ?? null);
  });
  return {
    length: n,
    customer,
    customerLabels: customers.labels,
    day,
    amount,
    cost,
    document,
    product,
    productLabels: products.labels,
    manager,
    managerLabels: managers.labels,
    region,
    regionLabels: regions.labels,
  };
}

/** A line's cost of goods: its cost when given, else its amount less its margin. */
export function lineCost(amount: number, cost: number, margin: number): number {
  if (!Number.isNaN(cost)) return cost;
  return Number.isNaN(margin) || Number.isNaN(amount) ? Number.NaN : amount - margin;
}

/** One customer-list row as plain values. */
export type PlainCustomer = { customer: string; name?: string | null } & Partial<Record<CustomerFigure, number | null>> & Partial<Record<CustomerCategory, string | null>>;

export function customerListFromPlain(rows: readonly PlainCustomer[]): CustomerList {
  const seen = new Set<string>();
  const kept = rows.filter((row) => {
    if (seen.has(row.customer)) return false;
    seen.add(row.customer);
    return true;
  });
  // Cast: built from the full list of keys.
  const figures = Object.fromEntries(
    CUSTOMER_FIGURES.map((key) => [key, kept.some((row) => typeof row[key] === 'number') ? Float64Array.from(kept, (row) => row[key] ?? Number.NaN) : null]),
  ) as Record<CustomerFigure, Float64Array | null>;
  // Cast: built from the full list of keys.
  const categories = Object.fromEntries(
    CUSTOMER_CATEGORIES.map((key) => {
      if (!kept.some((row) => typeof row[key] === 'string' && row[key] !== '')) return [key, null];
      const labels = dictionary();
      return [key, { codes: Int32Array.from(kept, (row) => labels.code(row[key] ?? null)), labels: labels.labels }];
    }),
  ) as Record<CustomerCategory, CodedColumn | null>;
  return { ids: kept.map((row) => row.customer), name: kept.map((row) => row.name ?? null), figures, categories, repeatedIds: rows.length - kept.length };
}
