import { createImportSession } from '../../../../src/data/import/client';
import { ImportSession, type SessionFile } from '../../../../src/data/import/session';
import * as sheetSource from '../../../../src/data/import/sheetSource';
import { closeDatasetsDatabase, loadDataset, loadDatasetTable } from '../../../../src/store/datasets';
import type { DatasetSummary } from '../../../../src/store/schema';
import { SALES, TODAY, utf8, workbook } from './fixtures';
import { datasetSummary } from '../../../builders';

const CSV = 'Дата;Клиент;Сумма\n01.03.2024;Иванов;1 200,50\n02.03.2024;Петрова;300\n';
const MAPPING = { date: 0, customer: 1, amount: 2, member: null };
const TYPING = { today: TODAY, locale: 'ru' as const };

function summaryOf(fileName: string, rows: number): DatasetSummary {
  return datasetSummary(fileName, rows, { importedAt: '2026-12-06T10:00:00.000Z' });
}

/** A Blob that counts how often its bytes are read (through FileReader: jsdom's Blob has no arrayBuffer). */
class CountingBlob extends Blob {
  reads = 0;
  override arrayBuffer(): Promise<ArrayBuffer> {
    this.reads++;
    return new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(this);
    });
  }
}

describe('the import session, kept between calls', () => {
  it('reads a file once for the inspection, every change of option and the import', async () => {
    const blob = new CountingBlob([utf8(CSV) as Uint8Array<ArrayBuffer>]);
    const source: SessionFile = { token: 1, file: blob, fileName: 'продажи.csv' };
    const session = new ImportSession();
    const first = await session.inspect(source, {});
    expect(first).toMatchObject({ ok: true });
    expect((await session.inspect(source, { headerRow: 0, delimiter: ';' })).ok).toBe(true);
    const imported = await session.import(source, SALES, MAPPING, { ...TYPING, decimalComma: true }, () => undefined);
    expect(blob.reads).toBe(1);
    expect(imported.ok && imported.value.report.rowsImported).toBe(2);
    // The page is told the report, never the rows: they stay in the session until saved.
    expect(imported.ok && 'rows' in imported.value).toBe(false);
    expect(session.importedRows()).toEqual([
      { date: '2024-03-01', customer: 'Иванов', amount: 1200.5, member: null },
      { date: '2024-03-02', customer: 'Петрова', amount: 300, member: null },
    ]);
    // Another file (a new token) drops the old one and its rows.
    const other: SessionFile = { token: 2, file: new Blob([utf8('A;B\n1;2\n') as Uint8Array<ArrayBuffer>]), fileName: 'другой.csv' };
    await session.inspect(other, {});
    expect(session.importedRows()).toBeNull();
  });

  it('never loads SheetJS for a CSV, and parses a workbook once whatever the user changes', async () => {
    const loadSheets = vi.fn(async () => sheetSource);
    const open = vi.spyOn(sheetSource, 'openWorkbook');
    const session = new ImportSession(loadSheets);
    await session.inspect({ token: 1, file: new Blob([utf8(CSV) as Uint8Array<ArrayBuffer>]), fileName: 'a.csv' }, {});
    expect(loadSheets).not.toHaveBeenCalled();

    const bytes = workbook([
      { name: 'Заметки', rows: [['Выгрузка за март']] },
      { name: 'Продажи', rows: [['Дата', 'Клиент', 'Сумма'], [new Date(Date.UTC(2024, 2, 1)), 'Иванов', 1200.5]] },
    ]);
    const book: SessionFile = { token: 2, file: new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName: 'продажи.xlsx' };
    const first = await session.inspect(book, {});
    // The notes sheet comes first and holds no table: the user then picks the sales sheet.
    expect(first.ok || first.problem.code).toBe('onlyHeader');
    const second = await session.inspect(book, { sheet: 'Продажи' });
    expect(second.ok && second.value.headers).toEqual(['Дата', 'Клиент', 'Сумма']);
    const imported = await session.import(book, SALES, MAPPING, { ...TYPING, sheet: 'Продажи', headerRow: 0 }, () => undefined);
    expect(imported.ok && imported.value.report.rowsImported).toBe(1);
    expect(open).toHaveBeenCalledTimes(1);
    open.mockRestore();
  });
});

describe('the client without a Worker (jsdom): the same session in the page', () => {
  const file = new File([utf8(CSV) as Uint8Array<ArrayBuffer>], 'продажи.csv');

  beforeEach(async () => {
    await closeDatasetsDatabase();
  });

  it('inspects, imports with progress up to 1, and saves the rows to IndexedDB as columns', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createImportSession();
    const inspection = await client.inspect(file);
    expect(inspection.ok && inspection.value.headers).toEqual(['Дата', 'Клиент', 'Сумма']);
    const fractions: number[] = [];
    const imported = await client.import(file, SALES, MAPPING, TYPING, { onProgress: (fraction: number) => fractions.push(fraction) });
    expect(imported.ok && imported.value.report.rowsImported).toBe(2);
    expect(fractions.at(-1)).toBe(1);
    const saved = await client.save('program-roi', 'sales-client-test', summaryOf('продажи.csv', 2));
    expect(saved.ok && saved.value.rowCount).toBe(2);
    const stored = await loadDataset('program-roi', 'sales-client-test');
    expect(stored.ok && stored.value?.rows[0]).toEqual({ date: '2024-03-01', customer: 'Иванов', amount: 1200.5, member: null });
    const table = await loadDatasetTable('program-roi', 'sales-client-test');
    expect(table.ok && table.value?.table.columns.map((column) => column.kind)).toEqual(['date', 'text', 'number', 'empty']);
  });

  it('refuses to save when nothing was imported, and answers "cancelled" when aborted', async () => {
    const client = createImportSession();
    const saved = await client.save('program-roi', 'sales-client-test', summaryOf('x.csv', 0));
    expect(saved.ok).toBe(false);
    const controller = new AbortController();
    controller.abort();
    expect(await client.inspect(file, {}, controller.signal)).toEqual({ ok: false, problem: { code: 'cancelled' } });
  });
});

describe('a sparse sheet: the header in row 1 and one row at the bottom of the sheet', () => {
  it('finds the header and imports the lone row far below it', async () => {
    const bytes = workbook([
      {
        name: 'Продажи',
        rows: [['Дата', 'Клиент', 'Сумма']],
        cells: { A1048576: { t: 'n', v: 45352 }, B1048576: { t: 's', v: 'Иванов' }, C1048576: { t: 'n', v: 500 } },
      },
    ]);
    const session = new ImportSession();
    const source: SessionFile = { token: 1, file: new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName: 'разрежённый.xlsx' };
    const inspected = await session.inspect(source, {});
    expect(inspected.ok && inspected.value.headerRow).toBe(0);
    const imported = await session.import(source, SALES, MAPPING, { ...TYPING, headerRow: 0 }, () => undefined);
    expect(imported.ok && imported.value.report.rowsImported).toBe(1);
    expect(session.importedRows()?.[0]?.customer).toBe('Иванов');
  }, 30_000);
});
