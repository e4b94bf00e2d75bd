import { useWorkbookStore } from '../../../src/store/workbookStore';
import { PROGRAM_DESIGN_EXERCISE_ID, PROGRAM_DESIGN_STATE_VERSION, programDesignStateSchema, type ProgramDesignState } from '../../../exercises/program-design/state';
import { ROI_STATE_VERSION, type RoiState } from '../../../exercises/program-roi/state';
import { workbookSettings } from '../../builders';

/** A fresh workbook in Russian holding the given design and ROI states, each started from scratch. */
export function workbookWith({ design, roi }: { design?: ProgramDesignState; roi?: RoiState }): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (design) useWorkbookStore.getState().writeExerciseState(PROGRAM_DESIGN_EXERCISE_ID, PROGRAM_DESIGN_STATE_VERSION, design, 'blank');
  if (roi) useWorkbookStore.getState().writeExerciseState('program-roi', ROI_STATE_VERSION, roi, 'blank');
}

export function storedDesign(): ProgramDesignState {
  return programDesignStateSchema.parse(useWorkbookStore.getState().exercises[PROGRAM_DESIGN_EXERCISE_ID]?.state);
}
