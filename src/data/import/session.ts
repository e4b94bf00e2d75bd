/**
 * One import screen's file, kept between the calls the screen makes: the inspection, every change of
 * sheet, header row, encoding or delimiter, and the import all read the bytes once, and a workbook is
 * parsed by SheetJS once. The typed rows stay here after the import; the page gets the report, and the
 * rows go straight to IndexedDB when the user accepts (see worker.ts). A CSV never loads SheetJS.
 *
 * Runs in the import worker, or in the page's thread where there is no Worker (jsdom in tests).
 */
import type { DatasetSpec } from '../spec';
import { openCsv } from './csvSource';
import type { OpenedSource, Progress } from './source';
import type { OpenedWorkbook } from './spreadsheet';
import { guarded, preflight, typeSource, withNumberConvention } from './stages';
import { declaredSheetRows } from './sheetDimensions';
import { tooManyRows } from './source';
import { IMPORT_LIMITS, type ColumnMapping, type ImportResult, type InspectOptions, type Inspection, type Outcome, type SourceFormat, type TypedRow, type TypingOptions } from './types';

/** A file as the page names it: `token` changes when the user picks another file, even one of the same name. */
export interface SessionFile {
  token: number;
  file: Blob;
  fileName: string;
}

/** What the page is told of an import: everything but the rows, which stay with the session. */
export type ImportSummary = Omit<ImportResult, 'rows'>;

type SheetModule = typeof import('./sheetSource');

interface KeptFile {
  token: number;
  bytes: Uint8Array;
  format: Outcome<SourceFormat>;
  workbook: Outcome<OpenedWorkbook> | null;
}

/** Blob.arrayBuffer where there is one; jsdom's File has only FileReader. */
export function readBlob(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // readAsArrayBuffer always yields an ArrayBuffer.
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

export class ImportSession {
  private kept: KeptFile | null = null;
  private rows: TypedRow[] | null = null;

  constructor(private readonly loadSheets: () => Promise<SheetModule> = () => import('./sheetSource')) {}

  private async keep(source: SessionFile): Promise<Outcome<KeptFile>> {
    if (this.kept?.token === source.token) return { ok: true, value: this.kept };
    this.release();
    let bytes: Uint8Array;
    try {
      bytes = await readBlob(source.file);
    } catch (error) {
      // The file went away (moved, or permission revoked) between choosing and reading it.
      return { ok: false, problem: { code: 'unexpected', details: { message: error instanceof Error ? error.message : String(error) } } };
    }
    this.kept = { token: source.token, bytes, format: preflight(bytes), workbook: null };
    return { ok: true, value: this.kept };
  }

  private async open(source: SessionFile, options: InspectOptions): Promise<Outcome<OpenedSource>> {
    const kept = await this.keep(source);
    if (!kept.ok) return kept;
    const { bytes, format } = kept.value;
    if (!format.ok) return format;
    if (format.value === 'csv') return guarded(() => openCsv(bytes, source.fileName, options));
    if (format.value === 'xlsx' && kept.value.workbook === null) {
      // SheetJS reads every sheet whole: a sheet declaring more rows than the import takes is refused first.
      const declared = await declaredSheetRows(bytes);
      if (declared > IMPORT_LIMITS.maxRows + IMPORT_LIMITS.headerScanRows) {
        // Remembered as the workbook's outcome, so changing an option does not read the file again.
        const refused = tooManyRows(declared - 1);
        kept.value.workbook = refused;
        return refused;
      }
    }
    const sheets = await this.loadSheets();
    // Read whole at once: the import needs every row anyway, and SheetJS cannot resume a partial read.
    kept.value.workbook ??= guarded(() => sheets.openWorkbook(bytes));
    const workbook = kept.value.workbook;
    if (!workbook.ok) return workbook;
    return guarded(() => sheets.sourceFromWorkbook(workbook.value, bytes.length, source.fileName, format.value, options, true));
  }

  /** Phase 1: format, encoding, sheets, header row, headers, a preview and the number convention. */
  async inspect(source: SessionFile, options: InspectOptions): Promise<Outcome<Inspection>> {
    const opened = await this.open(source, options);
    return opened.ok ? guarded(() => ({ ok: true, value: withNumberConvention(opened.value, options) })) : opened;
  }

  /** Phase 2: every row typed and kept here; the page gets the report. */
  async import(
    source: SessionFile,
    spec: DatasetSpec,
    mapping: ColumnMapping,
    options: InspectOptions & TypingOptions,
    onProgress: Progress,
  ): Promise<Outcome<ImportSummary>> {
    this.rows = null;
    const opened = await this.open(source, options);
    if (!opened.ok) return opened;
    const result = guarded(() => typeSource(opened.value, spec, mapping, options, onProgress));
    if (!result.ok) return result;
    const { rows, ...summary } = result.value;
    this.rows = rows;
    return { ok: true, value: summary };
  }

  /** The rows of the last import; null when there was none or the file changed since. */
  importedRows(): TypedRow[] | null {
    return this.rows;
  }

  /** Forget the file and its rows: a new file, a discarded import, or rows now saved. */
  release(): void {
    this.kept = null;
    this.rows = null;
  }
}
