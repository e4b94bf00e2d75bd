import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const downloadBlob = vi.hoisted(() => vi.fn<(fileName: string, blob: Blob) => void>());
vi.mock('../../../src/data/download', () => ({ downloadText: vi.fn(), downloadBlob }));
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { storedFiles } from '../../../src/app/storedData/datasetUsage';
import { listDatasets, saveDataset } from '../../../src/store/datasets';
import { MY_DATA_OWNER } from '../../../src/store/datasetLocation';
import type { DatasetSummary, ExerciseEntry } from '../../../src/store/schema';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { exercises } from '../../../exercises';
import { datasetSummary, exerciseEntry, workbookSettings } from '../../builders';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';
import { readCsvFile } from '../../support/readBlob';

function summary(fileName: string, rows: number): DatasetSummary {
  return datasetSummary(fileName, rows, { importedAt: '2026-12-01T09:00:00.000Z' });
}

function entry(datasets: Record<string, DatasetSummary>): ExerciseEntry {
  return exerciseEntry({ datasets, updatedAt: '2026-12-01T09:00:01.000Z' });
}

const SALES = summary('продажи 2025.csv', 3);
const LIST = summary('участники.xlsx', 2);
const SETTINGS = workbookSettings();

describe('"My data": the files a participant imported', () => {
  beforeEach(() => {
    window.location.hash = '#/';
  });
  afterEach(async () => {
    await resetDatasetsDatabase();
  });

  it('lists a shared file once with every exercise that reads it, then each exercise’s own files', () => {
    const files = storedFiles({ exercises: { 'program-roi': entry({ members: LIST }), gone: entry({ x: LIST }) }, myData: { sales: SALES } }, exercises);
    expect(files.map((file) => [file.location.owner, file.location.id, file.shared, file.usedIn.map((exercise) => exercise.id)])).toEqual([
      [MY_DATA_OWNER, 'sales', true, ['loyalty-measurement', 'customer-base', 'segmentation', 'program-roi']],
      ['program-roi', 'members', false, ['program-roi']],
      // An exercise this version does not have: listed, so its file can still be removed.
      ['gone', 'x', false, []],
    ]);
    expect(files[1]?.spec?.title.ru).toBe('Список участников программы');
  });

  it('shows the file, its rows, size and where it is used on the home page, and removes it after confirmation', async () => {
    await saveDataset(MY_DATA_OWNER, 'sales', [{ customer: 'А' }, { customer: 'Б' }, { customer: 'В' }], SALES);
    useWorkbookStore.setState({ settings: SETTINGS, exercises: {}, myData: { sales: SALES } });
    const user = userEvent.setup();
    render(<App />);
    const section = await screen.findByRole('region', { name: 'Мои данные' });
    const row = within(section).getByRole('row', { name: /продажи 2025\.csv/ });
    expect(row).toHaveTextContent('Продажи по клиентам (общий файл)');
    expect(within(row).getByRole('link', { name: 'Эффективность программы лояльности (ROI)' })).toBeInTheDocument();
    expect(row).toHaveTextContent('3');
    // Three one-letter customers in one text column: a few bytes of codes and dictionary, shown as bytes.
    expect(await within(row).findByText(/^\d+ байт/)).toBeInTheDocument();

    // The rows as the workbook read them, for the trainer: Russian CSV, column names from the exercise.
    await user.click(within(row).getByRole('button', { name: 'Скачать строки «продажи 2025.csv» в CSV' }));
    await vi.waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    const [csvName, csvFile] = downloadBlob.mock.calls[0] ?? [];
    expect(csvName).toBe('продажи 2025.csv');
    const csvText = csvFile && (await readCsvFile(csvFile));
    // The required columns always; of the shared spec's optional ones, only those the file filled (none here).
    expect(csvText?.split('\r\n').slice(0, 2)).toEqual(['\uFEFFКлиент;Дата;Сумма', 'А;;']);

    await user.click(within(row).getByRole('button', { name: 'Удалить «продажи 2025.csv»' }));
    const dialog = await screen.findByRole('dialog', { name: 'Удалить «продажи 2025.csv»?' });
    expect(dialog).toHaveTextContent('Эффективность программы лояльности (ROI)');
    await user.click(within(dialog).getByRole('button', { name: 'Удалить файл' }));
    expect(await within(section).findByText('Файл «продажи 2025.csv» удалён.')).toBeInTheDocument();
    expect(useWorkbookStore.getState().myData).toEqual({});
    const listed = await listDatasets();
    expect(listed.ok && listed.value).toEqual([]);
    expect(within(section).getByText('Вы ещё не загружали своих файлов: упражнения считают на демонстрационных данных.')).toBeInTheDocument();
  });
});
