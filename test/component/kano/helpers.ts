import { useWorkbookStore } from '../../../src/store/workbookStore';
import { KANO_STATE_VERSION, kanoStateSchema, type KanoState } from '../../../exercises/kano/state';
import { kanoFeature, kanoState, workbookSettings } from '../../builders';

/** A fresh workbook in Russian; with `state`, the Kano exercise was started from scratch and holds it. */
export function resetWorkbook(state?: KanoState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState('kano', KANO_STATE_VERSION, state, 'blank');
}

/** The Kano state as stored, read back through the exercise's schema as the app reads it. */
export function storedKanoState(): KanoState {
  return kanoStateSchema.parse(useWorkbookStore.getState().exercises.kano?.state);
}

/** Three features of the participant's own, no answers yet. */
export function ownFeaturesState(): KanoState {
  return kanoState({ features: [kanoFeature('wifi', 'Бесплатный Wi-Fi'), kanoFeature('parking', 'Парковка'), kanoFeature('kids', 'Детская комната')] });
}

/** Intl puts no-break spaces in Russian numbers and a true minus sign before negatives. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}
