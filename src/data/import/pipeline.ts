/**
 * The import's entry points for code that holds the file's bytes at once: tests and the benchmark in
 * node. They never throw for bad input; an exception is a bug, returned as 'unexpected'. The browser's
 * import worker runs the same stages through its session (session.ts), which keeps a file between calls.
 */
import type { DatasetSpec } from '../spec';
import { openCsv } from './csvSource';
import { openSpreadsheet } from './sheetSource';
import type { OpenedSource, Progress } from './source';
import { guarded, preflight, typeSource, withNumberConvention } from './stages';
import type { ColumnMapping, ImportResult, InspectOptions, Inspection, Outcome, TypingOptions } from './types';

function openSource(bytes: Uint8Array, fileName: string, options: InspectOptions, whole: boolean): Outcome<OpenedSource> {
  const format = preflight(bytes);
  if (!format.ok) return format;
  return format.value === 'csv' ? openCsv(bytes, fileName, options) : openSpreadsheet(bytes, fileName, format.value, options, whole);
}

/** Phase 1: format, encoding, sheets, header row, headers, a preview and the number convention. */
export function inspectBytes(bytes: Uint8Array, fileName: string, options: InspectOptions = {}): Outcome<Inspection> {
  return guarded(() => {
    const opened = openSource(bytes, fileName, options, false);
    return opened.ok ? { ok: true, value: withNumberConvention(opened.value, options) } : opened;
  });
}

/** Phase 2: every row typed by the spec through the confirmed mapping, with the report. */
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
    return opened.ok ? typeSource(opened.value, spec, mapping, options, onProgress) : opened;
  });
}
