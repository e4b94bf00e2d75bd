import { useEffect, useMemo, useState } from 'react';
import type { TypedRow } from '../../../../src/data/import/types';
import { loadDataset, subscribeToDatasetChanges, useDatasetSummaries } from '../../../../src/workbook/exerciseData';
import type { KanoResponse } from '../../model';
import type { ImportedResponses, KanoState } from '../../state';
import { KANO_EXERCISE_ID } from './featureLabels';
import { responsesFromImport, type FileResponses } from './importedResponses';
// Casts in this file: the list key is built here as "id@importedAt|…", and literal statuses are widened to the union the list holds.

export type ImportedFileStatus =
  | { kind: 'loading' }
  /** The rows could not be read (IndexedDB unavailable, site data cleared in part). */
  | { kind: 'error' }
  | ({ kind: 'ready' } & FileResponses);

export interface SurveyResponses {
  /** Typed-in forms and every file read so far. */
  responses: KanoResponse[];
  typed: KanoResponse[];
  files: { entry: ImportedResponses; status: ImportedFileStatus }[];
  loading: boolean;
}

type Loaded = Map<string, { importedAt: string; rows: readonly TypedRow[] | null }>;

/** All answers the results are computed from: typed in on the questionnaire step and imported from files. */
export function useSurveyResponses(state: KanoState, typed: KanoResponse[]): SurveyResponses {
  const summaries = useDatasetSummaries(KANO_EXERCISE_ID);
  const [loaded, setLoaded] = useState<Loaded>(() => new Map());
  const [revision, setRevision] = useState(0);
  const wanted = state.imports.map((entry) => `${entry.datasetId}@${summaries?.[entry.datasetId]?.importedAt ?? ''}`).join('|');

  useEffect(
    () =>
      subscribeToDatasetChanges((changed) => {
        if (changed === null || changed.exerciseId === KANO_EXERCISE_ID) setRevision((n) => n + 1);
      }),
    [],
  );

  useEffect(() => {
    let current = true;
    const entries = wanted === '' ? [] : wanted.split('|').map((item) => item.split('@') as [string, string]);
    void Promise.all(
      entries.map(async ([datasetId, importedAt]) => {
        if (importedAt === '') return [datasetId, { importedAt, rows: null }] as const;
        const result = await loadDataset(KANO_EXERCISE_ID, datasetId);
        const rows = result.ok && result.value ? result.value.rows : null;
        return [datasetId, { importedAt, rows }] as const;
      }),
    ).then((results) => {
      if (current) setLoaded(new Map(results));
    });
    return () => {
      current = false;
    };
  }, [wanted, revision]);

  return useMemo(() => {
    const files = state.imports.map((entry) => {
      const importedAt = summaries?.[entry.datasetId]?.importedAt ?? '';
      const got = loaded.get(entry.datasetId);
      if (!got || got.importedAt !== importedAt) return { entry, status: { kind: 'loading' } as ImportedFileStatus };
      if (got.rows === null) return { entry, status: { kind: 'error' } as ImportedFileStatus };
      return { entry, status: { kind: 'ready', ...responsesFromImport(entry, got.rows, state) } as ImportedFileStatus };
    });
    const responses = [...typed, ...files.flatMap((file) => (file.status.kind === 'ready' ? file.status.responses : []))];
    return { responses, typed, files, loading: files.some((file) => file.status.kind === 'loading') };
    // The features and questionnaire decide how rows are read; the rest of the state does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, summaries, state.imports, state.features, state.questionnaire, typed]);
}
