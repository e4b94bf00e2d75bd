/**
 * The behaviour analysis over the participant's stored sales, run in a worker (behaviour.worker.ts): the sales
 * are read in columns and parsed once per import, and each change of a setting reruns only the figures. The page
 * gets counts, shares and series, never the sales.
 */
import { EMPTY_DAY, columnValues, findColumn, type ColumnarTable } from '../../../src/data/columnar';
import type { AnalysisContext, DatasetRef } from '../../../src/workbook/analysis/context';
import { analyseBehaviour, behaviourSalesFromCodes, behaviourSalesFromValues, type BehaviourOptions, type BehaviourResult, type BehaviourSales } from '../model/behaviour';

export interface BehaviourRequest {
  sales: DatasetRef;
  options: BehaviourOptions;
  /** ISO: later rows are in the future. The page's calendar day, so the worker and the screen agree. */
  today: string;
}

export type BehaviourAnalysisResult =
  | { kind: 'result'; result: BehaviourResult }
  /** The stored sales could not be read (site data cleared in part, IndexedDB refused): the step says so. */
  | { kind: 'salesUnreadable' };

/**
 * Stored as an import writes them (customer text, date, amount number), the sales are read straight from the
 * codes; any other shape (customer ids typed as numbers, say) goes through the plain values.
 */
export function behaviourSalesFromTable(table: ColumnarTable): BehaviourSales {
  const customer = findColumn(table, 'customer');
  const date = findColumn(table, 'date');
  const amount = findColumn(table, 'amount');
  if (customer.kind === 'text' && date.kind === 'date' && amount.kind === 'number') {
    return behaviourSalesFromCodes({ rowCount: table.rowCount, customer, day: date.days, emptyDay: EMPTY_DAY, amount: amount.values });
  }
  const values = (column: ReturnType<typeof findColumn>) => columnValues(column, table.rowCount);
  return behaviourSalesFromValues({ customer: values(customer), date: values(date), amount: values(amount) }, table.rowCount);
}

const refKey = (ref: DatasetRef) => `${ref.exerciseId}/${ref.specId}/${ref.importedAt}`;

export async function analyseStoredBehaviour(request: BehaviourRequest, context: AnalysisContext): Promise<BehaviourAnalysisResult> {
  const stored = await context.table(request.sales);
  if (!stored.ok) return { kind: 'salesUnreadable' };
  context.progress(0.5);
  const sales = context.remember(`behaviour-sales:${refKey(request.sales)}`, () => behaviourSalesFromTable(stored.table));
  return { kind: 'result', result: analyseBehaviour(sales, request.options, request.today) };
}
