import type { Formatters } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import type { ShellKey } from '../i18n/shell';
import type { DatasetSummary } from '../store/schema';

type SourceFacts = Pick<DatasetSummary, 'fileName' | 'format' | 'sheet' | 'rowsImported' | 'importedAt'>;

/** A CSV file is one table with no sheet (its reader reports the sheet as ''): naming one would print "sheet ,". */
export function hasNamedSheet(summary: Pick<DatasetSummary, 'format' | 'sheet'>): boolean {
  return summary.format !== 'csv' && summary.sheet.trim() !== '';
}

/**
 * Where an imported dataset came from, said the one way everywhere a source is described: the file, its sheet
 * when a workbook has sheets (never "sheet ," for a CSV), how many rows and when, in the app's language.
 */
export function datasetSourceText(summary: SourceFacts, t: Translate<ShellKey>, format: Formatters): string {
  const facts = { file: summary.fileName, rows: format.integer(summary.rowsImported), date: format.date(summary.importedAt) };
  return hasNamedSheet(summary) ? t('dataset.sourceSheet', { ...facts, sheet: summary.sheet }) : t('dataset.sourceFile', facts);
}
