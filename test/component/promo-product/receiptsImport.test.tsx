import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { workbookSettings } from '../../builders';
import { entry, resetDatasetsDatabase } from '../import/helpers';
import { PROMO_EXERCISE_ID, receiptsSpec } from '../../../exercises/promo-product/inputs';

const { DatasetImport } = await import('../../../src/ui/import/DatasetImport');
const { useWorkbookStore } = await import('../../../src/store/workbookStore');
const { loadDataset } = await import('../../../src/store/datasets');

const GROCERIES = ['citrus fruit,semi-finished bread,margarine', 'tropical fruit,yogurt', 'whole milk', 'yogurt,whole milk,butter'].join('\n');

describe('the receipts import in another layout', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: { [PROMO_EXERCISE_ID]: entry() } });
  });

  it('names the detected layout, lets it be changed, and stores receipt lines', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId={PROMO_EXERCISE_ID} spec={receiptsSpec} />);
    await user.upload(screen.getByTestId('dataset-file-input') as HTMLInputElement, new File([GROCERIES], 'groceries.csv', { type: 'text/csv' }));
    const layout = await screen.findByLabelText('Как устроен файл');
    expect(layout).toHaveDisplayValue('Строка — список значений, без заголовка');
    expect(screen.getByText(/Каждая строка файла — один набор: «Номер чека» — номер строки, «Товар» — каждое значение в ней\. По содержимому файла похоже: Строка — список значений, без заголовка\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Номер чека')).toHaveDisplayValue('Номер чека');
    expect(screen.getByLabelText('Товар')).toHaveDisplayValue('Товар');
    const preview = screen.getByRole('region', { name: 'Первые строки — так, как они будут прочитаны' });
    expect(within(preview).getAllByRole('row')[1]?.textContent).toBe('1citrus fruit');

    // Read as one record per row instead: the first line becomes the header, and the receipt is not found.
    await user.selectOptions(layout, 'Строка — одна запись, как в шаблоне');
    expect(await screen.findByText('Названия столбцов найдены в строке 1.')).toBeInTheDocument();
    expect(screen.getByLabelText('Номер чека')).toHaveDisplayValue('— нет в файле —');

    await user.selectOptions(screen.getByLabelText('Как устроен файл'), 'Строка — список значений, без заголовка');
    expect(await screen.findByText('Строки с названиями столбцов нет: каждая строка файла — данные.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Импортировать' }));
    expect(await screen.findByRole('heading', { name: 'Отчёт об импорте' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Принять и сохранить' }));
    expect(await screen.findByText('Данные сохранены.')).toBeInTheDocument();
    const stored = await loadDataset(PROMO_EXERCISE_ID, receiptsSpec.id);
    if (!stored.ok || stored.value === null) throw new Error('not stored');
    // 3 + 2 + 1 + 3 items, one line each, numbered by their line of the file.
    expect(stored.value.rows.map((row) => [row.receipt, row.product])).toEqual([
      ['1', 'citrus fruit'],
      ['1', 'semi-finished bread'],
      ['1', 'margarine'],
      ['2', 'tropical fruit'],
      ['2', 'yogurt'],
      ['3', 'whole milk'],
      ['4', 'yogurt'],
      ['4', 'whole milk'],
      ['4', 'butter'],
    ]);
  });
});

describe('a receipts file whose every receipt holds one product', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: { [PROMO_EXERCISE_ID]: entry() } });
  });

  it('is refused at the report with the reason, and nothing is stored', async () => {
    // A line number where the receipt number should be: each "receipt" is one line, one product.
    const lines = ['Номер чека;Товар', '1;Молоко', '2;Хлеб', '3;Молоко', '4;Сыр'].join('\n');
    const user = userEvent.setup();
    render(<DatasetImport exerciseId={PROMO_EXERCISE_ID} spec={receiptsSpec} />);
    await user.upload(screen.getByTestId('dataset-file-input') as HTMLInputElement, new File([lines], 'чеки.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Импортировать' }));
    expect(await screen.findByRole('heading', { name: 'Отчёт об импорте' })).toBeInTheDocument();
    expect(screen.getByText(/В каждой группе «Номер чека» по одному значению «Товар» \(групп: 4\): из такого файла не видно, что покупают вместе/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Принять и сохранить' })).toBeDisabled();
    const stored = await loadDataset(PROMO_EXERCISE_ID, receiptsSpec.id);
    expect(stored.ok && stored.value).toBe(null);
  });
});

describe('the summary of a file without a header', () => {
  it('is one progress accepts, so the import survives a reload', async () => {
    const { datasetSummarySchema } = await import('../../../src/store/schema');
    const { datasetSummary } = await import('../../../src/ui/import/summary');
    const { inspectBytes, importBytes } = await import('../../../src/data/import/pipeline');
    const { layoutOptions } = await import('../../../src/data/import/layout');
    const { proposeMapping } = await import('../../../src/data/import/mapping');
    const bytes = new TextEncoder().encode(GROCERIES);
    const layouts = layoutOptions(receiptsSpec, 'ru');
    const inspected = inspectBytes(bytes, 'groceries.csv', { layouts });
    if (!inspected.ok) throw new Error(inspected.problem.code);
    expect(inspected.value.headerRow).toBe(-1);
    const imported = importBytes(bytes, 'groceries.csv', receiptsSpec, proposeMapping(inspected.value.headers, receiptsSpec), { today: '2026-01-01', locale: 'ru', layouts, layout: 'basketPerLine' });
    if (!imported.ok) throw new Error(imported.problem.code);
    const { rows: _rows, ...summary } = imported.value;
    expect(datasetSummarySchema.safeParse(datasetSummary(summary)).success).toBe(true);
  });
});
