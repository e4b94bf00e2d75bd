import { useWorkbookStore } from '../../../src/store/workbookStore';
import { EMOTIONAL_EXERCISE_ID, EMOTIONAL_STATE_VERSION, emotionalStateSchema, type EmotionalState } from '../../../exercises/emotional-loyalty/state';
import { workbookSettings } from '../../builders';

/** A fresh workbook in Russian whose emotional-loyalty exercise holds `state`, opened on `stepId`. */
export function openWith(state: EmotionalState, stepId: 'plan' | 'follow-up'): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState(EMOTIONAL_EXERCISE_ID, EMOTIONAL_STATE_VERSION, state, 'blank');
  window.location.hash = `#/ex/${EMOTIONAL_EXERCISE_ID}/${stepId}`;
}

/** The state as stored, read back through the exercise's schema as the app reads it. */
export function storedState(): EmotionalState {
  return emotionalStateSchema.parse(useWorkbookStore.getState().exercises[EMOTIONAL_EXERCISE_ID]?.state);
}

/** Intl puts no-break spaces in Russian amounts; tests compare with plain spaces. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
