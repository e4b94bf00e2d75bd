import { useCallback, useEffect, useMemo } from 'react';
import { useWorkbookStore } from '../store/workbookStore';
import { useStorageStatus } from '../store/storageStatus';
import type { ExerciseEntry } from '../store/schema';
import type { ExerciseDefinition, StateUpdate } from './contract';
import { readExerciseState } from './exerciseState';
import { deleteDataset } from '../store/datasets';
import { datasetsWithFiles } from './progress';
import { startingState } from './packStart';

/**
 * A reset drops the exercise's progress, and with it the only reference to its imported rows; the rows are
 * deleted too, or they would take space in IndexedDB that nothing could reach or free. A failure leaves
 * unreferenced rows only, so it is not reported.
 */
function deleteImportedRows(exerciseId: string): void {
  const summaries = useWorkbookStore.getState().exercises[exerciseId]?.datasets ?? {};
  for (const specId of Object.keys(summaries)) void deleteDataset(exerciseId, specId);
}

export interface ExerciseSession<S> {
  state: S;
  entry: ExerciseEntry | undefined;
  /**
   * True while the exercise still shows the demo values it opened with: started from the demo, unless the demo was
   * only its data (`demoIsOnlyData`) and the participant's own file now feeds it.
   */
  showingDemo: boolean;
  /** A file of the participant's feeds the exercise: its own import, or a shared file in "My data" such as the sales. */
  ownFilesInUse: boolean;
  update: (next: StateUpdate<S>) => void;
  startFromScratch: () => void;
  reset: () => void;
  setCurrentStep: (stepId: string) => void;
  markStepCompleted: (stepId: string) => void;
}

export function useExercise<S>(definition: ExerciseDefinition<S>): ExerciseSession<S> {
  const entry = useWorkbookStore((store) => store.exercises[definition.id]);
  const hasFiles = useWorkbookStore((store) => datasetsWithFiles(definition, store.exercises[definition.id], store.myData).size > 0);
  const locale = useWorkbookStore((store) => store.settings.locale);
  // With no entry yet it opens on its starting point: a trainer's starter pack when one covered it, else the demo.
  const read = useMemo(
    () => (entry ? readExerciseState(definition.state, entry, locale) : { state: startingState(definition.id, definition.state, locale), source: 'demo' as const, problem: null }),
    [definition, entry, locale],
  );
  const { id } = definition;
  const { version } = definition.state;

  // A stored state this version cannot use is kept aside for download, then replaced, so the
  // exercise opens and the message about it is shown once.
  useEffect(() => {
    if (!read.problem || !entry) return;
    useStorageStatus.getState().keepAside({
      reason: read.problem === 'newer-version' ? 'newer-version' : read.problem === 'migration-failed' ? 'migration-failed' : 'exercise-state-invalid',
      scope: id,
      raw: JSON.stringify(entry),
    });
    useWorkbookStore.getState().writeExerciseState(id, version, read.state);
  }, [read, entry, id, version]);

  const update = useCallback(
    (next: StateUpdate<S>) => {
      const store = useWorkbookStore.getState();
      const entryNow = store.exercises[id];
      const current = entryNow ? readExerciseState(definition.state, entryNow, store.settings.locale).state : startingState(id, definition.state, store.settings.locale);
      // Cast: state is never a function, so a function here is an updater.
      const value = typeof next === 'function' ? (next as (current: S) => S)(current) : next;
      store.writeExerciseState(id, version, value);
    },
    [definition, id, version],
  );

  const ensureEntry = useCallback(() => {
    const store = useWorkbookStore.getState();
    if (!store.exercises[id]) store.writeExerciseState(id, version, startingState(id, definition.state, store.settings.locale), 'demo');
  }, [definition, id, version]);

  return {
    state: read.state,
    entry,
    showingDemo: (!entry || entry.startedFrom === 'demo') && !(definition.state.demoIsOnlyData === true && hasFiles),
    ownFilesInUse: hasFiles,
    update,
    startFromScratch: () => {
      deleteImportedRows(id);
      const store = useWorkbookStore.getState();
      store.resetExercise(id);
      store.writeExerciseState(id, version, definition.state.blank(), 'blank');
    },
    reset: () => {
      deleteImportedRows(id);
      useWorkbookStore.getState().resetExercise(id);
    },
    setCurrentStep: (stepId) => {
      ensureEntry();
      useWorkbookStore.getState().setCurrentStep(id, stepId);
    },
    markStepCompleted: (stepId) => {
      ensureEntry();
      useWorkbookStore.getState().markStepCompleted(id, stepId);
    },
  };
}
