/**
 * Where every analysis of the exercise gets its baskets: the participant's stored receipts, read in columns
 * once per import, or the demo store's receipts, generated in the worker. Baskets are rebuilt only when the
 * level, merges or exclusions change; each step's analysis (indicators, rules, promo) starts from them.
 */
import { EMPTY_DAY, columnCodes, columnNumbers, findColumn, type ColumnarTable } from '../../../src/data/columnar';
import type { AnalysisContext, DatasetRef } from '../../../src/workbook/analysis/context';
import { RECEIPT_COLUMNS } from '../inputs';
import { NO_DAY, buildBaskets, receiptLinesFromPlain, type BasketOptions, type BasketSet, type ReceiptLines } from '../model/baskets';

/** The receipts an analysis reads: the participant's import, or the demo store's. */
export type ReceiptsSource = { kind: 'stored'; receipts: DatasetRef } | { kind: 'demo' };

export interface BasketRequest {
  source: ReceiptsSource;
  basket: BasketOptions;
}

export type BasketsRead = { ok: true; baskets: BasketSet; lines: ReceiptLines } | { ok: false; reason: 'receiptsUnreadable' };

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.



/** Stored receipt lines (src/data/columnar.ts) as the basket model reads them. */
export function receiptLinesFromTable(table: ColumnarTable): ReceiptLines {
  const n = table.rowCount;
  const column = (key: string) => findColumn(table, key);
  const receipt = columnCodes(column(RECEIPT_COLUMNS.receipt), n);
  const product = columnCodes(column(RECEIPT_COLUMNS.product), n);
  const category = columnCodes(column(RECEIPT_COLUMNS.category), n);
  const customer = columnCodes(column(RECEIPT_COLUMNS.customer), n);
  const date = column(RECEIPT_COLUMNS.date);
  const day = date.kind === 'date' ? Int32Array.from(date.days, (days) => (days === EMPTY_DAY ? NO_DAY : days)) : null;
  const quantity = columnNumbers(column(RECEIPT_COLUMNS.quantity), n);
  const price = columnNumbers(column(RECEIPT_COLUMNS.price), n);
  const storedAmount = columnNumbers(column(RECEIPT_COLUMNS.amount), n);
  const storedCost = columnNumbers(column(RECEIPT_COLUMNS.cost), n);
  const margin = columnNumbers(column(RECEIPT_COLUMNS.margin), n);

  // The line's revenue: its amount, else price × quantity; its cost: the cost, else amount − margin.
  let amount: Float64Array | null = null;
  if (storedAmount || (price && quantity)) {
    amount = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const given = storedAmount ? (storedAmount[i] as number) : Number.NaN;
      amount[i] = Number.isNaN(given) && price && quantity ? (price[i] as number) * (quantity[i] as number) : given;
    }
  }
  let cost: Float64Array | null = null;
  if (storedCost || (margin && amount)) {
    cost = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const given = storedCost ? (storedCost[i] as number) : Number.NaN;
      cost[i] = Number.isNaN(given) && margin && amount ? (amount[i] as number) - (margin[i] as number) : given;
    }
  }

  return {
    length: n,
    receipt: receipt?.codes ?? new Int32Array(n),
    receiptLabels: receipt?.labels ?? [],
    product: product?.codes ?? new Int32Array(n),
    productLabels: product?.labels ?? [],
    category: category?.codes ?? null,
    categoryLabels: category?.labels ?? [],
    customer: customer?.codes ?? null,
    customerLabels: customer?.labels ?? [],
    day,
    quantity,
    amount,
    cost,
  };
}

const sourceKey = (source: ReceiptsSource) => (source.kind === 'demo' ? 'demo' : `${source.receipts.exerciseId}/${source.receipts.specId}/${source.receipts.importedAt}`);

/** The source's lines, read once per import (or once for the demo) while the worker lives. */
export async function receiptLines(source: ReceiptsSource, context: AnalysisContext): Promise<ReceiptLines | null> {
  if (source.kind === 'demo') {
    const { demoReceiptLines } = await import('../demo/grocer');
    return context.remember('receipt-lines:demo', () => receiptLinesFromPlain(demoReceiptLines()));
  }
  const stored = await context.table(source.receipts);
  if (!stored.ok) return null;
  return context.remember(`receipt-lines:${sourceKey(source)}`, () => receiptLinesFromTable(stored.table));
}

/** The baskets for the participant's level, merges and exclusions, kept per source and options. */
export async function basketsFor(request: BasketRequest, context: AnalysisContext): Promise<BasketsRead> {
  const lines = await receiptLines(request.source, context);
  if (lines === null) return { ok: false, reason: 'receiptsUnreadable' };
  const baskets = context.remember(`baskets:${sourceKey(request.source)}:${JSON.stringify(request.basket)}`, () => buildBaskets(lines, request.basket));
  return { ok: true, baskets, lines };
}
