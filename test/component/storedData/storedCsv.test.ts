import { afterEach, describe, expect, it } from 'vitest';
import { storedCsvFile, type StoredCsvResult } from '../../../src/app/storedData/storedCsv';
import { saveDataset } from '../../../src/store/datasets';
import { datasetSummary } from '../../builders';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';
import { readCsvFile } from '../../support/readBlob';

/** The file's text as Excel reads it: UTF-8 with its BOM, as a CSV of the app is. */
async function csvOf(written: StoredCsvResult): Promise<string> {
  if (!written.ok) throw new Error(`no file: ${written.error.code}`);
  expect(written.file.type).toBe('text/csv;charset=utf-8');
  return readCsvFile(written.file);
}

const COLUMNS = [
  { key: 'customer', title: 'Клиент', required: true },
  { key: 'amount', title: 'Сумма', required: true },
  { key: 'region', title: 'Регион', required: false },
  { key: 'manager', title: 'Менеджер', required: false },
];

describe('a stored file as CSV (written in a worker in the browser)', () => {
  afterEach(async () => {
    await resetDatasetsDatabase();
  });

  it('writes the required columns and the optional ones the file filled, titled in the user’s language', async () => {
    await saveDataset('@my-data', 'sales', [
      { customer: 'А', amount: 1234.5, region: null },
      { customer: 'Б', amount: 10, region: 'Север' },
    ], datasetSummary('продажи.csv', 2));
    const written = await storedCsvFile({ owner: '@my-data', id: 'sales', columns: COLUMNS, options: { separator: ';', decimalComma: true } });
    expect(await csvOf(written)).toBe('\uFEFFКлиент;Сумма;Регион\r\nА;1234,5;\r\nБ;10;Север\r\n');
  });

  it('uses the dataset’s own keys when no spec describes it, and the English separators when asked', async () => {
    await saveDataset('old-exercise', 'answers', [{ score: 9.5 }], datasetSummary('ответы.csv', 1));
    const written = await storedCsvFile({ owner: 'old-exercise', id: 'answers', columns: null, options: { separator: ',', decimalComma: false } });
    expect(await csvOf(written)).toBe('\uFEFFscore\r\n9.5\r\n');
  });

  it('says the rows are missing rather than writing an empty file', async () => {
    const written = await storedCsvFile({ owner: '@my-data', id: 'sales', columns: COLUMNS, options: {} });
    expect(written).toEqual({ ok: false, error: { code: 'missing', detail: 'sales' } });
  });
});
