import { screen } from '@testing-library/react';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { ROI_STATE_VERSION, roiStateSchema, type RoiState } from '../../../exercises/program-roi/state';
import { workbookSettings } from '../../builders';

/** A fresh workbook in Russian; with `state`, the exercise was started from scratch and holds it. */
export function resetWorkbook(state?: RoiState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState('program-roi', ROI_STATE_VERSION, state, 'blank');
}

/** The ROI state as stored, read back through the exercise's schema as the app reads it. */
export function storedRoiState(): RoiState {
  return roiStateSchema.parse(useWorkbookStore.getState().exercises['program-roi']?.state);
}

/** The figure shown under a metric's label, as a reader sees it. */
export function metricValue(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

/** Intl puts a no-break space before "%" and between digit groups in Russian; tests compare with plain spaces. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
