import { useCallback, useEffect, useState } from 'react';
import type { TypedRow } from '../data/import/types';
import type { DatasetSummary } from '../store/schema';
import { selectDatasetSummary, useWorkbookStore } from '../store/workbookStore';
import { datasetLocation } from '../store/datasetLocation';
import type { DatasetSpec } from '../data/spec';
import type { DatasetRef } from './analysis/context';
import {
  loadDataset,
  subscribeToDatasetChanges,
  type DatasetStoreError,
  type DatasetStoreResult,
} from '../store/datasets';
import { removeStoredDataset } from '../store/removeDataset';

export type DatasetStatus = 'loading' | 'none' | 'ready' | 'error';

export interface DatasetHandle {
  /** 'none': nothing imported; 'error': the summary is kept but the rows could not be read (see `error`). */
  status: DatasetStatus;
  rows: TypedRow[] | null;
  summary: DatasetSummary | null;
  error: DatasetStoreError | null;
  /** Delete the rows, then the summary; on failure both stay and the error comes back as a value. */
  remove: () => Promise<DatasetStoreResult<void>>;
}

type Loaded = DatasetStoreResult<TypedRow[]>;

/**
 * Rows read once per dataset and import, shared by every step that shows them: a 100k-row table is
 * not worth re-reading from IndexedDB on each step change. Keyed by the summary's `importedAt` too, so
 * a replaced dataset is never served from the old cache even if a change notice was missed.
 */
const cache = new Map<string, { importedAt: string; loaded: Promise<Loaded> }>();

const cacheKey = (exerciseId: string, specId: string) => `${exerciseId}\u0000${specId}`;

subscribeToDatasetChanges((changed) => {
  if (changed === null) cache.clear();
  else cache.delete(cacheKey(changed.exerciseId, changed.specId));
});

function readRows(exerciseId: string, specId: string, importedAt: string): Promise<Loaded> {
  const key = cacheKey(exerciseId, specId);
  const cached = cache.get(key);
  if (cached && cached.importedAt === importedAt) return cached.loaded;
  const loaded = loadDataset(exerciseId, specId).then((result): Loaded => {
    if (!result.ok) return result;
    if (result.value === null) return { ok: false, error: { code: 'missing', detail: `${exerciseId}/${specId}` } };
    return { ok: true, value: result.value.rows };
  });
  cache.set(key, { importedAt, loaded });
  // A failed read is not remembered: the next visit tries again.
  void loaded.then((result) => {
    if (!result.ok && cache.get(key)?.loaded === loaded) cache.delete(key);
  });
  return loaded;
}

/**
 * What progress says of an imported dataset (file, rows, when), without reading its rows: for a step that
 * hands the dataset to its analysis worker (src/workbook/analysis) instead of holding the rows itself. A spec
 * of a shared kind reads the participant's file in "My data", whichever exercise imported it.
 */
export function useDatasetSummary(exerciseId: string, spec: Pick<DatasetSpec, 'id' | 'shared'>): DatasetSummary | null {
  const { owner, id } = datasetLocation(exerciseId, spec);
  return useWorkbookStore((store) => selectDatasetSummary(store, { owner, id }));
}

/** Where a step's analysis finds a dataset: its storage location and which import of it. */
export function useDatasetRef(exerciseId: string, spec: Pick<DatasetSpec, 'id' | 'shared'>): DatasetRef | null {
  const summary = useDatasetSummary(exerciseId, spec);
  const { owner, id } = datasetLocation(exerciseId, spec);
  return summary === null ? null : { exerciseId: owner, specId: id, importedAt: summary.importedAt };
}

/** The rows of one imported dataset of an exercise, with its summary from progress. */
export function useDataset(exerciseId: string, spec: Pick<DatasetSpec, 'id' | 'shared'>): DatasetHandle {
  const summary = useDatasetSummary(exerciseId, spec);
  // Below, `exerciseId` and `specId` name where the rows are stored: a shared file's owner is "My data".
  const location = datasetLocation(exerciseId, spec);
  const owner = location.owner;
  const specId = location.id;
  const importedAt = summary?.importedAt ?? null;
  const [loaded, setLoaded] = useState<{ importedAt: string; result: Loaded } | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(
    () =>
      subscribeToDatasetChanges((changed) => {
        if (changed === null || (changed.exerciseId === owner && changed.specId === specId)) setRevision((n) => n + 1);
      }),
    [owner, specId],
  );

  useEffect(() => {
    if (importedAt === null) return;
    let current = true;
    void readRows(owner, specId, importedAt).then((result) => {
      if (current) setLoaded({ importedAt, result });
    });
    return () => {
      current = false;
    };
  }, [owner, specId, importedAt, revision]);

  const remove = useCallback(async (): Promise<DatasetStoreResult<void>> => {
    return removeStoredDataset({ owner, id: specId });
  }, [owner, specId]);

  if (summary === null) return { status: 'none', rows: null, summary: null, error: null, remove };
  if (loaded === null || loaded.importedAt !== summary.importedAt) return { status: 'loading', rows: null, summary, error: null, remove };
  if (!loaded.result.ok) return { status: 'error', rows: null, summary, error: loaded.result.error, remove };
  return { status: 'ready', rows: loaded.result.value, summary, error: null, remove };
}
