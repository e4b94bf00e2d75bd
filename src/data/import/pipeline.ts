/**
 * The import's entry points, free of the DOM: the worker calls them, and so do the tests and the
 * benchmark in node. They never throw for bad input; an exception is a bug, returned as 'unexpected'.
 */
import type { DatasetSpec } from '../spec';
import { detectDecimalComma } from './csvDialect';
import { openCsv } from './csvSource';
import { missingRequired } from './mapping';
import { createRowTyper } from './rows';
import { openSpreadsheet } from './sheetSource';
import { isWorkbookContainer, sniffFormat } from './sniff';
import type { OpenedSource, Progress } from './source';
import {
  IMPORT_LIMITS,
  type ColumnMapping,
  type ImportResult,
  type InspectOptions,
  type Inspection,
  type Outcome,
  type TypingOptions,
} from './types';

function guarded<T>(run: () => Outcome<T>): Outcome<T> {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'unexpected', details: { message } } };
  }
}

function openSource(bytes: Uint8Array, fileName: string, options: InspectOptions, whole: boolean): Outcome<OpenedSource> {
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    return { ok: false, problem: { code: 'tooLarge', details: { bytes: bytes.length, limitBytes: IMPORT_LIMITS.maxFileBytes } } };
  }
  if (bytes.length > IMPORT_LIMITS.maxSpreadsheetBytes && isWorkbookContainer(bytes)) {
    return { ok: false, problem: { code: 'tooLarge', details: { bytes: bytes.length, limitBytes: IMPORT_LIMITS.maxSpreadsheetBytes } } };
  }
  const sniffed = sniffFormat(bytes);
  if (!sniffed.ok) return sniffed;
  return sniffed.format === 'csv' ? openCsv(bytes, fileName, options) : openSpreadsheet(bytes, fileName, sniffed.format, options, whole);
}

/**
 * The one place the number convention is decided. The sample is the rows under the header read for the
 * inspection (more than the preview shows), so a later "1 234,56" settles an ambiguous "1,234" above it.
 * Spreadsheets (no delimiter) mostly hold real numbers; their rare numeric text follows the interface language.
 */
function withNumberConvention(source: OpenedSource, options: InspectOptions): Inspection {
  const { inspection, sampleCells } = source;
  const decimalComma =
    typeof options.decimalComma === 'boolean'
      ? options.decimalComma
      : detectDecimalComma(sampleCells, inspection.delimiter, (options.locale ?? 'ru') === 'ru');
  return { ...inspection, decimalComma };
}

/** Phase 1: format, encoding, sheets, header row, headers, a preview and the number convention. */
export function inspectBytes(bytes: Uint8Array, fileName: string, options: InspectOptions = {}): Outcome<Inspection> {
  return guarded(() => {
    const opened = openSource(bytes, fileName, options, false);
    return opened.ok ? { ok: true, value: withNumberConvention(opened.value, options) } : opened;
  });
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
 * Phase 2: every row typed by the spec through the confirmed mapping, with the report. Callers pass the
 * inspection's `decimalComma` in `options`, so the rows read as the preview showed them; left 'auto', the
 * same decision is made again from the same sample.
 */
export function importBytes(
  bytes: Uint8Array,
  fileName: string,
  spec: DatasetSpec,
  mapping: ColumnMapping,
  options: InspectOptions & TypingOptions,
  onProgress: Progress = () => undefined,
): Outcome<ImportResult> {
  return guarded(() => {
    const opened = openSource(bytes, fileName, options, true);
    if (!opened.ok) return opened;
    const source = opened.value;
    const inspection = withNumberConvention(source, options);
    const checkedMapping = mappingWithin(mapping, spec, inspection.headers.length);
    const missing = missingRequired(checkedMapping, spec);
    if (missing.length > 0) return { ok: false, problem: { code: 'missingRequired', details: { columns: missing.join(',') } } };
    const typer = createRowTyper(spec, checkedMapping, { decimalComma: inspection.decimalComma, today: options.today });
    const typed = source.typeDataRows(typer, onProgress);
    if (!typed.ok) return typed;
    const { rows, report } = typer.finish();
    if (report.rowsRead === 0) return { ok: false, problem: { code: 'onlyHeader' } };
    onProgress(1);
    return { ok: true, value: { inspection, mapping: checkedMapping, rows, report } };
  });
}
