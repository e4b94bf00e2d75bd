import { buildCustomerBase, type CustomerBase } from '../../../src/customers/base';
import { customerListFromPlain, salesLinesFromPlain, type PlainCustomer, type PlainSale } from '../../../src/customers/sales';
import type { WarningSettings } from '../../../exercises/customer-base/state';

/**
 * A seven-customer example whose stages and warnings are worked out by hand in lifecycle.test.ts and
 * warnings.test.ts. Analysis day 2026-06-30, a 6-month window: months end on the 30th (28th in February), so the
 * buckets are (12-30, 01-30], (01-30, 02-28], (02-28, 03-30], (03-30, 04-30], (04-30, 05-30], (05-30, 06-30] and
 * the window starts on 2025-12-31.
 *
 * A  long-standing (first bought 2025-06-01), 100 on the 10th of each month Jan–Jun, cost 60 a line.
 * B  long-standing (2025-05-15), 1000 on the 15th of Jan, Feb, Mar, then 200 in Apr, May, Jun; cost 70 %.
 * C  new, 500 on 2026-01-05 and 2026-01-25, then nothing.
 * D  new, one purchase of 300 on 2026-06-20.
 * E  new, 250 on the 1st of Mar, Apr, May, Jun.
 * F  new, one purchase of 400 on 2026-02-01.
 * G  bought 700 on 2025-09-01 only: before the window (lapsed).
 */
export function exampleSales(options: { cost?: boolean } = {}): PlainSale[] {
  const cost = options.cost ?? true;
  const sale = (customer: string, date: string, amount: number, lineCost: number | null = null): PlainSale => ({ customer, date, amount, ...(cost ? { cost: lineCost } : {}) });
  const months = ['01', '02', '03', '04', '05', '06'];
  return [
    sale('A', '2025-06-01', 100, 60),
    ...months.map((month) => sale('A', `2026-${month}-10`, 100, 60)),
    sale('B', '2025-05-15', 1000, 700),
    ...months.map((month, index) => (index < 3 ? sale('B', `2026-${month}-15`, 1000, 700) : sale('B', `2026-${month}-15`, 200, 140))),
    sale('C', '2026-01-05', 500),
    sale('C', '2026-01-25', 500),
    sale('D', '2026-06-20', 300),
    ...['03', '04', '05', '06'].map((month) => sale('E', `2026-${month}-01`, 250)),
    sale('F', '2026-02-01', 400),
    sale('G', '2025-09-01', 700),
  ];
}

/** A and B are listed: A's plan 700 (revenue 600: 85.7 %), B's plan 5000 (3600: 72 %), B owes 1500 on a 1000 limit. */
export const EXAMPLE_LIST: PlainCustomer[] = [
  { customer: 'A', name: 'Alpha', plan: 700, creditLimit: 100, debt: 50, costToServe: 300 },
  { customer: 'B', name: 'Beta', plan: 5000, creditLimit: 1000, debt: 1500, costToServe: 100 },
];

export const ANALYSIS_DAY = '2026-06-30';

export function exampleBase(options: { cost?: boolean; list?: boolean; windowMonths?: number } = {}): CustomerBase {
  const base = buildCustomerBase(salesLinesFromPlain(exampleSales(options)), options.list === false ? null : customerListFromPlain(EXAMPLE_LIST), {
    analysisDay: Math.round(Date.parse(ANALYSIS_DAY) / 86_400_000),
    windowMonths: options.windowMonths ?? 6,
  });
  if (base === null) throw new Error('the example has sales');
  return base;
}

export const DEFAULT_WARNINGS: WarningSettings = {
  interval: { on: true, k: 3 },
  trend: { on: true, recentMonths: 3, dropPercent: 50 },
  plan: { on: true, percent: 80 },
  debt: { on: true },
  costToServe: { on: true, percentOfMargin: 100 },
};

export const indexOf = (base: CustomerBase, id: string) => {
  const b = base.ids.indexOf(id);
  if (b < 0) throw new Error(`${id} is not in the window`);
  return b;
};
