/**
 * What an exercise may read and write of the shell's storage, besides its own state (useExercise): drafts of
 * typed text, its imported datasets (summaries, rows, removal). Exercises import these from here, never from
 * src/store, so the store's shape can change behind this contract (lint enforces the boundary).
 */
import { removeStoredDataset } from '../store/removeDataset';
import { loadDataset, loadExerciseDatasets, subscribeToDatasetChanges, type DatasetStoreResult } from '../store/datasets';
import { datasetLocation } from '../store/datasetLocation';
import type { DatasetSummary } from '../store/schema';
import { selectDatasetSummary, useWorkbookStore } from '../store/workbookStore';
import type { ExportDatasets } from './contract';

export type { DatasetSummary } from '../store/schema';
export type { DatasetStoreError, DatasetStoreResult } from '../store/datasets';
export { datasetLocation, loadDataset, subscribeToDatasetChanges };

const NO_DRAFTS: Readonly<Record<string, string>> = {};
const NO_SUMMARIES: Readonly<Record<string, DatasetSummary>> = {};

/** Raw text of an exercise's fields that did not validate yet, kept across reloads. */
export function useDrafts(exerciseId: string): Readonly<Record<string, string>> {
  return useWorkbookStore((store) => store.exercises[exerciseId]?.drafts ?? NO_DRAFTS);
}

/** Keep (or, with null, drop) a field's raw text. */
export function setDraft(exerciseId: string, key: string, raw: string | null): void {
  useWorkbookStore.getState().setDraft(exerciseId, key, raw);
}

/** The summaries of an exercise's own imported datasets, by spec id (or spec id with a suffix, one per wave). */
export function useDatasetSummaries(exerciseId: string): Readonly<Record<string, DatasetSummary>> {
  return useWorkbookStore((store) => store.exercises[exerciseId]?.datasets ?? NO_SUMMARIES);
}

/** The same, read once (for the export context). */
function datasetSummariesNow(exerciseId: string): Readonly<Record<string, DatasetSummary>> {
  return useWorkbookStore.getState().exercises[exerciseId]?.datasets ?? NO_SUMMARIES;
}

/** A spec's summary, read once: a shared file's from "My data", an exercise's own from its entry. */
function datasetSummaryNow(exerciseId: string, spec: Parameters<typeof datasetLocation>[1]): DatasetSummary | null {
  return selectDatasetSummary(useWorkbookStore.getState(), datasetLocation(exerciseId, spec));
}

/** The export context's datasets for an exercise, from this browser's storage (see ExportDatasets). */
export function exportDatasets(exerciseId: string): ExportDatasets {
  return {
    summary: (spec) => datasetSummaryNow(exerciseId, spec),
    // Read when asked, so a context made once still sees the files imported since.
    get own() {
      return datasetSummariesNow(exerciseId);
    },
    loadRows: (ids) => loadExerciseDatasets(exerciseId, ids),
  };
}

/** Delete a dataset's rows, then its summary; on failure both stay and the error comes back as a value. */
export function removeDataset(exerciseId: string, specId: string): Promise<DatasetStoreResult<void>> {
  return removeStoredDataset({ owner: exerciseId, id: specId });
}
