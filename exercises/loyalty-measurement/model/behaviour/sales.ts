/** The sales file (customer, date, amount) as the behaviour analysis reads it: a few typed arrays, one entry a row. */
import type { TypedRow, TypedValue } from '../../../../src/data/import/types';
import { isoDateToDays } from './calendar';

// Casts in this file: reads at an index below the length, which noUncheckedIndexedAccess cannot see.

export interface BehaviourSales {
  /** Customer ids; `customer[i]` is an index into it. */
  customers: readonly string[];
  customer: Int32Array;
  /** Days since 1970-01-01. */
  day: Int32Array;
  amount: Float64Array;
  count: number;
  /** Rows without a customer, a calendar date or a finite amount (the importer normally drops them already). */
  unusableRows: number;
}

/** Grows the arrays as rows are accepted; customers are numbered in first-seen order. */
function salesBuilder(capacity: number) {
  const customers: string[] = [];
  const indexOf = new Map<string, number>();
  const customer = new Int32Array(capacity);
  const day = new Int32Array(capacity);
  const amount = new Float64Array(capacity);
  let count = 0;
  let unusableRows = 0;
  return {
    customerIndex(id: string): number {
      const known = indexOf.get(id);
      if (known !== undefined) return known;
      indexOf.set(id, customers.length);
      return customers.push(id) - 1;
    },
    add(customerIndex: number, saleDay: number, saleAmount: number) {
      customer[count] = customerIndex;
      day[count] = saleDay;
      amount[count] = saleAmount;
      count += 1;
    },
    skip() {
      unusableRows += 1;
    },
    done(): BehaviourSales {
      return { customers, customer: customer.slice(0, count), day: day.slice(0, count), amount: amount.slice(0, count), count, unusableRows };
    },
  };
}

// Exports often type customer ids as numbers; '' names nobody.
const customerText = (value: TypedValue | undefined): string => (value === null || value === undefined ? '' : String(value).trim());

/** Sales columns as plain values, one per row (rows from the importer, or a stored column of mixed kinds). */
export interface SalesValueColumns {
  customer: readonly TypedValue[];
  date: readonly TypedValue[];
  amount: readonly TypedValue[];
}

export function behaviourSalesFromValues(columns: SalesValueColumns, rowCount: number): BehaviourSales {
  const sales = salesBuilder(rowCount);
  // A few hundred distinct days over a million rows: each text is read as a date once.
  const days = new Map<string, number | null>();
  for (let i = 0; i < rowCount; i++) {
    const id = customerText(columns.customer[i]);
    const rawDate = columns.date[i];
    let day: number | null = null;
    if (typeof rawDate === 'string') {
      day = days.get(rawDate) ?? null;
      if (!days.has(rawDate)) {
        day = isoDateToDays(rawDate);
        days.set(rawDate, day);
      }
    }
    const amount = columns.amount[i];
    if (id === '' || day === null || typeof amount !== 'number' || !Number.isFinite(amount)) sales.skip();
    else sales.add(sales.customerIndex(id), day, amount);
  }
  return sales.done();
}

/** The importer's typed rows of the sales spec. */
export function behaviourSalesFromRows(rows: readonly TypedRow[]): BehaviourSales {
  const column = (key: string) => rows.map((row) => row[key] ?? null);
  return behaviourSalesFromValues({ customer: column('customer'), date: column('date'), amount: column('amount') }, rows.length);
}

/** The sales columns as storage keeps them (src/data/columnar.ts): customer text coded by a dictionary, days, amounts. */
export interface CodedSalesColumns {
  rowCount: number;
  customer: { codes: ArrayLike<number>; dictionary: readonly string[] };
  day: ArrayLike<number>;
  /** The day value of an empty date cell. */
  emptyDay: number;
  /** NaN marks an empty cell. */
  amount: ArrayLike<number>;
}

/** The same sales read straight from the stored codes: each dictionary entry is trimmed once, each row is three reads. */
export function behaviourSalesFromCodes(columns: CodedSalesColumns): BehaviourSales {
  const sales = salesBuilder(columns.rowCount);
  const indexOfCode = Int32Array.from(columns.customer.dictionary, (text) => {
    const id = text.trim();
    return id === '' ? -1 : sales.customerIndex(id);
  });
  for (let i = 0; i < columns.rowCount; i++) {
    const code = columns.customer.codes[i] as number;
    const index = code < indexOfCode.length ? (indexOfCode[code] as number) : -1;
    const day = columns.day[i] as number;
    const amount = columns.amount[i] as number;
    if (index < 0 || day === columns.emptyDay || !Number.isFinite(amount)) sales.skip();
    else sales.add(index, day, amount);
  }
  return sales.done();
}
