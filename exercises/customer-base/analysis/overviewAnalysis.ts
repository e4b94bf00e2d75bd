/**
 * Step 1's overview of the sales the exercise reads (overview.worker.ts): the period, how many lines count and
 * why the rest do not, customers in the window and before it, revenue, returns, and how the customer list joined.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import type { LineCounts } from '../../../src/customers/base';
import { baseFor, type BaseRequest } from '../../../src/customers/read';

export type OverviewRequest = BaseRequest;

export interface SalesOverview {
  analysisDay: number;
  startDay: number;
  months: number;
  /** First and last day with a line in the whole file. */
  dataFirstDay: number;
  dataLastDay: number;
  customers: number;
  lapsedCustomers: number;
  revenue: number;
  returns: number;
  margin: number | null;
  orders: number;
  lines: LineCounts;
  hasCost: boolean;
  hasDocuments: boolean;
  /** null without a customer list. */
  list: { rows: number; matched: number; withoutSales: number; repeatedIds: number; columns: string[] } | null;
  /** Optional sales columns the file carries (product, manager, region). */
  salesColumns: string[];
}

export type OverviewResult =
  | { kind: 'ready'; overview: SalesOverview }
  | { kind: 'salesUnreadable' }
  /** Nothing counts up to the analysis day: the line counts say why. */
  | { kind: 'noSales'; lines: number };

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export async function analyseOverview(request: OverviewRequest, context: AnalysisContext): Promise<OverviewResult> {
  const read = await baseFor(request, context);
  if (!read.ok) return read.reason === 'salesUnreadable' ? { kind: 'salesUnreadable' } : { kind: 'noSales', lines: read.lines.length };
  const { base, lines, list } = read;
  let dataFirstDay = Infinity;
  let dataLastDay = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const day = lines.day[i] as number;
    if (day === -2_147_483_648) continue;
    if (day < dataFirstDay) dataFirstDay = day;
    if (day > dataLastDay) dataLastDay = day;
  }
  const sum = (values: Float64Array) => values.reduce((total, value) => total + value, 0);
  const matched = base.listRow.reduce((count, row) => count + (row >= 0 ? 1 : 0), 0);
  return {
    kind: 'ready',
    overview: {
      analysisDay: base.analysisDay,
      startDay: base.startDay,
      months: base.months,
      dataFirstDay,
      dataLastDay,
      customers: base.count,
      lapsedCustomers: base.lapsed.ids.length,
      revenue: sum(base.revenue),
      returns: sum(base.returns),
      margin: base.margin ? sum(base.margin) : null,
      orders: base.orders.reduce((total, value) => total + value, 0),
      lines: base.lines,
      hasCost: base.hasCost,
      hasDocuments: base.hasDocuments,
      list: list
        ? {
            rows: list.ids.length,
            matched,
            withoutSales: base.listedWithoutSales,
            repeatedIds: list.repeatedIds,
            columns: [...Object.entries(list.figures), ...Object.entries(list.categories)].filter(([, column]) => column !== null).map(([key]) => key),
          }
        : null,
      salesColumns: (['product', 'manager', 'region'] as const).filter((key) => lines[key] !== null),
    },
  };
}
