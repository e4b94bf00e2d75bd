import type { ExerciseEntry, PersistedWorkbook, Settings } from '../../src/store/schema';

/** Russian, roubles, presenter mode off: the seminar's own settings. */
export function workbookSettings(overrides: Partial<Settings> = {}): Settings {
  return { locale: 'ru', currency: 'RUB', presenter: false, ...overrides };
}

/** One exercise's progress: started from the demo, no step done, nothing imported; override what the test is about. */
export function exerciseEntry(overrides: Partial<ExerciseEntry> = {}): ExerciseEntry {
  return {
    stateVersion: 1,
    state: {},
    startedFrom: 'demo',
    currentStep: null,
    completedSteps: [],
    visitedSteps: [],
    drafts: {},
    datasets: {},
    updatedAt: '2026-12-06T10:00:00.000Z',
    ...overrides,
  };
}

/** What localStorage and a backup keep: the seminar's settings, no exercise started, nothing in "My data". */
export function persistedWorkbook(overrides: Partial<PersistedWorkbook> = {}): PersistedWorkbook {
  return { settings: workbookSettings(), exercises: {}, myData: {}, ...overrides };
}
