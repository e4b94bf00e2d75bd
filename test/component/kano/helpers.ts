import { useWorkbookStore } from '../../../src/store/workbookStore';
import { KANO_STATE_VERSION, type KanoState } from '../../../exercises/kano/state';
import { blankKanoState } from '../../../exercises/kano/demo';

/** A fresh workbook in Russian; with `state`, the Kano exercise was started from scratch and holds it. */
export function resetWorkbook(state?: KanoState): void {
  useWorkbookStore.setState({ settings: { locale: 'ru', currency: 'RUB', presenter: false }, exercises: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState('kano', KANO_STATE_VERSION, state, 'blank');
}

export function storedKanoState(): KanoState {
  return useWorkbookStore.getState().exercises.kano?.state as KanoState;
}

/** Three features of the participant's own, no answers yet. */
export function ownFeaturesState(): KanoState {
  const feature = (id: string, name: string) => ({ id, name, description: '', exampleRef: null, functionalQuestion: null, dysfunctionalQuestion: null, decision: 'undecided' as const, note: '' });
  return { ...blankKanoState(), features: [feature('wifi', 'Бесплатный Wi-Fi'), feature('parking', 'Парковка'), feature('kids', 'Детская комната')] };
}

/** Intl puts no-break spaces in Russian numbers and a true minus sign before negatives. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}
