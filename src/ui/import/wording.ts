import type { Translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/locale';
import type { DatasetSpec } from '../../data/spec';
import { IMPORT_LIMITS, type CellProblemCode, type FileProblem } from '../../data/import/types';
import type { ImportMessageKey } from './messages';

type T = Translate<ImportMessageKey>;

const KB = 1024;
const MB = 1024 * 1024;

/** One decimal below ten units ("4,9 МБ"), whole above ("23 КБ"): more precision than that is noise for a file size. */
function roundedSize(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

/** Megabytes as a person reads them: "2,4 МБ", "63 МБ". */
export function megabytes(bytes: number): number {
  return roundedSize(bytes / MB);
}

/**
 * A file's size as a person reads it: bytes below a kilobyte ("602 байта", plural by the count), then KB, then MB.
 * A size that rounds up to 1024 of a unit is shown in the next one ("1 МБ", not "1024 КБ").
 */
export function fileSizeText(t: T, bytes: number): string {
  if (bytes < KB) return t('size.bytes', { count: bytes });
  if (roundedSize(bytes / KB) < KB) return t('size.kilobytes', { size: roundedSize(bytes / KB) });
  return t('size.megabytes', { size: roundedSize(bytes / MB) });
}

export function columnLabel(spec: DatasetSpec, key: string, locale: Locale): string {
  return spec.columns.find((column) => column.key === key)?.label[locale] ?? key;
}

function detail(problem: FileProblem, name: string): string | number | undefined {
  return problem.details?.[name];
}

function numberDetail(problem: FileProblem, name: string): number {
  const value = detail(problem, name);
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** A file-level problem in the user's language, with the limit that was hit. */
export function fileProblemText(t: T, problem: FileProblem, context: { fileName: string; spec: DatasetSpec; locale: Locale }): string {
  const name = context.fileName;
  switch (problem.code) {
    case 'tooLarge': {
      const limitBytes = numberDetail(problem, 'limitBytes');
      const params = { size: megabytes(numberDetail(problem, 'bytes')), limit: megabytes(limitBytes) };
      if (problem.details?.unpackedBytes !== undefined) return t('problem.tooLargeUnpacked', { ...params, unpacked: megabytes(numberDetail(problem, 'unpackedBytes')) });
      // Only spreadsheets have the lower limit, and for them CSV is the way out.
      return limitBytes === IMPORT_LIMITS.maxSpreadsheetBytes ? t('problem.tooLargeSpreadsheet', params) : t('problem.tooLarge', params);
    }
    case 'sheetNotFound':
      return t('problem.sheetNotFound', { sheet: String(detail(problem, 'sheet') ?? '') });
    case 'noHeader':
      return t('problem.noHeader', { rows: IMPORT_LIMITS.headerScanRows });
    case 'tooManyColumns':
      return t('problem.tooManyColumns', { columns: numberDetail(problem, 'columns'), limit: numberDetail(problem, 'limit') || IMPORT_LIMITS.maxColumns });
    case 'tooManyRows':
      return t('problem.tooManyRows', { rows: numberDetail(problem, 'rows'), limit: numberDetail(problem, 'limit') || IMPORT_LIMITS.maxRows });
    case 'missingRequired': {
      const keys = String(detail(problem, 'columns') ?? '').split(',').filter(Boolean);
      return t('problem.missingRequired', { columns: keys.map((key) => columnLabel(context.spec, key, context.locale)).join(', ') });
    }
    case 'unexpected':
      return t('problem.unexpected', { message: String(detail(problem, 'message') ?? '') });
    case 'empty':
    case 'notSpreadsheet':
    case 'html':
      return t(`problem.${problem.code}`, { name });
    case 'onlyHeader':
      return problem.details?.exampleRows !== undefined ? t('problem.onlyExample') : t('problem.onlyHeader');
    case 'encrypted':
    case 'corrupt':
    case 'workerStopped':
    case 'cancelled':
      return t(`problem.${problem.code}`);
  }
}

/** Why a cell was not read; bounds of the spec column are stated when it has them. */
export function cellReasonText(t: T, code: CellProblemCode, column: { min?: number; max?: number } | undefined): string {
  if (code === 'outOfRange' && column && column.min !== undefined && column.max !== undefined) {
    return t('reason.outOfRangeBounds', { min: column.min, max: column.max });
  }
  if (code === 'tooLong') return t('reason.tooLong', { limit: IMPORT_LIMITS.maxCellChars });
  return t(`reason.${code}`);
}

// Lives apart so the header's backup controls can word a storage failure without this module's import wording.
export { storeErrorText } from './storeWording';
