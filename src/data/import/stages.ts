/**
 * The import's steps that do not depend on how a file is opened: the size and format checks before
 * anything is parsed, the number convention, and typing an opened source through a mapping. The
 * pipeline (node, tests) and the import worker's session both run them, each opening files its own way:
 * the pipeline with SheetJS linked in, the worker loading SheetJS only for a workbook.
 */
import type { DatasetSpec } from '../spec';
import { detectDecimalComma } from './csvDialect';
import { missingRequired } from './mapping';
import { createRowTyper } from './rows';
import { isWorkbookContainer, sniffFormat } from './sniff';
import { declaredUnpackedBytes } from './zipDirectory';
import type { OpenedSource, Progress } from './source';
import {
  IMPORT_LIMITS,
  type ColumnMapping,
  type ImportResult,
  type InspectOptions,
  type Inspection,
  type Outcome,
  type SourceFormat,
  type TypingOptions,
} from './types';

export function guarded<T>(run: () => Outcome<T>): Outcome<T> {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'unexpected', details: { message } } };
  }
}

/** What a file is, decided from its bytes before any parser sees it; too large a file is refused here. */
export function preflight(bytes: Uint8Array): Outcome<SourceFormat> {
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    return { ok: false, problem: { code: 'tooLarge', details: { bytes: bytes.length, limitBytes: IMPORT_LIMITS.maxFileBytes } } };
  }
  if (bytes.length > IMPORT_LIMITS.maxSpreadsheetBytes && isWorkbookContainer(bytes)) {
    return { ok: false, problem: { code: 'tooLarge', details: { bytes: bytes.length, limitBytes: IMPORT_LIMITS.maxSpreadsheetBytes } } };
  }
  const sniffed = sniffFormat(bytes);
  if (!sniffed.ok) return sniffed;
  if (sniffed.format === 'xlsx' || sniffed.format === 'ods') {
    const unpackedBytes = declaredUnpackedBytes(bytes);
    if (unpackedBytes !== null && unpackedBytes > IMPORT_LIMITS.maxUnpackedBytes) {
      return { ok: false, problem: { code: 'tooLarge', details: { bytes: bytes.length, limitBytes: IMPORT_LIMITS.maxUnpackedBytes, unpackedBytes: Math.min(unpackedBytes, Number.MAX_SAFE_INTEGER) } } };
    }
  }
  return { ok: true, value: sniffed.format };
}

/**
 * The one place the number convention is decided. The sample is the rows under the header read for the
 * inspection (more than the preview shows), so a later "1 234,56" settles an ambiguous "1,234" above it.
 * Spreadsheets (no delimiter) mostly hold real numbers; their rare numeric text follows the interface language.
 */
export function withNumberConvention(source: OpenedSource, options: InspectOptions): Inspection {
  const { inspection, sampleCells } = source;
  const decimalComma =
    typeof options.decimalComma === 'boolean'
      ? options.decimalComma
      : detectDecimalComma(sampleCells, inspection.delimiter, (options.locale ?? 'ru') === 'ru');
  return { ...inspection, decimalComma };
}

/** Only source columns that exist count; a stale mapping from another file must not read past the table. */
function mappingWithin(mapping: ColumnMapping, spec: DatasetSpec, columns: number): ColumnMapping {
  const checked: ColumnMapping = {};
  for (const column of spec.columns) {
    const source = mapping[column.key];
    checked[column.key] = typeof source === 'number' && Number.isInteger(source) && source >= 0 && source < columns ? source : null;
  }
  return checked;
}

/**
 * Every row of an opened source typed by the spec through the confirmed mapping, with the report. Callers
 * pass the inspection's `decimalComma` in `options`, so the rows read as the preview showed them; left
 * 'auto', the same decision is made again from the same sample.
 */
export function typeSource(
  source: OpenedSource,
  spec: DatasetSpec,
  mapping: ColumnMapping,
  options: InspectOptions & TypingOptions,
  onProgress: Progress,
): Outcome<ImportResult> {
  const inspection = withNumberConvention(source, options);
  const checkedMapping = mappingWithin(mapping, spec, inspection.headers.length);
  const missing = missingRequired(checkedMapping, spec);
  if (missing.length > 0) return { ok: false, problem: { code: 'missingRequired', details: { columns: missing.join(',') } } };
  const typer = createRowTyper(spec, checkedMapping, { decimalComma: inspection.decimalComma, today: options.today });
  const typed = source.typeDataRows(typer, onProgress);
  if (!typed.ok) return typed;
  const { rows, report } = typer.finish();
  if (report.rowsRead === 0) {
    // The untouched template: its example row alone is not data, and the participant should hear why.
    return { ok: false, problem: report.exampleRowCount > 0 ? { code: 'onlyHeader', details: { exampleRows: report.exampleRowCount } } : { code: 'onlyHeader' } };
  }
  onProgress(1);
  return { ok: true, value: { inspection, mapping: checkedMapping, rows, report } };
}
