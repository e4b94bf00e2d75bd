/**
 * What an exercise's analysis is given, in its worker or (without Worker support) in the page: the stored
 * datasets in columns, a memory for work worth keeping between runs, and a progress report. An analysis
 * reads the rows where they are and returns only what a step shows: tables, chart series, counts.
 */
import type { ColumnarTable } from '../../data/columnar';
import { loadDatasetTable, type DatasetStoreError } from '../../store/datasets';

/** Which stored dataset, and which import of it: `importedAt` from the progress summary keys every cache. */
export interface DatasetRef {
  exerciseId: string;
  specId: string;
  importedAt: string;
}

export type TableResult = { ok: true; table: ColumnarTable } | { ok: false; error: DatasetStoreError };

export interface AnalysisContext {
  /** The dataset's columns; read from IndexedDB once per import, then served from memory. */
  table(ref: DatasetRef): Promise<TableResult>;
  /**
   * A value computed once per key and kept while the worker lives (rows parsed into a model's input, say):
   * a changed setting then reruns only what depends on it. Key it by the datasets' `importedAt`.
   */
  remember<T>(key: string, make: () => T): T;
  /** 0…1, for a long run. */
  progress(fraction: number): void;
}

export type Analysis<Request, Result> = (request: Request, context: AnalysisContext) => Promise<Result> | Result;

/** Kept values beyond this many are dropped, the least recently used first: a worker must not grow with every import. */
const REMEMBERED = 8;

export function createAnalysisContext(onProgress: (fraction: number) => void): { context: AnalysisContext; setProgress: (report: (fraction: number) => void) => void } {
  const tables = new Map<string, Promise<TableResult>>();
  const remembered = new Map<string, unknown>();
  let report = onProgress;

  const keep = <T>(map: Map<string, T>, key: string, value: T) => {
    map.set(key, value);
    // Cast: the map is not empty while its size is above the limit.
    while (map.size > REMEMBERED) map.delete(map.keys().next().value as string);
  };

  const context: AnalysisContext = {
    table(ref) {
      const key = `${ref.exerciseId}\u0000${ref.specId}\u0000${ref.importedAt}`;
      const cached = tables.get(key);
      if (cached) return cached;
      const loading = loadDatasetTable(ref.exerciseId, ref.specId).then((result): TableResult => {
        if (!result.ok) return result;
        if (result.value === null) return { ok: false, error: { code: 'missing', detail: `${ref.exerciseId}/${ref.specId}` } };
        return { ok: true, table: result.value.table };
      });
      keep(tables, key, loading);
      // A failed read is not remembered: the next run tries again.
      void loading.then((result) => {
        if (!result.ok && tables.get(key) === loading) tables.delete(key);
      });
      return loading;
    },
    remember<T>(key: string, make: () => T): T {
      // Keys name what they hold: the analysis that stored a value under a key reads it back as the same type.
      if (remembered.has(key)) {
        // Used again, it becomes the newest: the sales every run starts from are not dropped for the bases and
        // figures made from them while the participant tries one setting after another.
        const value = remembered.get(key) as T;
        remembered.delete(key);
        remembered.set(key, value);
        return value;
      }
      const value = make();
      keep(remembered, key, value);
      return value;
    },
    progress: (fraction) => report(fraction),
  };
  return { context, setProgress: (next) => (report = next) };
}
