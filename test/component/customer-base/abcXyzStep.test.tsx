import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { demoCustomerBaseState } from '../../../exercises/customer-base/demo';
import { CUSTOMER_BASE_EXERCISE_ID, salesSpec } from '../../../exercises/customer-base/inputs';
import { CUSTOMER_BASE_STATE_VERSION, customerBaseStateSchema, type CustomerBaseState } from '../../../exercises/customer-base/state';
import { datasetSummary, workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** A fresh workbook in Russian, the exercise holding `state` (the demo distributor unless told). */
function resetWorkbook(state: CustomerBaseState = demoCustomerBaseState()): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState(CUSTOMER_BASE_EXERCISE_ID, CUSTOMER_BASE_STATE_VERSION, state, 'demo');
}

const storedState = () => customerBaseStateSchema.parse(useWorkbookStore.getState().exercises[CUSTOMER_BASE_EXERCISE_ID]?.state);

/** Sales lines as an accepted import stores them, with no cost column. */
async function storeSales(rows: TypedRow[]): Promise<void> {
  const location = datasetLocation(CUSTOMER_BASE_EXERCISE_ID, salesSpec);
  const summary = datasetSummary('продажи.csv', rows.length, { importedAt: new Date().toISOString() });
  const saved = await saveDataset(location.owner, location.id, rows, summary);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary(location, summary);
}

const listRows = () => within(screen.getByRole('table', { name: 'Клиенты по классам' })).getAllByRole('row').slice(1);
const cellText = (row: HTMLElement, label: string) => plain(row.querySelector(`[data-label="${label}"]`)?.textContent);

describe('step: Pareto and ABC/XYZ', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/customer-base/abc-xyz';
  });

  it('opens on the demo distributor: the reading, the Pareto mark, the classes, the matrix and a page of customers', async () => {
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 10000 });
    expect(plain(reading.textContent)).toMatch(/\d+(,\d)? % клиентов \(\d+\) дают \d+(,\d)? % выручки — это класс A\./);
    expect(plain(screen.getByRole('figure', { name: /Кривая Парето/ }).textContent)).toMatch(/клиентов \(\d+\) дают .* выручки — класс A/);
    const abc = screen.getByRole('table', { name: 'Классы ABC' });
    expect(within(abc).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['A — основа бизнеса', 'B — середина', 'C — мелкие', 'Всего']);
    const matrix = screen.getByRole('table', { name: 'Матрица ABC × XYZ' });
    expect(within(matrix).getAllByRole('rowheader')).toHaveLength(3);
    expect(within(matrix).getByText(/Опора бизнеса/)).toBeInTheDocument();
    expect(listRows()).toHaveLength(50);
    expect(cellText(listRows()[0] as HTMLElement, 'Место')).toBe('1');
    expect(screen.getByText(/^Клиентов: \d+; показаны 1–50\.$/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('lists a cell’s customers from the matrix, and pages them', async () => {
    const user = userEvent.setup();
    render(<App />);
    const button = await screen.findByRole('button', { name: /Показать клиентов ячейки CZ/ }, { timeout: 10000 });
    const inCell = Number(/(\d+) клиент/.exec(plain(button.textContent))?.[1]);
    await user.click(button);
    expect((screen.getByRole('combobox', { name: 'Какие клиенты' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Ячейка CZ');
    expect(screen.getByRole('button', { name: /Показать клиентов ячейки CZ/ })).toHaveAttribute('aria-pressed', 'true');
    await screen.findByText(`Клиентов: ${inCell}; показаны 1–${Math.min(inCell, 50)}.`);
    expect(listRows()).toHaveLength(Math.min(inCell, 50));
    for (const row of listRows()) expect([cellText(row, 'ABC'), cellText(row, 'XYZ')]).toEqual(['C', 'Z']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Какие клиенты' }), 'Все клиенты');
    const customers = within(screen.getByRole('table', { name: 'Классы ABC' })).getAllByRole('row').at(-1) as HTMLElement;
    await screen.findByText(`Клиентов: ${cellText(customers, 'Клиентов')}; показаны 1–50.`);
    await user.click(within(screen.getByRole('navigation', { name: 'Клиенты по классам' })).getByRole('button', { name: 'Дальше' }));
    await screen.findByText(/показаны 51–100/);
    expect(cellText(listRows()[0] as HTMLElement, 'Место')).toBe('51');
    expect(screen.getByText(/^Страница 2 из \d+$/)).toBeInTheDocument();
  });

  it('keeps thresholds that cannot class as typed, says why, and shows the last ones that could', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('table', { name: 'Классы ABC' }, { timeout: 10000 });
    const aCount = () => cellText(within(screen.getByRole('table', { name: 'Классы ABC' })).getAllByRole('row')[1] as HTMLElement, 'Клиентов');
    const before = aCount();
    const a = screen.getByRole('textbox', { name: 'Граница A' });
    // Pasted, so no keystroke passes through a valid value on its way (typing "96" would pass through 9).
    await user.clear(a);
    await user.click(a);
    await user.paste('96');
    expect(await screen.findByText('Граница A должна быть меньше границы B.')).toBeInTheDocument();
    expect(plain(screen.getByText(/ниже показаны классы по прежним/).textContent)).toContain('A 80 %, B 95 %, X 10 %, Y 25 %');
    expect(storedState().abc.a).toBe(96);
    expect(aCount()).toBe(before);

    await user.clear(a);
    await user.type(a, '50');
    await vi.waitFor(() => expect(Number(aCount())).toBeLessThan(Number(before)), { timeout: 5000 });
    expect(screen.queryByText('Граница A должна быть меньше границы B.')).not.toBeInTheDocument();
  });

  it('says XYZ is not computed over a two-month window, and leaves the matrix out', async () => {
    resetWorkbook({ ...demoCustomerBaseState(), period: { analysisDate: null, windowMonths: 2 } });
    render(<App />);
    expect(await screen.findByText(/В окне анализа 2 месяца/, {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Матрица ABC × XYZ' })).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Классы ABC' })).toBeInTheDocument();
  });

  it('ranks by revenue when profit is asked for and the sales carry no cost, and says why', async () => {
    resetWorkbook({ ...demoCustomerBaseState(), useDemoData: false, abc: { basis: 'profit', a: 80, b: 95, x: 10, y: 25 } });
    // Three customers; D returned more than it bought: it is C and named.
    await storeSales([
      { customer: 'A', date: '2026-01-10', amount: 900 },
      { customer: 'B', date: '2026-02-10', amount: 60 },
      { customer: 'C', date: '2026-03-10', amount: 40 },
      { customer: 'D', date: '2026-03-05', amount: 20 },
      { customer: 'D', date: '2026-03-08', amount: -50 },
    ]);
    render(<App />);
    expect(await screen.findByText('В продажах нет себестоимости или маржи, поэтому прибыль по клиентам не посчитать — клиенты выстроены по выручке.', {}, { timeout: 10000 })).toBeInTheDocument();
    // A: 900 of 1,000 positive (top, always A); B: 60 has 90 % before it (B); C: 40 has 96 % before it (C); D: −30 (C).
    const abc = screen.getByRole('table', { name: 'Классы ABC' });
    expect(within(abc).getAllByRole('row').slice(1, 4).map((row) => cellText(row, 'Клиентов'))).toEqual(['1', '1', '2']);
    expect(screen.getByText(/возвраты не меньше покупок .*: D\./)).toBeInTheDocument();
  });
});
