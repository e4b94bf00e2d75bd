import type { ImportSummary } from '../../data/import/session';
import type { DatasetSummary } from '../../store/schema';

/**
 * What progress keeps of an accepted import. The mapping is kept by header name as well as by position,
 * so "Сумма → amount" can be shown later and a re-import of a reordered file can be recognised.
 */
export function datasetSummary(result: ImportSummary, now = new Date()): DatasetSummary {
  const { inspection, report } = result;
  const mapping: DatasetSummary['mapping'] = {};
  for (const [key, index] of Object.entries(result.mapping)) {
    mapping[key] = index === null ? null : { header: inspection.headers[index] ?? '', index };
  }
  return {
    fileName: inspection.fileName,
    format: inspection.format,
    sheet: inspection.sheet,
    encoding: inspection.encoding?.used ?? null,
    delimiter: inspection.delimiter,
    // A file without a header (one basket per line, headerRow −1) is kept as row 0: progress counts rows from 0.
    headerRow: Math.max(0, inspection.headerRow),
    importedAt: now.toISOString(),
    rowsRead: report.rowsRead,
    rowsImported: report.rowsImported,
    rowsSkipped: report.rowsSkipped,
    blankRowsIgnored: report.blankRowsIgnored,
    mapping,
    // The counts only: the example cells are for the report on screen, not for progress kept for months.
    problemCounts: report.problemCounts.map(({ code, column, count }) => ({ code, column, count })),
  };
}
