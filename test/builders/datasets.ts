import type { DatasetSummary } from '../../src/store/schema';

/**
 * What progress keeps of an accepted import of `fileName` with `rowsImported` rows: a semicolon CSV in UTF-8,
 * every row read imported. Override any field through `extra`.
 */
export function datasetSummary(fileName: string, rowsImported: number, extra: Partial<DatasetSummary> = {}): DatasetSummary {
  return {
    fileName,
    format: 'csv',
    sheet: '',
    encoding: 'utf-8',
    delimiter: ';',
    headerRow: 0,
    importedAt: '2026-11-20T09:00:00.000Z',
    rowsRead: rowsImported,
    rowsImported,
    rowsSkipped: 0,
    blankRowsIgnored: 0,
    mapping: {},
    problemCounts: [],
    ...extra,
  };
}
