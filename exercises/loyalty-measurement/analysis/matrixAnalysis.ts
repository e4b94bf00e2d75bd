/**
 * The Dick & Basu join over the stored sales, run in a worker (matrix.worker.ts): the sales are read in columns
 * and counted per customer once per import (and per way of counting purchases); a new threshold reruns only the
 * join. The survey files are small and read here too; typed-in answers come in the request. The page gets counts
 * and a few example ids, never rows.
 */
import { EMPTY_CODE, EMPTY_DAY, columnValues, decodeRows, findColumn, isoDateToDays, type ColumnarTable } from '../../../src/data/columnar';
import type { TypedRow } from '../../../src/data/import/types';
import type { AnalysisContext, DatasetRef } from '../../../src/workbook/analysis/context';
import { customerKey, dickBasuMatrix, matrixAnswerFromRow, patronageFromSales, type DickBasuResult, type MatrixAnswer, type Patronage, type SalesDays } from '../model/dickBasu';

export interface MatrixRequest {
  /** 'demo': the demo retailer's sales stand in (no file imported, the exercise opened on the demo). */
  sales: DatasetRef | 'demo';
  /** 'demo': the demo retailer's survey; else the participant's files and typed-in answers. */
  survey: 'demo' | { files: DatasetRef[]; typed: MatrixAnswer[] };
  minPurchases: number | null;
  countRowsAsPurchases: boolean;
}

export type MatrixAnalysisResult =
  | { kind: 'ready'; result: DickBasuResult; salesRows: number; unusableSalesRows: number; unreadableSurveyFiles: number }
  /** The stored sales could not be read (site data cleared in part, IndexedDB refused): the step says so. */
  | { kind: 'salesUnreadable' };

/** Sales stored as an import writes them (customer text, date days) are read from the codes, without decoding a cell. */
function salesDays(table: ColumnarTable): SalesDays {
  const customer = findColumn(table, 'customer');
  const date = findColumn(table, 'date');
  if (customer.kind === 'text' && date.kind === 'date') {
    const keys = customer.dictionary.map((id) => customerKey(id));
    return {
      rowCount: table.rowCount,
      customerAt: (row) => {
        const code = customer.codes[row] as number; // Cast: row is below the row count.
        return code === EMPTY_CODE ? null : (keys[code] ?? null);
      },
      dayAt: (row) => {
        const day = date.days[row] as number; // Cast: row is below the row count.
        return day === EMPTY_DAY ? null : day;
      },
    };
  }
  const customers = columnValues(customer, table.rowCount);
  const dates = columnValues(date, table.rowCount);
  return salesDaysFromRows(customers.map((value, i) => ({ customer: value, date: dates[i] ?? null })));
}

/** Rows as an import delivers them (the demo retailer's): customer and ISO date. */
export function salesDaysFromRows(rows: readonly TypedRow[]): SalesDays {
  return {
    rowCount: rows.length,
    customerAt: (row) => customerKey(rows[row]?.customer),
    dayAt: (row) => {
      const date = rows[row]?.date;
      return typeof date === 'string' ? isoDateToDays(date) : null;
    },
  };
}

const refKey = (ref: DatasetRef) => `${ref.exerciseId}/${ref.specId}/${ref.importedAt}`;

async function surveyAnswers(survey: MatrixRequest['survey'], context: AnalysisContext): Promise<{ answers: MatrixAnswer[]; unreadable: number }> {
  if (survey === 'demo') {
    const { demoSurveyRows } = await import('../demo/retailer');
    return { answers: demoSurveyRows().map(matrixAnswerFromRow), unreadable: 0 };
  }
  const answers = [...survey.typed];
  let unreadable = 0;
  for (const file of survey.files) {
    const table = await context.table(file);
    if (!table.ok) unreadable++;
    else answers.push(...context.remember(`survey:${refKey(file)}`, () => decodeRows(table.table).map(matrixAnswerFromRow)));
  }
  return { answers, unreadable };
}

async function patronage(request: MatrixRequest, context: AnalysisContext): Promise<{ patronage: Patronage; rows: number } | null> {
  const counting = request.countRowsAsPurchases ? 'rows' : 'days';
  if (request.sales === 'demo') {
    const { demoSalesRows } = await import('../demo/retailer');
    const rows = demoSalesRows();
    return context.remember(`patronage:demo:${counting}`, () => ({ patronage: patronageFromSales(salesDaysFromRows(rows), request.countRowsAsPurchases), rows: rows.length }));
  }
  const sales = await context.table(request.sales);
  if (!sales.ok) return null;
  const table = sales.table;
  return context.remember(`patronage:${refKey(request.sales)}:${counting}`, () => ({ patronage: patronageFromSales(salesDays(table), request.countRowsAsPurchases), rows: table.rowCount }));
}

export async function analyseMatrix(request: MatrixRequest, context: AnalysisContext): Promise<MatrixAnalysisResult> {
  const counted = await patronage(request, context);
  if (counted === null) return { kind: 'salesUnreadable' };
  context.progress(0.7);
  const survey = await surveyAnswers(request.survey, context);
  return {
    kind: 'ready',
    result: dickBasuMatrix(survey.answers, counted.patronage, { minPurchases: request.minPurchases }),
    salesRows: counted.rows,
    unusableSalesRows: counted.patronage.unusableRows,
    unreadableSurveyFiles: survey.unreadable,
  };
}
