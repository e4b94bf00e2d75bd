/**
 * The bundles step's figures, in its worker: bundle proposals (pairs and triples from the miner), the figures of
 * the bundles the participant keeps, every item's price, margin and volume, and substitute pairs to switch. The
 * mining and the pair counts are kept per thresholds, so adding a bundle or changing the assumed margin reruns
 * only the cheap parts. The page gets figures, never receipts.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import { bundleCandidates, bundleCounts, type BundleCandidate, type BundleThresholds } from '../model/bundles';
import { itemIndicators } from '../model/indicators';
import { itemReceipts, minimumCount } from '../model/mining';
import { itemCategories, substituteSuggestions, type ItemFigures, type SubstituteSuggestion } from '../model/switching';
import { basketsFor, type BasketRequest } from './baskets';

export interface BundlesRequest {
  receipts: BasketRequest;
  thresholds: BundleThresholds;
  /** Share, for items whose cost the file lacks; null: margins from the file only. */
  assumedMargin: number | null;
  /** The participant's bundles (item labels, the lead first), to count whatever the thresholds. */
  kept: string[][];
}

/** Shown at most: a shortlist, not a catalogue. */
export const SHOWN_PROPOSALS = 30;
export const SHOWN_SUBSTITUTES = 10;

/** A kept bundle's figures; null where one of its items is no longer in the receipts (excluded, merged, another file). */
export type KeptCounts = { count: number; leadCount: number; lift: number | null } | null;

export type BundlesResult =
  | { kind: 'unreadable' }
  | {
      kind: 'ready';
      receiptCount: number;
      /** Every item's figures, by item id (the order of `candidates`' ids). */
      items: ItemFigures[];
      search: { kind: 'bundles'; candidates: BundleCandidate[]; total: number } | { kind: 'tooMany' };
      minCount: number;
      kept: KeptCounts[];
      substitutes: SubstituteSuggestion[];
      hasMoney: boolean;
      hasCost: boolean;
      /** The file has categories and the level is product: substitutes can be looked for. */
      canSwitch: boolean;
    };

export async function analyseBundles(request: BundlesRequest, context: AnalysisContext): Promise<BundlesResult> {
  const read = await basketsFor(request.receipts, context);
  if (!read.ok) return { kind: 'unreadable' };
  const { baskets, lines } = read;
  const key = `${JSON.stringify(request.receipts)}`;
  const items = context.remember(`bundles:items:${key}`, () => {
    const categories = itemCategories(lines, baskets, request.receipts.basket);
    return itemIndicators(baskets).map(
      (indicator, id): ItemFigures => ({
        label: indicator.label,
        category: categories[id] ?? null,
        receipts: indicator.receipts,
        quantity: indicator.quantity,
        averagePrice: indicator.averagePrice,
        marginRate: indicator.marginRate,
      }),
    );
  });
  const lists = context.remember(`bundles:lists:${key}`, () => itemReceipts(baskets));
  const search = context.remember(`bundles:search:${key}:${JSON.stringify(request.thresholds)}`, () =>
    bundleCandidates(baskets, request.thresholds, (item) => lists[item]?.length ?? 0),
  );
  const minCount = minimumCount(request.thresholds.minSupport, baskets.receiptCount);
  const itemId = new Map(baskets.items.map((label, id) => [label, id]));
  const kept = request.kept.map((labels): KeptCounts => {
    const ids = labels.map((label) => itemId.get(label));
    if (ids.some((id) => id === undefined) || new Set(ids).size !== ids.length) return null;
    return bundleCounts(lists, ids as number[], baskets.receiptCount); // Cast: every id was found.
  });
  const substitutes = substituteSuggestions(baskets, items, minCount, request.assumedMargin, SHOWN_SUBSTITUTES);
  return {
    kind: 'ready',
    receiptCount: baskets.receiptCount,
    items,
    search: search.kind === 'tooMany' ? { kind: 'tooMany' } : { kind: 'bundles', candidates: search.candidates.slice(0, SHOWN_PROPOSALS), total: search.candidates.length },
    minCount,
    kept,
    substitutes,
    hasMoney: baskets.itemRevenue !== null,
    hasCost: baskets.itemMargin !== null,
    canSwitch: items.some((item) => item.category !== null),
  };
}
