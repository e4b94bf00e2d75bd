import { Suspense, type ComponentType } from 'react';
import { render } from '@testing-library/react';
import { exercises } from '../../../exercises';
import { programDesign } from '../../../exercises/program-design';
import { blankProgramDesignState } from '../../../exercises/program-design/demo';
import { PROGRAM_DESIGN_STATE_VERSION, programDesignStateSchema, type ProgramDesignState } from '../../../exercises/program-design/state';
import { blankIncentivesState } from '../../../exercises/incentives/demo';
import { INCENTIVES_STATE_VERSION, type IncentivesState } from '../../../exercises/incentives/state';
import { blankSegmentationState } from '../../../exercises/segmentation/demo';
import { SEGMENTATION_STATE_VERSION, type SegmentationState, type SegmentTarget } from '../../../exercises/segmentation/state';
import { useLocale } from '../../../src/i18n/useI18n';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import type { StepProps } from '../../../src/workbook/contract';
import { useExercise } from '../../../src/workbook/useExercise';
import { ExerciseRegistry } from '../../../src/workbook/useResult';
import { workbookSettings } from '../../builders';

/** A fresh workbook in Russian with the design started from scratch (or the given state) and nothing else opened. */
export function resetDesign(overrides: Partial<ProgramDesignState> = {}): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState('program-design', PROGRAM_DESIGN_STATE_VERSION, { ...blankProgramDesignState(), ...overrides }, 'blank');
}

/** The design as stored, read back through its schema as the app reads it. */
export function storedDesign(): ProgramDesignState {
  return programDesignStateSchema.parse(useWorkbookStore.getState().exercises['program-design']?.state);
}

export const decided = (target: Partial<SegmentTarget>): SegmentTarget => ({ target: false, strategy: null, offer: '', owner: '', goal: '', ...target });

/** The segmentation as the participant left it: its starter rules with the decisions given. */
export function storeSegmentation(change: (state: SegmentationState) => SegmentationState = (state) => state): void {
  useWorkbookStore.getState().writeExerciseState('segmentation', SEGMENTATION_STATE_VERSION, change(blankSegmentationState()), 'blank');
}

function Harness({ Step }: { Step: ComponentType<StepProps<ProgramDesignState>> }) {
  const session = useExercise(programDesign);
  return <Step state={session.state} update={session.update} locale={useLocale()} presenter={false} />;
}

/** A step of the design as the app shows it, reading other exercises' results through the workbook's registry. */
export function renderDesignStep(Step: ComponentType<StepProps<ProgramDesignState>>) {
  return render(
    <ExerciseRegistry.Provider value={exercises}>
      <Suspense fallback={null}>
        <Harness Step={Step} />
      </Suspense>
    </ExerciseRegistry.Provider>,
  );
}

/** The incentives exercise as the participant left it: two types scored high, and the mechanics chosen there. */
export function storeIncentives(mechanics: IncentivesState['mechanics']): void {
  const state = blankIncentivesState();
  state.scores.points = { customerValue: 5, affordability: 4, simplicity: 4, note: '' };
  state.scores.tiers = { customerValue: 4, affordability: 4, simplicity: 3, note: '' };
  useWorkbookStore.getState().writeExerciseState('incentives', INCENTIVES_STATE_VERSION, { ...state, mechanics }, 'blank');
}
