import { useWorkbookStore } from '../../../src/store/workbookStore';
import { LOYALTY_STATE_VERSION, loyaltyStateSchema, type LoyaltyState } from '../../../exercises/loyalty-measurement/state';
import type { Locale } from '../../../src/i18n/locale';
import { workbookSettings } from '../../builders';

/** A fresh workbook in `locale`; with `state`, the exercise was started from scratch and holds it. */
export function resetLoyaltyWorkbook(state?: LoyaltyState, locale: Locale = 'ru'): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale(locale);
  if (state) useWorkbookStore.getState().writeExerciseState('loyalty-measurement', LOYALTY_STATE_VERSION, state, 'blank');
}

/** The exercise's state as stored, read back through its schema as the app reads it. */
export function storedLoyaltyState(): LoyaltyState {
  return loyaltyStateSchema.parse(useWorkbookStore.getState().exercises['loyalty-measurement']?.state);
}
