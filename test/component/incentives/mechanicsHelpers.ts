import { createElement } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { INCENTIVES_EXERCISE_ID, INCENTIVES_STATE_VERSION, incentivesStateSchema, type IncentivesState } from '../../../exercises/incentives/state';
import { workbookSettings } from '../../builders';

/** A fresh workbook in Russian whose incentives exercise was started and holds `state`. */
export function resetIncentives(state: IncentivesState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState(INCENTIVES_EXERCISE_ID, INCENTIVES_STATE_VERSION, state, 'blank');
}

/** The incentives state as stored, read back through the exercise's schema as the app reads it. */
export function storedIncentives(): IncentivesState {
  return incentivesStateSchema.parse(useWorkbookStore.getState().exercises[INCENTIVES_EXERCISE_ID]?.state);
}

/** Intl puts a no-break space before "%" and between digit groups in Russian; tests compare with plain spaces. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

/** The card (a fieldset) whose legend reads `legend`. */
export function card(legend: string | RegExp): HTMLElement {
  return screen.getByRole('group', { name: legend });
}

/** The app opened on the current route with `state` stored, and a user to act in it. */
export function openWith(state: IncentivesState): UserEvent {
  resetIncentives(state);
  const user = userEvent.setup();
  render(createElement(App));
  return user;
}

/** The region of the step's reading, as one line of text. */
export function readingText(): string {
  return plain(screen.getByRole('region', { name: 'Что это значит' }).textContent);
}

