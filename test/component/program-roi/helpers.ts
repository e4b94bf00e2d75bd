import { screen } from '@testing-library/react';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { ROI_STATE_VERSION, type RoiState } from '../../../exercises/program-roi/state';

/** A fresh workbook in Russian; with `state`, the exercise was started from scratch and holds it. */
export function resetWorkbook(state?: RoiState): void {
  useWorkbookStore.setState({ settings: { locale: 'ru', currency: 'RUB', presenter: false }, exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState('program-roi', ROI_STATE_VERSION, state, 'blank');
}

export function storedRoiState(): RoiState {
  return useWorkbookStore.getState().exercises['program-roi']?.state as RoiState;
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
