import { screen } from '@testing-library/react';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { SERVQUAL_STATE_VERSION, servqualStateSchema, type ServqualState } from '../../../exercises/servqual/state';
import { resetSelectedWave } from '../../../exercises/servqual/steps/shared/selectedWave';
import { workbookSettings } from '../../builders';

/** A fresh workbook in Russian; with `state`, the exercise was started from scratch and holds it. */
export function resetWorkbook(state?: ServqualState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {} });
  useWorkbookStore.getState().setLocale('ru');
  resetSelectedWave();
  if (state) useWorkbookStore.getState().writeExerciseState('servqual', SERVQUAL_STATE_VERSION, state, 'blank');
}

/** The SERVQUAL state as stored, read back through the exercise's schema as the app reads it. */
export function storedState(): ServqualState {
  return servqualStateSchema.parse(useWorkbookStore.getState().exercises['servqual']?.state);
}

/** The figure shown under a metric's label, as a reader sees it. */
export function metricValue(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

/** Intl puts no-break spaces in Russian numbers; tests compare with plain spaces. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
