/**
 * The product figures of steps 2 and 4, in a worker (indicators.worker.ts): the baskets come from
 * `basketsFor` (read once per import, rebuilt only when the level, merges or exclusions change) and the page
 * gets one small record per product and the totals, never the receipts. Sorting and filtering the per-product
 * array (5,000 products at most in practice) is left to the page.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import { basketTotals, itemIndicators, type BasketTotals, type ItemIndicators } from '../model/indicators';
import type { BasketSet } from '../model/baskets';
import { basketsFor, type BasketRequest } from './baskets';

export type IndicatorsRequest = BasketRequest;

export type IndicatorsResult =
  | {
      kind: 'ready';
      items: ItemIndicators[];
      totals: BasketTotals;
      leftOut: BasketSet['leftOut'];
      emptyReceipts: number;
    }
  /** The stored receipts could not be read: the step says so and sends the participant back to step 1. */
  | { kind: 'receiptsUnreadable' };

export async function analyseIndicators(request: IndicatorsRequest, context: AnalysisContext): Promise<IndicatorsResult> {
  const read = await basketsFor(request, context);
  if (!read.ok) return { kind: 'receiptsUnreadable' };
  const { baskets, lines } = read;
  return {
    kind: 'ready',
    items: itemIndicators(baskets),
    totals: basketTotals(baskets, lines.length),
    leftOut: baskets.leftOut,
    emptyReceipts: baskets.emptyReceipts,
  };
}
