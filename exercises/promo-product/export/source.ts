import type { Locale } from '../../../src/i18n/locale';
import type { ExportContext } from '../../../src/workbook/contract';
import { datasetLocation } from '../../../src/workbook/exerciseData';
import type { ReceiptsSource } from '../analysis/baskets';
import { itemNamer } from '../content/demoProducts';
import { PROMO_EXERCISE_ID, receiptsSpec } from '../inputs';
import type { PromoProductState } from '../state';
import type { ReceiptsOrigin } from '../steps/shared/useReceipts';

/** The receipts the export reads, as the steps do (useReceipts): the participant's import wins over the demo store. */
export function exportReceiptsSource(state: PromoProductState, context: ExportContext): ReceiptsSource | null {
  const summary = context.datasets.summary(receiptsSpec);
  if (summary !== null) {
    const { owner, id } = datasetLocation(PROMO_EXERCISE_ID, receiptsSpec);
    return { kind: 'stored', receipts: { exerciseId: owner, specId: id, importedAt: summary.importedAt } };
  }
  return state.useDemoData ? { kind: 'demo' } : null;
}

export const originOf = (source: ReceiptsSource | null): ReceiptsOrigin => (source === null ? 'none' : source.kind === 'stored' ? 'imported' : 'demo');

/** Items named as on screen (useItemName): the demo store's codes in the workbook's language, a participant's labels as written. */
export function exportItemName(origin: ReceiptsOrigin, locale: Locale): (label: string) => string {
  return itemNamer(origin === 'demo', locale);
}
