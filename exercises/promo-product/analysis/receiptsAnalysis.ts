/**
 * Step 1's analysis, run in its worker (receipts.worker.ts): the overview of the receipts under the participant's
 * level, merges and exclusions, and the labels to merge and exclude. The page gets figures and labels, never lines.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import { basketsFor, type BasketRequest } from './baskets';
import { labelCounts, receiptsOverview, type LabelCounts, type ReceiptsOverview } from './receiptsOverview';

export type ReceiptsAnalysisResult = { kind: 'overview'; overview: ReceiptsOverview; labels: LabelCounts } | { kind: 'unreadable' };

export async function analyseReceipts(request: BasketRequest, context: AnalysisContext): Promise<ReceiptsAnalysisResult> {
  const read = await basketsFor(request, context);
  if (!read.ok) return { kind: 'unreadable' };
  context.progress(0.8);
  const labels = context.remember(`receipt-labels:${JSON.stringify(request.source)}:${request.basket.level}`, () => labelCounts(read.lines, request.basket.level));
  return { kind: 'overview', overview: receiptsOverview(read.lines, read.baskets), labels };
}
