import { isBlankRow } from './header';
import type { RowTyper } from './rows';
import { IMPORT_LIMITS, type Inspection, type Outcome, type RawCell } from './types';

/** What a source finds by itself; the pipeline adds the number convention, decided from `sampleCells`. */
export type SourceInspection = Omit<Inspection, 'decimalComma'>;

/** A file opened for import: what the inspection shows, and how to feed its data rows to the typer. */
export interface OpenedSource {
  inspection: SourceInspection;
  /** Sample cells under the header, for deciding the file's decimal separator. */
  sampleCells: string[];
  /** Types every data row (after the header); fails only when the file has more rows than allowed. */
  typeDataRows(typer: RowTyper, onProgress: (fraction: number) => void): Outcome<null>;
}

export type Progress = (fraction: number) => void;

/** The first non-blank rows after the header, cut to the header's width. */
export function previewRows(rows: readonly (readonly RawCell[])[], headerRow: number, width: number): RawCell[][] {
  const preview: RawCell[][] = [];
  for (let r = headerRow + 1; r < rows.length && preview.length < IMPORT_LIMITS.previewRows; r++) {
    const row = rows[r];
    if (row === undefined || isBlankRow(row)) continue;
    preview.push(Array.from({ length: width }, (_, c) => row[c] ?? null));
  }
  return preview;
}

/** String cells under the header, for the decimal-comma vote. */
export function sampleStrings(rows: readonly (readonly RawCell[])[], headerRow: number): string[] {
  const cells: string[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) for (const cell of rows[r] ?? []) if (typeof cell === 'string') cells.push(cell);
  return cells;
}

export function tooManyRows(rows: number): Outcome<never> {
  return { ok: false, problem: { code: 'tooManyRows', details: { rows, limit: IMPORT_LIMITS.maxRows } } };
}

/** Rows read for the header search and the preview; a few more let the search look under the last candidate. */
export const TOP_ROWS = IMPORT_LIMITS.headerScanRows + IMPORT_LIMITS.previewRows + 6;
