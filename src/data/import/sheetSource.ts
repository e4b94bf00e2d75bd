import type { CellObject } from 'xlsx';
import { findHeader, isBlankRow } from './header';
import { basketHeader, chooseLayout, withLayout } from './layout';
import { previewRows, sampleStrings, TOP_ROWS, tooManyRows, type OpenedSource } from './source';
import { chooseSheet, openWorkbook, rawCell, rawRows, type OpenedWorkbook, type SheetRows } from './spreadsheet';
import { IMPORT_LIMITS, type InspectOptions, type Outcome, type RawCell, type SourceFormat } from './types';

/** Rows typed between progress reports. */
const PROGRESS_EVERY = 20_000;
/** Share of the time SheetJS spends reading before the first row is typed (roughly, for the progress bar). */
const READ_SHARE = 0.8;

function countDataRows(sheet: SheetRows, headerRow: number): number {
  let count = 0;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) if (!isBlankRow(sheet.rows[r]?.map(rawCell))) count++;
  return count;
}

/**
 * `whole: false` reads only the top rows of each sheet: enough to inspect a large workbook quickly.
 * Then the data row count is the sheet's used range below the header, which may include empty rows.
 */
export function openSpreadsheet(bytes: Uint8Array, fileName: string, format: SourceFormat, options: InspectOptions, whole: boolean): Outcome<OpenedSource> {
  if (bytes.length > IMPORT_LIMITS.maxSpreadsheetBytes) {
    return { ok: false, problem: { code: 'tooLarge', details: { bytes: bytes.length, limitBytes: IMPORT_LIMITS.maxSpreadsheetBytes } } };
  }
  const opened = openWorkbook(bytes, whole ? undefined : TOP_ROWS);
  if (!opened.ok) return opened;
  return sourceFromWorkbook(opened.value, bytes.length, fileName, format, options, whole);
}

export { openWorkbook };

/**
 * A workbook already read, as a source: the import worker reads a file once, whole, and serves the
 * inspection, every change of sheet or header row, and the import from that one reading.
 */
export function sourceFromWorkbook(
  workbook: OpenedWorkbook,
  fileBytes: number,
  fileName: string,
  format: SourceFormat,
  options: InspectOptions,
  whole: boolean,
): Outcome<OpenedSource> {
  const chosen = chooseSheet(workbook, options.sheet);
  if (!chosen.ok) return chosen;
  const sheet = chosen.value.rows;
  const topAsStored = rawRows(sheet, 0, TOP_ROWS, false);
  const readWhole = whole || sheet.totalRows <= TOP_ROWS;
  // The search runs on the cells as stored: a title merged across the table stays one cell, a title.
  // Rows beyond the top exist whether or not they were read: a lone row far below the header is still data.
  const hasMore = sheet.totalRows > topAsStored.length;
  const layout = chooseLayout(topAsStored, hasMore, options);
  const basket = layout?.used === 'basketPerLine';
  const searched = basket ? basketHeader(topAsStored) : findHeader(topAsStored, options.headerRow ?? 'auto', hasMore);
  if (!searched.ok) return searched;
  // Only the names see merges: "Сумма" merged over two columns names both. Data keeps Excel's layout.
  const found = basket ? searched : findHeader(rawRows(sheet, 0, TOP_ROWS, true), searched.value.headerRow, true);
  if (!found.ok) return found;
  const { headerRow, headers } = found.value;
  const width = headers.length;
  // A basket line further down may list more items than any line at the top.
  const readWidth = basket ? IMPORT_LIMITS.maxColumns : width;
  const opened: OpenedSource = {
    inspection: {
      fileName,
      fileBytes,
      format,
      encoding: null,
      delimiter: null,
      sheets: workbook.sheets,
      sheet: chosen.value.name,
      headerRow,
      headers,
      preview: previewRows(topAsStored, headerRow, width),
      dataRowCount: readWhole ? countDataRows(sheet, headerRow) : Math.max(0, sheet.totalRows - headerRow - 1),
    },
    sampleCells: sampleStrings(topAsStored, headerRow),
    typeDataRows(typer, onProgress) {
      const rows = sheet.rows;
      // The sheet's full size, not what was read: SheetJS stops keeping rows past the cap (spreadsheet.ts).
      const dataRows = Math.max(rows.length, sheet.totalRows) - headerRow - 1;
      if (dataRows > IMPORT_LIMITS.maxRows) return tooManyRows(dataRows);
      onProgress(READ_SHARE);
      const batch: (RawCell[] | undefined)[] = [];
      let batchStart = headerRow + 1;
      for (let r = headerRow + 1; r < rows.length; r++) {
        batch.push(toRawRow(rows[r], readWidth));
        if (batch.length === PROGRESS_EVERY || r === rows.length - 1) {
          typer.add(batch, batchStart + 1);
          batch.length = 0;
          batchStart = r + 1;
          onProgress(READ_SHARE + ((1 - READ_SHARE) * (r - headerRow)) / (rows.length - headerRow - 1));
        }
      }
      return { ok: true, value: null };
    },
  };
  return { ok: true, value: withLayout(opened, topAsStored, layout, options) };
}

/** Cells beyond the header's width belong to no column (notes typed to the right of a table). */
function toRawRow(row: readonly (CellObject | undefined)[] | undefined, width: number): RawCell[] | undefined {
  if (row === undefined) return undefined;
  const end = Math.min(width, row.length);
  const cells = new Array<RawCell>(end);
  for (let c = 0; c < end; c++) cells[c] = rawCell(row[c]);
  return cells;
}
