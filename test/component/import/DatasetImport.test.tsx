import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetSummary, workbookSettings } from '../../builders';
import { entry, resetDatasetsDatabase, salesSpec } from './helpers';


const { DatasetImport } = await import('../../../src/ui/import/DatasetImport');
const { useWorkbookStore } = await import('../../../src/store/workbookStore');
const { loadDataset, saveDataset } = await import('../../../src/store/datasets');

// A report as Russian accounting exports it: a title above the table, ';' between cells, decimal commas.
const salesCsv = [
  'Отчёт о продажах за январь',
  'Клиент;Дата;Сумма, руб.;Комментарий',
  'Иванов;15.01.2025;1 200,50;да',
  'Петров;16.01.2025;много;нет',
  'Сидоров;17.01.2025;300;да',
].join('\r\n');

function csvFile(text = salesCsv, name = 'продажи.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

function fileInput(): HTMLInputElement {
  return screen.getByTestId('dataset-file-input') as HTMLInputElement;
}

function datasets() {
  return useWorkbookStore.getState().exercises.roi?.datasets;
}

describe('DatasetImport', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: { roi: entry() } });
  });

  it('says the rows are missing, not "8 rows imported", when progress names a file this browser no longer holds', async () => {
    const summary = datasetSummary('продажи.csv', 8);
    useWorkbookStore.setState({ exercises: { roi: { ...entry(), datasets: { sales: summary } } } });
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    expect(
      await screen.findByText('Сводка о файле «продажи.csv» сохранилась, а сами строки в этом браузере не найдены (возможно, данные сайта были очищены). Загрузите файл снова.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Импортировано 8 строк/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Заменить другим файлом' })).toBeInTheDocument();
  });

  it('reads a CSV, lets one mapping be fixed, reports, and stores the rows only once accepted', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} onImported={onImported} />);
    expect(screen.getByRole('button', { name: 'Выбрать файл' })).toBeInTheDocument();

    await user.upload(fileInput(), csvFile());
    expect(await screen.findByText('Названия столбцов найдены в строке 2.')).toBeInTheDocument();
    expect(screen.getByLabelText('Разделитель')).toHaveDisplayValue('точка с запятой ( ; )');
    expect(screen.getByLabelText('Кодировка')).toHaveDisplayValue('UTF-8 (Юникод)');

    // The proposal: three columns by their names, the program membership not recognised in «Комментарий».
    expect(screen.getByLabelText('Клиент')).toHaveDisplayValue('Клиент');
    expect(screen.getByLabelText('Сумма')).toHaveDisplayValue('Сумма, руб.');
    const member = screen.getByLabelText('Участник программы');
    expect(member).toHaveDisplayValue('— нет в файле —');
    await user.selectOptions(member, 'Комментарий');

    // The preview reads cells by the spec: a decimal comma becomes a number, text in the amount is flagged.
    const preview = screen.getByRole('region', { name: 'Первые строки — так, как они будут прочитаны' });
    const firstRow = within(preview).getByRole('row', { name: /Иванов/ });
    // Amounts always with two decimals, so "1 200,50" and "300,00" read alike in one column.
    expect(within(firstRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Иванов', '15.01.2025', '1\u00a0200,50', 'да']);
    expect(within(preview).getByRole('row', { name: /Сидоров/ })).toHaveTextContent('300,00');
    // The file's size in bytes, with the Russian plural: the CSV above is 232 bytes of UTF-8 (…2 → «байта»).
    expect(new TextEncoder().encode(salesCsv).length).toBe(232);
    expect(screen.getByText('Файл «продажи.csv», 232 байта')).toBeInTheDocument();
    expect(within(preview).getByRole('row', { name: /Петров/ })).toHaveTextContent('много — не число');

    await user.click(screen.getByRole('button', { name: 'Импортировать' }));
    expect(await screen.findByRole('heading', { name: 'Отчёт об импорте' })).toBeInTheDocument();
    // Rows read, imported, skipped.
    expect(screen.getAllByRole('definition').map((item) => item.textContent)).toEqual(['3', '2', '1']);
    const problems = screen.getByRole('region', { name: 'Замечания по столбцам' });
    const problemRow = within(problems).getAllByRole('row')[1] as HTMLElement;
    expect(within(problemRow).getByRole('rowheader')).toHaveTextContent('Сумма');
    expect(within(problemRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['не число', '1 из 3', 'строка 4: много', 'строки пропущены']);
    // Nothing is stored while the report is on screen.
    expect(datasets()).toEqual({});
    expect(await loadDataset('roi', 'sales')).toEqual({ ok: true, value: null });

    await user.click(screen.getByRole('button', { name: 'Принять и сохранить' }));
    expect(await screen.findByText('Данные сохранены.')).toBeInTheDocument();
    const summary = datasets()?.sales;
    expect(summary).toMatchObject({
      fileName: 'продажи.csv',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      headerRow: 1,
      rowsRead: 3,
      rowsImported: 2,
      rowsSkipped: 1,
      mapping: {
        customer: { header: 'Клиент', index: 0 },
        date: { header: 'Дата', index: 1 },
        amount: { header: 'Сумма, руб.', index: 2 },
        member: { header: 'Комментарий', index: 3 },
      },
      problemCounts: [{ code: 'notNumber', column: 'amount', count: 1 }],
    });
    expect(onImported).toHaveBeenCalledWith(summary);
    const stored = await loadDataset('roi', 'sales');
    expect(stored.ok && stored.value?.rows).toEqual([
      { customer: 'Иванов', date: '2025-01-15', amount: 1200.5, member: 'да' },
      { customer: 'Сидоров', date: '2025-01-17', amount: 300, member: 'да' },
    ]);
    // The stored dataset is summarised with its way out.
    expect(screen.getByText('Файл «продажи.csv», загружен', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Импортировано 2 строки, пропущена 1.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Заменить другим файлом' })).toBeInTheDocument();
  });

  it('changes nothing when the report is discarded', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    await user.upload(fileInput(), csvFile());
    await user.click(await screen.findByRole('button', { name: 'Импортировать' }));
    await user.click(await screen.findByRole('button', { name: 'Отказаться' }));
    expect(screen.getByRole('button', { name: 'Выбрать файл' })).toBeInTheDocument();
    expect(datasets()).toEqual({});
    expect(await loadDataset('roi', 'sales')).toEqual({ ok: true, value: null });
  });

  it('explains in Russian a file that is not a spreadsheet, and a table without a required column', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
    await user.upload(fileInput(), new File([png], 'продажи.xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Это не таблица: файл «продажи.xlsx» не похож ни на книгу Excel, ни на CSV');
    expect(datasets()).toEqual({});

    await user.upload(fileInput(), csvFile('Клиент;Дата\nИванов;15.01.2025\n', 'без суммы.csv'));
    const amount = await screen.findByLabelText('Сумма');
    expect(amount).toHaveDisplayValue('— нет в файле —');
    expect(screen.getByText('Выберите столбцы для обязательных полей: Сумма.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Импортировать' })).toBeDisabled();
  });

  it('after a refused file, says the stored data is unchanged and leads back to it', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    await user.upload(fileInput(), csvFile());
    await user.click(await screen.findByRole('button', { name: 'Импортировать' }));
    await user.click(await screen.findByRole('button', { name: 'Принять и сохранить' }));
    await screen.findByText('Данные сохранены.');

    await user.click(screen.getByRole('button', { name: 'Заменить другим файлом' }));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
    await user.upload(fileInput(), new File([png], 'отчёт.xlsx'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Это не таблица: файл «отчёт.xlsx»');
    expect(alert).toHaveTextContent('Загруженные раньше данные из файла «продажи.csv» не изменились.');

    await user.click(screen.getByRole('button', { name: 'Оставить как есть' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Файл «продажи.csv», загружен', { exact: false })).toBeInTheDocument();
  });

  it('takes the heading level it is given, its own headings one below, and marks itself while an import is open', async () => {
    const user = userEvent.setup();
    const { container } = render(<DatasetImport exerciseId="roi" spec={salesSpec} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Продажи' })).toBeInTheDocument();
    const root = container.querySelector('section') as HTMLElement;
    expect(root).not.toHaveAttribute('data-import-pending');

    await user.upload(fileInput(), csvFile());
    expect(await screen.findByRole('heading', { level: 5, name: 'Какой столбец файла что означает' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 5, name: 'Первые строки — так, как они будут прочитаны' })).toBeInTheDocument();
    expect(root).toHaveAttribute('data-import-pending', 'inspected');

    await user.click(screen.getByRole('button', { name: 'Импортировать' }));
    expect(await screen.findByRole('heading', { level: 5, name: 'Отчёт об импорте' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 6, name: 'Замечания по столбцам' })).toBeInTheDocument();
    expect(root).toHaveAttribute('data-import-pending', 'report');

    await user.click(screen.getByRole('button', { name: 'Отказаться' }));
    expect(root).not.toHaveAttribute('data-import-pending');
  });

  it('removes a stored dataset after confirmation, and offers a new file to replace it', async () => {
    const user = userEvent.setup();
    const summary = datasetSummary('старые продажи.xlsx', 5, { format: 'xlsx', sheet: 'Лист1', encoding: null, delimiter: null, importedAt: '2026-11-02T10:00:00.000Z' });
    await saveDataset('roi', 'sales', [{ customer: 'A', date: '2025-01-01', amount: 1, member: null }], summary);
    useWorkbookStore.getState().setDatasetSummary('roi', 'sales', summary);
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    expect(screen.getByText('Файл «старые продажи.xlsx», загружен 02.11.2026.')).toBeInTheDocument();
    expect(screen.getByText('Импортировано 5 строк.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Заменить другим файлом' }));
    expect(screen.getByRole('button', { name: 'Выбрать файл' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Оставить как есть' }));

    await user.click(screen.getByRole('button', { name: 'Удалить' }));
    const dialog = screen.getByRole('dialog', { name: 'Удалить загруженные данные?' });
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(datasets()?.sales).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Удалить' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Удалить данные' }));
    expect(await screen.findByText('Данные удалены.')).toBeInTheDocument();
    expect(datasets()).toEqual({});
    await waitFor(async () => expect(await loadDataset('roi', 'sales')).toEqual({ ok: true, value: null }));
    expect(screen.getByRole('button', { name: 'Выбрать файл' })).toBeInTheDocument();
  });
});
