/**
 * A step's own table as a file, beside the exercise's whole workbook export: an .xlsx of one or more sheets or a
 * CSV in the user's locale (`;` and decimal commas in Russian, as Excel there reads them). The export code (and
 * SheetJS) loads only when the user asks for the file.
 */
import type { CellValue, SheetSpec } from '../data/sheet';
import type { Locale } from '../i18n/locale';

export async function downloadSheetsXlsx(fileName: string, sheets: SheetSpec[], format: { locale: Locale; currency: string }): Promise<void> {
  const { exportXlsx, safeFileName } = await import('../data/exportWorkbook');
  await exportXlsx(safeFileName(fileName), sheets, format);
}

export async function downloadRowsCsv(fileName: string, rows: CellValue[][], locale: Locale): Promise<void> {
  const { exportCsv, safeFileName } = await import('../data/exportWorkbook');
  await exportCsv(safeFileName(fileName), rows, { separator: locale === 'ru' ? ';' : ',', decimalComma: locale === 'ru' });
}
