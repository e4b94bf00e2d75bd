import { readCsvHead, readCsvRecords } from './csv';
import { chooseEncoding } from './encoding';
import { findHeader, isBlankRow } from './header';
import { basketHeader, chooseLayout, withLayout } from './layout';
import { previewRows, sampleStrings, TOP_ROWS, tooManyRows, type OpenedSource } from './source';
import { IMPORT_LIMITS, type InspectOptions, type Outcome } from './types';

export function openCsv(bytes: Uint8Array, fileName: string, options: InspectOptions): Outcome<OpenedSource> {
  const encoding = chooseEncoding(bytes, options.encoding ?? 'auto');
  const head = readCsvHead(bytes, encoding.used, options.delimiter ?? 'auto', TOP_ROWS);
  if (!head.more && head.records.every((record) => isBlankRow(record))) return { ok: false, problem: { code: 'empty' } };
  const layout = chooseLayout(head.records, head.more, options);
  const found = layout?.used === 'basketPerLine' ? basketHeader(head.records) : findHeader(head.records, options.headerRow ?? 'auto', head.more);
  if (!found.ok) return found;
  const { headerRow, headers } = found.value;
  const { dialect } = head;
  const opened: OpenedSource = {
    inspection: {
      fileName,
      fileBytes: bytes.length,
      format: 'csv',
      encoding,
      delimiter: dialect.delimiter,
      sheets: [],
      sheet: '',
      headerRow,
      headers,
      preview: previewRows(head.records, headerRow, headers.length),
      dataRowCount: null,
    },
    sampleCells: sampleStrings(head.records, headerRow),
    typeDataRows(typer, onProgress) {
      let recordIndex = 0;
      let overLimit = false;
      readCsvRecords(bytes, encoding.used, dialect, {
        record(cells) {
          // Titles and the header itself come first; record i is spreadsheet row i + 1.
          if (recordIndex > headerRow) typer.addRecord(cells, recordIndex + 1);
          recordIndex++;
        },
        sliceDone(fraction) {
          onProgress(fraction);
          if (typer.rowCount > IMPORT_LIMITS.maxRows) {
            overLimit = true;
            return false;
          }
          return true;
        },
      });
      return overLimit ? tooManyRows(typer.rowCount) : { ok: true, value: null };
    },
  };
  return { ok: true, value: withLayout(opened, head.records, layout, options) };
}
