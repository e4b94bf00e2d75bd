import { useMemo } from 'react';
import { useLocale } from '../../../../src/i18n/useI18n';
import { useDatasetRef } from '../../../../src/workbook/useDataset';
import { itemNamer } from '../../content/demoProducts';
import type { ReceiptsSource, BasketRequest } from '../../analysis/baskets';
import { PROMO_EXERCISE_ID, receiptsSpec } from '../../inputs';
import type { PromoProductState } from '../../state';

/** Where a step's figures come from: the participant's receipts, the demo store standing in, or nothing yet. */
export type ReceiptsOrigin = 'imported' | 'demo' | 'none';

export interface ReceiptsInput {
  origin: ReceiptsOrigin;
  /** What to hand the step's analysis, with the participant's level, merges and exclusions; null when there is nothing to read. */
  request: BasketRequest | null;
}

/** The receipts every step reads: the participant's import wins over the demo store. */
export function useReceipts(state: PromoProductState): ReceiptsInput {
  const stored = useDatasetRef(PROMO_EXERCISE_ID, receiptsSpec);
  const source: ReceiptsSource | null = stored !== null ? { kind: 'stored', receipts: stored } : state.useDemoData ? { kind: 'demo' } : null;
  const origin: ReceiptsOrigin = source === null ? 'none' : source.kind === 'stored' ? 'imported' : 'demo';
  return { origin, request: source === null ? null : { source, basket: state.receipts } };
}

/**
 * How an item is named on screen, in exports and in print: the demo store's codes in the interface's language,
 * a participant's labels exactly as their file writes them.
 */
export function useItemName(origin: ReceiptsOrigin): (label: string) => string {
  const locale = useLocale();
  return useMemo(() => itemNamer(origin === 'demo', locale), [origin, locale]);
}
