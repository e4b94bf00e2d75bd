import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { workbookSettings } from '../../builders';
import { entry, resetDatasetsDatabase, salesSpec } from './helpers';


const { DatasetImport } = await import('../../../src/ui/import/DatasetImport');
const { useWorkbookStore } = await import('../../../src/store/workbookStore');
const { loadDataset } = await import('../../../src/store/datasets');

/** The amounts the preview shows, top to bottom (the Russian interface writes them with two decimals). */
function previewAmounts(): string[] {
  const preview = screen.getByRole('region', { name: 'Первые строки — так, как они будут прочитаны' });
  const [header, ...rows] = within(preview).getAllByRole('row');
  const amountColumn = within(header as HTMLElement).getAllByRole('columnheader').findIndex((cell) => cell.textContent === 'Сумма');
  // The row number is a row header, so the cells start one column later than the column headers.
  return rows.map((row) => within(row).getAllByRole('cell')[amountColumn - 1]?.textContent ?? '');
}

/** Upload, check nothing, import, accept: the amounts as stored. */
async function importAndStore(user: ReturnType<typeof userEvent.setup>): Promise<unknown[]> {
  await user.click(screen.getByRole('button', { name: 'Импортировать' }));
  await user.click(await screen.findByRole('button', { name: 'Принять и сохранить' }));
  await screen.findByText('Данные сохранены.');
  const stored = await loadDataset('roi', 'sales');
  return stored.ok ? (stored.value?.rows.map((row) => row.amount) ?? []) : [];
}

describe('the preview and the import read numbers the same way', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: { roi: entry() } });
  });

  it('a ";" file with "1,234" in every preview row and "2,345.75" below: 1234 in both', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    // 20 rows fill the preview; the 21st is the only one with evidence: a decimal dot.
    const rows = Array.from({ length: 20 }, (_, i) => `Клиент ${i + 1};${String(i + 1).padStart(2, '0')}.01.2025;1,234`);
    const text = ['Клиент;Дата;Сумма', ...rows, 'Клиент 21;21.01.2025;2,345.75'].join('\r\n');
    await user.upload(screen.getByTestId('dataset-file-input'), new File([text], 'продажи.csv', { type: 'text/csv' }));
    await screen.findByText('Названия столбцов найдены в строке 1.');
    // Eight rows shown, each "1,234" read as one thousand two hundred thirty-four (not 1,23).
    expect(previewAmounts()).toEqual(Array(8).fill('1\u00a0234,00'));
    expect(await importAndStore(user)).toEqual([...Array(20).fill(1234), 2345.75]);
  });

  it('an English-style CSV with quoted "1,234.50": 1234.5 in both, under the Russian interface', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    const text = ['Клиент,Дата,Сумма', 'Smith,2025-01-15,"1,234.50"', 'Jones,2025-01-16,"12,000"'].join('\n');
    await user.upload(screen.getByTestId('dataset-file-input'), new File([text], 'sales.csv', { type: 'text/csv' }));
    await screen.findByText('Названия столбцов найдены в строке 1.');
    expect(previewAmounts()).toEqual(['1\u00a0234,50', '12\u00a0000,00']);
    expect(await importAndStore(user)).toEqual([1234.5, 12000]);
  });

  it('a Russian file: 1 234,56 in both', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    const text = ['Клиент;Дата;Сумма', 'Иванов;15.01.2025;1 234,56', 'Петров;16.01.2025;1,234'].join('\r\n');
    await user.upload(screen.getByTestId('dataset-file-input'), new File([text], 'продажи.csv', { type: 'text/csv' }));
    await screen.findByText('Названия столбцов найдены в строке 1.');
    // 1 234,56 = 1234.56; beside it "1,234" is 1 + 0.234, shown to two decimals as 1,23.
    expect(previewAmounts()).toEqual(['1\u00a0234,56', '1,23']);
    expect(await importAndStore(user)).toEqual([1234.56, 1.234]);
  });
});
