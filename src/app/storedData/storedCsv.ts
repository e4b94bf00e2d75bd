/**
 * A stored file's rows as a CSV file, read from IndexedDB and written in a worker of its own (storedCsv.worker.ts): a
 * million stored rows held the home page for two tasks of 2.5 and 2.3 s when they were read and written there.
 * The page only hands the finished Blob to the browser.
 * Where there is no Worker (jsdom in component tests) the same code runs in the page.
 */
import type { CellValue } from '../../data/sheet';
import { csvBlob, toCsv, type CsvOptions } from '../../data/csv';
import { loadDataset } from '../../store/datasets';
import type { DatasetStoreError } from '../../store/datasetRecords';
import type { AnalysisSource } from '../../workbook/analysis/useAnalysis';

export interface StoredCsvRequest {
  owner: string;
  id: string;
  /** The spec's columns with their titles in the user's language; null: the dataset's own keys, as titles too. */
  columns: { key: string; title: string; required: boolean }[] | null;
  options: CsvOptions;
}

/** The file as a Blob: a Blob crosses from the worker without copying its bytes; a 100 MB string took the page 2.4 s. */
export type StoredCsvResult = { ok: true; file: Blob } | { ok: false; error: DatasetStoreError };

export async function storedCsvFile(request: StoredCsvRequest): Promise<StoredCsvResult> {
  const loaded = await loadDataset(request.owner, request.id);
  if (!loaded.ok) return { ok: false, error: loaded.error };
  if (loaded.value === null) return { ok: false, error: { code: 'missing', detail: request.id } };
  const rows = loaded.value.rows;
  // A shared spec's optional columns serve several exercises: a file that never had one gets no empty column for it.
  const filled = (key: string) => rows.some((row) => row[key] !== null && row[key] !== undefined);
  const columns = request.columns?.filter((column) => column.required || filled(column.key)) ?? Object.keys(rows[0] ?? {}).map((key) => ({ key, title: key }));
  const table: CellValue[][] = [columns.map((column) => column.title), ...rows.map((row) => columns.map((column) => row[column.key] ?? null))];
  return { ok: true, file: csvBlob(toCsv(table, request.options)) };
}

export const storedCsv: AnalysisSource<StoredCsvRequest, StoredCsvResult> = {
  startWorker: () => new Worker(new URL('./storedCsv.worker.ts', import.meta.url), { type: 'module' }),
  inline: async () => storedCsvFile,
};
