import type { ComponentType } from 'react';
import { render } from '@testing-library/react';
import { exercises } from '../../../exercises';
import { programDesign } from '../../../exercises/program-design';
import { PROGRAM_DESIGN_EXERCISE_ID, PROGRAM_DESIGN_STATE_VERSION, programDesignStateSchema, type ProgramDesignState } from '../../../exercises/program-design/state';
import type { StepProps } from '../../../src/workbook/contract';
import { useExercise } from '../../../src/workbook/useExercise';
import { ExerciseRegistry } from '../../../src/workbook/useResult';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { workbookSettings } from '../../builders/workbook';

/** A fresh workbook in Russian; with `state`, the design was started from scratch and holds it. */
export function resetWorkbook(state?: ProgramDesignState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  if (state) useWorkbookStore.getState().writeExerciseState(PROGRAM_DESIGN_EXERCISE_ID, PROGRAM_DESIGN_STATE_VERSION, state, 'blank');
}

/** The design as stored, read back through its schema as the app reads it. */
export function storedDesign(): ProgramDesignState {
  return programDesignStateSchema.parse(useWorkbookStore.getState().exercises[PROGRAM_DESIGN_EXERCISE_ID]?.state);
}

/** One step of the design on its own, with the registry the page gives it, so it can read other exercises' results. */
export function renderStep(Step: ComponentType<StepProps<ProgramDesignState>>) {
  function Session() {
    const session = useExercise(programDesign);
    return <Step state={session.state} update={session.update} locale="ru" presenter={false} />;
  }
  return render(
    <ExerciseRegistry.Provider value={exercises}>
      <Session />
    </ExerciseRegistry.Provider>,
  );
}

/** Intl puts no-break spaces into Russian numbers; tests compare with plain spaces. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
