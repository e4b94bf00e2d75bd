import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { workbookSettings } from '../../builders';
import { entry, resetDatasetsDatabase, salesSpec } from './helpers';


const { DatasetImport } = await import('../../../src/ui/import/DatasetImport');
const { useWorkbookStore } = await import('../../../src/store/workbookStore');
const { loadDataset } = await import('../../../src/store/datasets');

/** What Russian Excel writes for "Текст Юникод (*.txt)": FF FE, then UTF-16LE code units, tabs between cells. */
function unicodeTextFile(text: string, name = 'продажи.txt'): File {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return new File([bytes], name, { type: 'text/plain' });
}

const salesText = ['Дата\tКлиент\tСумма', '15.01.2025\tИванов\t1\u00a0200,50', '16.01.2025\tЁлкина\t300'].join('\r\n') + '\r\n';

describe('DatasetImport with Excel "Unicode text" (UTF-16)', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: { roi: entry() } });
  });

  it('shows the detected UTF-16, offers every encoding, reads tabs, and stores the typed rows', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    await user.upload(screen.getByTestId('dataset-file-input') as HTMLInputElement, unicodeTextFile(salesText));

    const encoding = await screen.findByLabelText('Кодировка');
    expect(encoding).toHaveDisplayValue('UTF-16 (Юникод-текст Excel)');
    expect(within(encoding).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'UTF-8 (Юникод)',
      'Windows-1251 (кириллица)',
      'UTF-16 (Юникод-текст Excel)',
      'UTF-16 BE (обратный порядок байтов)',
    ]);
    expect(screen.getByText('Определена кодировка UTF-16 (Юникод-текст Excel) (с меткой BOM).', { exact: false })).toBeInTheDocument();
    expect(screen.getByLabelText('Разделитель')).toHaveDisplayValue('табуляция');
    expect(screen.getByLabelText('Клиент')).toHaveDisplayValue('Клиент');
    expect(screen.getByLabelText('Сумма')).toHaveDisplayValue('Сумма');

    await user.click(screen.getByRole('button', { name: 'Импортировать' }));
    await user.click(await screen.findByRole('button', { name: 'Принять и сохранить' }));
    expect(await screen.findByText('Данные сохранены.')).toBeInTheDocument();
    expect(useWorkbookStore.getState().exercises.roi?.datasets.sales).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', rowsImported: 2 });
    const stored = await loadDataset('roi', 'sales');
    expect(stored.ok && stored.value?.rows).toEqual([
      { customer: 'Иванов', date: '2025-01-15', amount: 1200.5, member: null },
      { customer: 'Ёлкина', date: '2025-01-16', amount: 300, member: null },
    ]);
  });

  it('says what the wrong byte order reads, and reads the table again when UTF-16 is chosen back', async () => {
    const user = userEvent.setup();
    render(<DatasetImport exerciseId="roi" spec={salesSpec} />);
    await user.upload(screen.getByTestId('dataset-file-input') as HTMLInputElement, unicodeTextFile(salesText));
    const encoding = await screen.findByLabelText('Кодировка');

    // Big-endian turns the line feed 0x000A into U+0A00: the whole file is one line, a header without rows.
    await user.selectOptions(encoding, 'UTF-16 BE (обратный порядок байтов)');
    expect(await screen.findByRole('alert')).toHaveTextContent('В таблице есть названия столбцов, но нет ни одной строки с данными.');

    await user.selectOptions(screen.getByLabelText('Кодировка'), 'UTF-16 (Юникод-текст Excel)');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Кодировка')).toHaveDisplayValue('UTF-16 (Юникод-текст Excel)');
    expect(screen.getByLabelText('Клиент')).toHaveDisplayValue('Клиент');
  });
});
