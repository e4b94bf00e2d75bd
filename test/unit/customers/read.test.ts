import { describe, expect, it } from 'vitest';
import { customerListFromTable, salesLinesFromTable } from '../../../src/customers/read';
import { buildCustomerBase } from '../../../src/customers/base';
import { NO_CODE, NO_DAY, customerListFromPlain, isoToDay, salesLinesFromPlain } from '../../../src/customers/sales';
import { encodeRows } from '../../../src/data/columnar';
import type { TypedRow } from '../../../src/data/import/types';
import { EXAMPLE_ANALYSIS_DATE, EXAMPLE_LIST, EXAMPLE_SALES } from '../customer-base/dataExample';

/** The example as the import stores it: every spec key on every row, empty cells null. */
const SALES_KEYS = ['customer', 'date', 'amount', 'cost', 'margin', 'document', 'product', 'manager', 'region', 'member', 'segment'];
const salesRows: TypedRow[] = EXAMPLE_SALES.map((sale) => ({
  customer: sale.customer,
  date: sale.date,
  amount: sale.amount,
  cost: sale.cost ?? null,
  margin: null,
  document: sale.document ?? null,
  product: null,
  manager: null,
  region: null,
  member: null,
  segment: null,
}));
const LIST_KEYS = ['customer', 'name', 'potential', 'size', 'plan', 'creditLimit', 'debt', 'costToServe', 'region', 'channel', 'type'];
const listRows: TypedRow[] = EXAMPLE_LIST.map((row) => ({
  customer: row.customer,
  name: row.name ?? null,
  potential: row.potential ?? null,
  size: null,
  plan: null,
  creditLimit: null,
  debt: null,
  costToServe: row.costToServe ?? null,
  region: row.region ?? null,
  channel: null,
  type: null,
}));

describe('salesLinesFromTable', () => {
  const table = encodeRows(salesRows, SALES_KEYS);
  const lines = salesLinesFromTable(table);

  it('reads the stored columns as the plain rows read', () => {
    const plain = salesLinesFromPlain(EXAMPLE_SALES);
    expect(lines.length).toBe(10);
    expect(lines.customerLabels).toEqual(plain.customerLabels);
    expect(Array.from(lines.customer)).toEqual(Array.from(plain.customer));
    expect(Array.from(lines.day)).toEqual(Array.from(plain.day));
    expect(Array.from(lines.amount)).toEqual(Array.from(plain.amount));
    expect(Array.from(lines.cost ?? [])).toEqual(Array.from(plain.cost ?? []));
    expect(Array.from(lines.document ?? [])).toEqual(Array.from(plain.document ?? []));
  });

  it('marks an empty customer and an empty date, and leaves empty optional columns out', () => {
    expect(lines.customer[4]).toBe(NO_CODE);
    expect(lines.day[9]).toBe(NO_DAY);
    expect(lines.product).toBeNull();
    expect(lines.manager).toBeNull();
    expect(lines.region).toBeNull();
  });

  it('reads cost from a margin column when there is no cost', () => {
    const rows: TypedRow[] = [
      { customer: 'A', date: '2026-01-05', amount: 100, margin: 35 },
      { customer: 'B', date: '2026-01-06', amount: 40, margin: null },
    ];
    const fromMargin = salesLinesFromTable(encodeRows(rows, ['customer', 'date', 'amount', 'margin']));
    // 100 − 35 = 65; B's margin unknown → NaN.
    expect(fromMargin.cost?.[0]).toBe(65);
    expect(fromMargin.cost?.[1]).toBeNaN();
    expect(fromMargin.document).toBeNull();
  });

  it('gives the same base as the plain rows', () => {
    const list = customerListFromTable(encodeRows(listRows, LIST_KEYS));
    const period = { analysisDay: isoToDay(EXAMPLE_ANALYSIS_DATE), windowMonths: 2 };
    const fromTable = buildCustomerBase(lines, list, period);
    const fromPlain = buildCustomerBase(salesLinesFromPlain(EXAMPLE_SALES), customerListFromPlain(EXAMPLE_LIST), period);
    expect(fromTable?.ids).toEqual(['A', 'B', 'D']);
    expect(Array.from(fromTable?.revenue ?? [])).toEqual(Array.from(fromPlain?.revenue ?? []));
    expect(Array.from(fromTable?.profit ?? [])).toEqual([53, 50, 0]);
    expect(Array.from(fromTable?.orders ?? [])).toEqual([2, 1, 1]);
    expect(Array.from(fromTable?.listRow ?? [])).toEqual([0, 1, -1]);
    expect(fromTable?.listedWithoutSales).toBe(1);
    expect(fromTable?.lines).toEqual(fromPlain?.lines);
  });
});

describe('customerListFromTable', () => {
  const list = customerListFromTable(encodeRows(listRows, LIST_KEYS));

  it('keeps the first row of a repeated id and counts it', () => {
    expect(list.ids).toEqual(['A', 'B', 'X']);
    expect(list.name).toEqual(['Alpha', 'Beta', 'Xenon']);
    expect(list.repeatedIds).toBe(1);
  });

  it('takes figures and categories of the kept rows; empty columns are absent', () => {
    expect(Array.from(list.figures.potential ?? [])).toEqual([1000, 3000, 500]);
    expect(Array.from(list.figures.costToServe ?? [])).toEqual([5, Number.NaN, 1]);
    expect(list.figures.size).toBeNull();
    expect(list.categories.region?.labels[list.categories.region.codes[0] ?? 0]).toBe('north');
    expect(list.categories.region?.codes[2]).toBe(NO_CODE);
    expect(list.categories.channel).toBeNull();
  });

  it('skips rows without an id and reads numeric ids as text', () => {
    const rows: TypedRow[] = [
      { customer: 1001, potential: 10 },
      { customer: null, potential: 20 },
      { customer: 'K-2', potential: null },
      { customer: 1001, potential: 30 },
    ];
    const mixed = customerListFromTable(encodeRows(rows, ['customer', 'potential']));
    expect(mixed.ids).toEqual(['1001', 'K-2']);
    expect(Array.from(mixed.figures.potential ?? [])).toEqual([10, Number.NaN]);
    // One repeated id among the three rows with an id.
    expect(mixed.repeatedIds).toBe(1);
  });
});
