import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { PROMO_EXERCISE_ID, receiptsSpec } from '../../../exercises/promo-product/inputs';
import { PROMO_PRODUCT_STATE_VERSION, promoProductStateSchema, type PromoProductState } from '../../../exercises/promo-product/state';
import { datasetSummary, workbookSettings } from '../../builders';
import { HAND_EXAMPLE } from '../../unit/promo-product/indicatorsHandExample';

/** Text as a reader compares it: the formatters' narrow and no-break spaces as plain ones. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** A fresh workbook in Russian; with `state`, the exercise was started from scratch and holds it. */
export function resetWorkbook(state?: PromoProductState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState(PROMO_EXERCISE_ID, PROMO_PRODUCT_STATE_VERSION, state, 'blank');
}

export function storedPromoState(): PromoProductState {
  return promoProductStateSchema.parse(useWorkbookStore.getState().exercises[PROMO_EXERCISE_ID]?.state);
}

/** Receipt lines stored as an accepted import leaves them; the exercise's entry holds the file's summary. */
export async function storeReceipts(rows: TypedRow[]): Promise<void> {
  const location = datasetLocation(PROMO_EXERCISE_ID, receiptsSpec);
  const summary = datasetSummary('чеки.csv', rows.length, { importedAt: new Date().toISOString() });
  const saved = await saveDataset(location.owner, location.id, rows, summary);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary(location, summary);
}

/** The unit tests' hand example (test/unit/promo-product/indicatorsHandExample.ts) as an import stores its rows. */
export function handRows(): TypedRow[] {
  return HAND_EXAMPLE.map((line) => ({ receipt: line.receipt, product: line.product, customer: line.customer ?? null, date: line.date ?? null, quantity: line.quantity ?? null, price: line.price ?? null, cost: line.cost ?? null }));
}
