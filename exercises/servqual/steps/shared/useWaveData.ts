import { useEffect, useMemo, useState } from 'react';
import type { TypedRow } from '../../../../src/data/import/types';
import { loadDataset, subscribeToDatasetChanges, useDatasetSummaries } from '../../../../src/workbook/exerciseData';
import { responsesFromRows, SERVQUAL_EXERCISE_ID } from '../../inputs';
import type { ServqualState, SurveyResponse, Wave } from '../../state';
import type { WaveResponse } from '../../model';
import { droppedOutsideScale, enteredResponses, filesOfWave, wavesByDate, type DroppedAtImport, type WaveFile } from './waveFiles';

export interface WaveData {
  wave: Wave;
  /** 1-based position in date order: "Wave 2" when the participant gave no label. */
  number: number;
  entered: SurveyResponse[];
  files: WaveFile[];
  /** Typed-in answers first, then each file's rows in slot order. */
  responses: WaveResponse[];
  /** Answers outside the scale the imports left out, by file: the wave's rows no longer hold them. */
  dropped: DroppedAtImport[];
  /** Some file's rows are still being read: results wait rather than show a partial wave. */
  loading: boolean;
  /** Files whose rows could not be read (the summary is kept; the participant can import them again). */
  unreadable: WaveFile[];
}

type Loaded = { ok: true; rows: TypedRow[] } | { ok: false };

/** Rows by dataset key and import time: a replaced file is never served from the old reading. */
const cache = new Map<string, { importedAt: string; loaded: Promise<Loaded> }>();

subscribeToDatasetChanges((changed) => {
  if (changed === null) cache.clear();
  else if (changed.exerciseId === SERVQUAL_EXERCISE_ID) cache.delete(changed.specId);
});

function readRows(key: string, importedAt: string): Promise<Loaded> {
  const cached = cache.get(key);
  if (cached && cached.importedAt === importedAt) return cached.loaded;
  const loaded = loadDataset(SERVQUAL_EXERCISE_ID, key).then(
    (result): Loaded => (result.ok && result.value ? { ok: true, rows: result.value.rows } : { ok: false }),
  );
  cache.set(key, { importedAt, loaded });
  void loaded.then((result) => {
    if (!result.ok && cache.get(key)?.loaded === loaded) cache.delete(key);
  });
  return loaded;
}


/** Every wave with all of its answers: typed in and imported, the imported rows read from IndexedDB once. */
export function useWaveData(state: ServqualState): WaveData[] {
  const summaries = useDatasetSummaries(SERVQUAL_EXERCISE_ID);
  const [rowsByKey, setRowsByKey] = useState<Record<string, { importedAt: string; loaded: Loaded }>>({});
  const [revision, setRevision] = useState(0);

  const ordered = useMemo(() => wavesByDate(state.waves), [state.waves]);
  const filesByWave = useMemo(() => ordered.map((wave) => filesOfWave(wave, summaries)), [ordered, summaries]);
  const wanted = filesByWave.flat().map((file) => `${file.key}\u0000${file.summary.importedAt}`).join('\u0001');

  useEffect(
    () =>
      subscribeToDatasetChanges((changed) => {
        if (changed === null || changed.exerciseId === SERVQUAL_EXERCISE_ID) setRevision((n) => n + 1);
      }),
    [],
  );

  useEffect(() => {
    let current = true;
    for (const entry of wanted === '' ? [] : wanted.split('\u0001')) {
      const [key = '', importedAt = ''] = entry.split('\u0000');
      void readRows(key, importedAt).then((loaded) => {
        if (current) setRowsByKey((previous) => ({ ...previous, [key]: { importedAt, loaded } }));
      });
    }
    return () => {
      current = false;
    };
  }, [wanted, revision]);

  return useMemo(
    () =>
      ordered.map((wave, index): WaveData => {
        const files = filesByWave[index] ?? [];
        const entered = enteredResponses(wave);
        const imported: WaveResponse[] = [];
        const unreadable: WaveFile[] = [];
        let loading = false;
        for (const file of files) {
          const read = rowsByKey[file.key];
          if (!read || read.importedAt !== file.summary.importedAt) loading = true;
          else if (read.loaded.ok) imported.push(...responsesFromRows(read.loaded.rows));
          else unreadable.push(file);
        }
        return { wave, number: index + 1, entered, files, responses: [...entered, ...imported], dropped: droppedOutsideScale(files), loading, unreadable };
      }),
    [ordered, filesByWave, rowsByKey],
  );
}
