import { beforeEach, describe, expect, it, vi } from 'vitest';

const downloadBlob = vi.fn<(fileName: string, file: Blob) => void>();
vi.mock('../../../src/data/download', () => ({ downloadText: vi.fn(), downloadBlob }));
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import PrioritiesStep from '../../../exercises/customer-base/steps/PrioritiesStep';
import { blankCustomerBaseState, demoCustomerBaseState } from '../../../exercises/customer-base/demo';
import { DIRECTIONS, type CustomerBaseState } from '../../../exercises/customer-base/state';
import type { StateUpdate } from '../../../src/workbook/contract';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { workbookSettings } from '../../builders';
import { readCsvFile } from '../../support/readBlob';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function renderStep(initial: CustomerBaseState) {
  const latest = { state: initial };
  function Host() {
    const [state, setState] = useState(initial);
    const update = (next: StateUpdate<CustomerBaseState>) =>
      setState((current) => {
        const value = typeof next === 'function' ? next(current) : next;
        latest.state = value;
        return value;
      });
    return <PrioritiesStep state={state} update={update} locale="ru" presenter={false} />;
  }
  render(<Host />);
  return latest;
}

describe('PrioritiesStep', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
    useWorkbookStore.getState().setLocale('ru');
    downloadBlob.mockReset();
  });

  it('offers the demo when there are no sales, and keeps the actions typed meanwhile', async () => {
    const latest = renderStep(blankCustomerBaseState());
    expect(await screen.findByText('Продаж пока нет')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Удерживать: что делаем'), 'Звонок раз в месяц');
    expect(latest.state.priorities.actions.keep).toBe('Звонок раз в месяц');
  });

  it('gives every demo customer one direction, reads out the biggest, and downloads the CRM table with all of them', async () => {
    const latest = renderStep(demoCustomerBaseState());
    const reading = await screen.findByRole('region', { name: /Что это значит/ }, { timeout: 30_000 });
    expect(plain(reading.textContent)).toMatch(/^Что это значит.*Из \d+ клиентов больше всего выручки/);
    const table = screen.getByRole('table', { name: 'Клиенты и выручка за год по направлениям' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(DIRECTIONS.length);
    const counts = rows.map((row) => Number(plain(within(row).getAllByRole('cell')[0]?.textContent).replace(/\s/g, '')));
    const total = counts.reduce((sum, count) => sum + count, 0);
    // Every customer who bought in the window has exactly one direction: the list of all directions says as many.
    expect(plain(screen.getByText(/^Клиенты 1–/).textContent)).toBe(`Клиенты 1–${Math.min(50, total)} из ${total}`);
    // The planted slipping customers are important ones with warnings: someone is to be won back.
    expect(counts[DIRECTIONS.indexOf('winBack')]).toBeGreaterThan(0);

    await userEvent.selectOptions(screen.getByLabelText('Показать'), 'Возвращать');
    await waitFor(() => expect(screen.getByRole('table', { name: 'Клиенты: Возвращать, по убыванию выручки' })).toBeInTheDocument(), { timeout: 30_000 });
    const winBack = screen.getByRole('table', { name: 'Клиенты: Возвращать, по убыванию выручки' });
    expect(within(winBack).getAllByRole('row').slice(1).every((row) => plain(row.textContent).includes('Возвращать'))).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Скачать в CSV' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    const [name, file] = downloadBlob.mock.calls[0] ?? [];
    const text = file && (await readCsvFile(file));
    expect(name).toMatch(/^Приоритеты клиентов \d{4}-\d{2}-\d{2}\.csv$/);
    const lines = String(text).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Клиент;Название;Направление;Почему;ABC;XYZ;R;F;M;RFM-сегмент;/);
    expect(lines).toHaveLength(total + 1);
    expect(latest.state.priorities.actions.keep).toBe('');
  }, 90_000);
});
