/**
 * The evaluation over the participant's stored sales, run in a worker (evaluation.worker.ts): the sales
 * are read in columns and parsed once per import, and each change of a setting reruns only the comparison.
 * The page gets the status with counts and monthly series, never the sales.
 */
import { EMPTY_DAY, columnValues, findColumn, type ColumnarTable } from '../../../src/data/columnar';
import type { AnalysisContext, DatasetRef } from '../../../src/workbook/analysis/context';
import {
  evaluationStatus,
  indexedSalesFromCodes,
  memberListFromRows,
  salesFromColumns,
  type EvaluationStatus,
  type MemberListEntry,
  type SalesFromRows,
} from '../model';
import type { EvaluationSettings } from '../state';

export interface EvaluationRequest {
  sales: DatasetRef;
  /** The member list when members come from one and it was imported. */
  list: DatasetRef | null;
  settings: Pick<EvaluationSettings, 'launchDate' | 'memberSource' | 'windowMonths'>;
}

export type EvaluationAnalysisResult =
  | { kind: 'status'; status: EvaluationStatus; listUnreadable: boolean }
  /** The stored sales could not be read (site data cleared in part, IndexedDB refused): the step says so. */
  | { kind: 'salesUnreadable' };

function column(table: ColumnarTable, key: string) {
  return columnValues(findColumn(table, key), table.rowCount);
}

/**
 * The sales as the comparison reads them. Stored as an import writes them (customer text, date, amount
 * number, member text or absent), they are indexed straight from the codes, without decoding a cell; any
 * other shape (customer ids typed as numbers, say) goes through the row reader.
 */
function parseSales(table: ColumnarTable): SalesFromRows {
  const customer = findColumn(table, 'customer');
  const date = findColumn(table, 'date');
  const amount = findColumn(table, 'amount');
  const member = findColumn(table, 'member');
  if (customer.kind === 'text' && date.kind === 'date' && amount.kind === 'number' && (member.kind === 'text' || member.kind === 'empty')) {
    return indexedSalesFromCodes({
      rowCount: table.rowCount,
      customer: { codes: customer.codes, dictionary: customer.dictionary },
      day: date.days,
      emptyDay: EMPTY_DAY,
      amount: amount.values,
      member: member.kind === 'text' ? { codes: member.codes, dictionary: member.dictionary } : null,
    });
  }
  const members = table.keys.includes('member') ? column(table, 'member') : null;
  return salesFromColumns({ customer: column(table, 'customer'), date: column(table, 'date'), amount: column(table, 'amount'), member: members }, table.rowCount);
}

function parseList(table: ColumnarTable): MemberListEntry[] {
  const customers = column(table, 'customer');
  const joinDates = column(table, 'joinDate');
  return memberListFromRows(customers.map((customer, i) => ({ customer, joinDate: joinDates[i] ?? null })));
}

const refKey = (ref: DatasetRef) => `${ref.exerciseId}/${ref.specId}/${ref.importedAt}`;

export async function evaluate(request: EvaluationRequest, context: AnalysisContext): Promise<EvaluationAnalysisResult> {
  const sales = await context.table(request.sales);
  if (!sales.ok) return { kind: 'salesUnreadable' };
  context.progress(0.5);
  const parsed = context.remember(`sales:${refKey(request.sales)}`, () => parseSales(sales.table));
  let memberList: MemberListEntry[] | null = null;
  let listUnreadable = false;
  if (request.list !== null) {
    const list = await context.table(request.list);
    if (list.ok) memberList = context.remember(`list:${refKey(request.list)}`, () => parseList(list.table));
    else listUnreadable = true;
  }
  return { kind: 'status', status: evaluationStatus(parsed, memberList, request.settings), listUnreadable };
}
