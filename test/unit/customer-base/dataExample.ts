/**
 * The hand-computed example the customer-base unit tests share: ten sales lines and a four-row customer list,
 * read at 2026-03-31 over a two-month window (February and March 2026). The arithmetic is in base.test.ts.
 */
import type { PlainCustomer, PlainSale } from '../../../src/customers/sales';

export const EXAMPLE_SALES: PlainSale[] = [
  // A buys twice on 10 Feb under two documents, then returns 30 in March.
  { customer: 'A', date: '2026-02-10', amount: 100, cost: 60, document: 'D1' },
  { customer: 'A', date: '2026-02-10', amount: 50, cost: 20, document: 'D2' },
  { customer: 'A', date: '2026-03-05', amount: -30, cost: -18, document: 'D3' },
  { customer: 'B', date: '2026-03-20', amount: 200, cost: 150, document: 'D4' },
  // No customer: left out.
  { customer: null, date: '2026-03-01', amount: 70, cost: 40, document: 'D5' },
  // After the analysis date: left out (but it is the last sale in the file).
  { customer: 'B', date: '2026-04-02', amount: 500, cost: 300, document: 'D6' },
  // Before the window: C has nothing after it (lapsed); A's December purchase is its first ever.
  { customer: 'C', date: '2026-01-15', amount: 80, cost: 50, document: 'D7' },
  { customer: 'A', date: '2025-12-01', amount: 40, cost: 25, document: 'D8' },
  // D's cost is unknown: its margin counts nothing for this line.
  { customer: 'D', date: '2026-02-20', amount: 10, cost: null, document: 'D9' },
  // No date: left out.
  { customer: 'E', date: null, amount: 25, cost: 10, document: 'D10' },
];

/** A and B are listed (A twice), X never bought; D is not listed. */
export const EXAMPLE_LIST: PlainCustomer[] = [
  { customer: 'A', name: 'Alpha', potential: 1000, costToServe: 5, region: 'north' },
  { customer: 'B', name: 'Beta', potential: 3000, costToServe: null, region: 'south' },
  { customer: 'X', name: 'Xenon', potential: 500, costToServe: 1, region: null },
  { customer: 'A', name: 'Alpha again', potential: 9999, costToServe: 99, region: 'east' },
];

export const EXAMPLE_ANALYSIS_DATE = '2026-03-31';
