import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { blankCustomerBaseState, demoCustomerBaseState } from '../../../exercises/customer-base/demo';
import { CUSTOMER_BASE_EXERCISE_ID, salesSpec } from '../../../exercises/customer-base/inputs';
import { CUSTOMER_BASE_STATE_VERSION, customerBaseStateSchema, type CustomerBaseState } from '../../../exercises/customer-base/state';
import { datasetSummary, workbookSettings } from '../../builders';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function resetWorkbook(state: CustomerBaseState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState(CUSTOMER_BASE_EXERCISE_ID, CUSTOMER_BASE_STATE_VERSION, state, 'blank');
}

const storedState = () => customerBaseStateSchema.parse(useWorkbookStore.getState().exercises[CUSTOMER_BASE_EXERCISE_ID]?.state);

async function storeSales(rows: TypedRow[]): Promise<void> {
  const location = datasetLocation(CUSTOMER_BASE_EXERCISE_ID, salesSpec);
  const summary = datasetSummary('продажи.csv', rows.length, { importedAt: new Date().toISOString() });
  const saved = await saveDataset(location.owner, location.id, rows, summary);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary(location, summary);
}

/** Four customers without cost, each first buying a month after the last, all buying again in June 2026. */
function fourCustomers(): TypedRow[] {
  return ['a', 'b', 'c', 'd'].flatMap((customer, index) => [
    { customer, date: `2025-0${index + 1}-10`, amount: 100 * (index + 1) },
    { customer, date: '2026-06-10', amount: 50 },
  ]);
}

describe('step: matrices', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/customer-base/matrices';
  });

  it('opens on the demo distributor with a reading, three matrices, their groups and a cell’s customers', async () => {
    resetWorkbook(demoCustomerBaseState());
    const user = userEvent.setup();
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 10_000 });
    expect(plain(reading.textContent)).toMatch(/«Развивать» — \d+ клиентов с большим потенциалом/);
    expect(plain(reading.textContent)).toMatch(/«верных друзей» \(прибыльных и давних\) \d+/);
    for (const name of ['Прибыль × потенциал', 'Выручка × размер клиента', 'Прибыльность × длительность отношений (Reinartz & Kumar)']) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    }
    expect(screen.getByText(/^Длительность не может быть больше данных: \d+ клиентов покупали уже в первый месяц продаж, и у всех них около 24 мес\./)).toBeInTheDocument();
    const summary = screen.getByRole('table', { name: 'Прибыль × потенциал: четыре группы' });
    for (const name of ['Развивать', 'Удерживать', 'Обслуживать дешевле', 'Пересмотреть']) expect(within(summary).getByText(name)).toBeInTheDocument();
    // The four groups hold every customer with a potential: their counts add up to the demo's listed buyers.
    const counts = within(summary)
      .getAllByText(/клиент/)
      .map((node) => Number(/^(\d+) клиент/.exec(plain(node.textContent))?.[1] ?? 0));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(100);
    // The median is shown beside the line's input.
    expect(screen.getByRole('textbox', { name: 'Потенциал' })).toHaveValue('');
    expect(screen.getByText(/^Медиана: /, { selector: '#' + (screen.getByRole('textbox', { name: 'Потенциал' }).getAttribute('aria-describedby') ?? '').split(' ')[0] })).toBeInTheDocument();

    await user.click(within(summary).getByRole('button', { name: /Клиенты группы — Развивать/ }));
    const list = await screen.findByRole('region', { name: '«Развивать»: клиенты' }, { timeout: 10_000 });
    expect(within(list).getAllByRole('row').length).toBeGreaterThan(1);
    expect(plain(within(list).getByText(/^Клиенты 1–\d+ из \d+$/).textContent)).toMatch(/^Клиенты 1–\d+ из \d+$/);
    expect(within(list).getByRole('columnheader', { name: 'Доля кошелька' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
    // Three charts of the demo's 260 customers drawn by jsdom: about 10 s alone, three times that on a busy machine.
  }, 60_000);

  it('keeps a typed line in the state, and an empty field goes back to the median', async () => {
    // Four customers, so the step redraws quickly on each change.
    resetWorkbook(blankCustomerBaseState());
    await storeSales(fourCustomers());
    const user = userEvent.setup();
    render(<App />);
    const field = await screen.findByRole('textbox', { name: 'Длительность отношений' }, { timeout: 10_000 });
    await user.type(field, '12');
    await expect.poll(() => storedState().matrices.duration, { timeout: 5000 }).toBe(12);
    const summary = () => plain(screen.getByRole('table', { name: /Reinartz & Kumar\): четыре группы/ }).textContent);
    await expect.poll(summary, { timeout: 5000 }).toContain('Месяцев: от 12');
    await user.clear(field);
    await expect.poll(() => storedState().matrices.duration, { timeout: 5000 }).toBeNull();
    await expect.poll(summary, { timeout: 5000 }).not.toContain('Месяцев: от 12');
  });

  it('without a customer list or cost: the list matrices ask for the column, profit is said to be missing, Reinartz & Kumar works on revenue', async () => {
    resetWorkbook(blankCustomerBaseState());
    await storeSales(fourCustomers());
    render(<App />);
    const notes = await screen.findAllByText('Для этой матрицы нужен список клиентов со столбцом «Потенциал». Загрузите его на шаге «Данные о продажах».', {}, { timeout: 10_000 });
    expect(notes).toHaveLength(1);
    expect(screen.getByText('Для этой матрицы нужен список клиентов со столбцом «Размер». Загрузите его на шаге «Данные о продажах».')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'К шагу «Данные о продажах»' }).length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText(/Выручка, умноженная на допущенную маржу, прибылью не является/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Выручка × длительность отношений (Reinartz & Kumar)' })).toBeInTheDocument();
    const reading = screen.getByRole('region', { name: 'Что это значит' });
    expect(plain(reading.textContent)).toContain('Клиентов в матрице мало (4)');
    expect(plain(reading.textContent)).toContain('Матрица с потенциалом не строится');
  });
});
