import { useWorkbookStore } from '../../../src/store/workbookStore';
import { EMOTIONAL_EXERCISE_ID, EMOTIONAL_STATE_VERSION, emotionalStateSchema, type EmotionalState } from '../../../exercises/emotional-loyalty/state';
import { blankEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { defaultJourney } from '../../../exercises/emotional-loyalty/model/journey';
import { workbookSettings } from '../../builders';

/** A fresh workbook in Russian; with `state`, the exercise was started from scratch and holds it. */
export function resetEmotional(state?: EmotionalState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState(EMOTIONAL_EXERCISE_ID, EMOTIONAL_STATE_VERSION, state, 'blank');
}

/** The state as stored, read back through the exercise's schema as the app reads it. */
export function storedEmotional(): EmotionalState {
  return emotionalStateSchema.parse(useWorkbookStore.getState().exercises[EMOTIONAL_EXERCISE_ID]?.state);
}

/** The shop's default journey, nothing else yet. */
export function shopJourney(): EmotionalState {
  return { ...blankEmotionalState(), touchpoints: defaultJourney('shop') };
}
