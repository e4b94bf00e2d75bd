/**
 * The promo candidates' figures, run in a worker (candidates.worker.ts): per product what the score needs
 * (penetration, pull from the pairs, margin rate, frequency, revenue) and, for the chosen product, the products
 * bought with it. The per-product figures are kept per receipts and basket options, so choosing another product
 * reruns only the companions; the weights, the discount and the assumed margin are applied in the page.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import { itemIndicators } from '../model/indicators';
import { companionsOf, itemPull, type CandidateFactors, type Companion } from '../model/promo';
import { basketsFor, type BasketRequest } from './baskets';

export interface CandidatesRequest {
  receipts: BasketRequest;
  /** The chosen product's label, or null. */
  chosen: string | null;
}

export interface CandidateFigures {
  receiptCount: number;
  /** Receipts with two products or more: without any, no product pulls another. */
  multiItemReceipts: number;
  items: CandidateFactors[];
  hasMoney: boolean;
  hasCost: boolean;
  hasCustomers: boolean;
  /** The chosen product these figures were asked for; the page compares it with the current choice. */
  chosenLabel: string | null;
  /** The chosen product's index and its companions; 'missing' when the label is not among the items (another file, level or merge). */
  chosen: { index: number; companions: Companion[] } | 'missing' | null;
}

export type CandidatesAnalysisResult =
  | { kind: 'ready'; figures: CandidateFigures }
  /** Every line was left out (returns, exclusions): no receipt to score products by. */
  | { kind: 'noReceipts' }
  | { kind: 'receiptsUnreadable' };

type ItemTable = Omit<CandidateFigures, 'chosen' | 'chosenLabel'>;

export async function analyseCandidates(request: CandidatesRequest, context: AnalysisContext): Promise<CandidatesAnalysisResult> {
  const read = await basketsFor(request.receipts, context);
  if (!read.ok) return { kind: 'receiptsUnreadable' };
  const { baskets } = read;
  if (baskets.receiptCount === 0) return { kind: 'noReceipts' };
  context.progress(0.3);
  const table = context.remember(`candidates:${JSON.stringify(request.receipts)}`, (): ItemTable => {
    const pull = itemPull(baskets);
    let multiItemReceipts = 0;
    for (let r = 0; r < baskets.receiptCount; r++) if ((baskets.start[r + 1] as number) - (baskets.start[r] as number) > 1) multiItemReceipts++; // Cast: r + 1 ≤ receiptCount.
    const items = itemIndicators(baskets).map(
      (indicators, item): CandidateFactors => ({
        label: indicators.label,
        receipts: indicators.receipts,
        penetration: indicators.penetration,
        frequency: indicators.frequency,
        pull: pull[item] as number, // Cast: one pull per item.
        revenue: indicators.revenue,
        marginRate: indicators.marginRate,
        averagePrice: indicators.averagePrice,
      }),
    );
    return {
      receiptCount: baskets.receiptCount,
      multiItemReceipts,
      items,
      hasMoney: baskets.itemRevenue !== null,
      hasCost: baskets.itemMargin !== null,
      hasCustomers: baskets.receiptCustomer !== null,
    };
  });
  context.progress(0.9);
  let chosen: CandidateFigures['chosen'] = null;
  if (request.chosen !== null) {
    const index = baskets.items.indexOf(request.chosen);
    chosen = index < 0 ? 'missing' : { index, companions: companionsOf(baskets, index) };
  }
  return { kind: 'ready', figures: { ...table, chosenLabel: request.chosen, chosen } };
}
