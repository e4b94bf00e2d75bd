import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { isNumberCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import type { TypedRow } from '../../../src/data/import/types';
import { salesSpec } from '../../../src/data/salesSpec';
import { createFormatters } from '../../../src/i18n/format';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { analyseValue } from '../../../exercises/customer-base/analysis/valueAnalysis';
import { blankCustomerBaseState, demoCustomerBaseState } from '../../../exercises/customer-base/demo';
import { valueExportRequest, valueSheets } from '../../../exercises/customer-base/export/value';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../../exercises/customer-base/inputs';
import { CUSTOMER_BASE_STATE_VERSION, customerBaseStateSchema, type CustomerBaseState } from '../../../exercises/customer-base/state';
import { datasetSummary, workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const WAIT = { timeout: 20_000 };
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const reading = () => plain(screen.getByRole('region', { name: 'Что это значит' }).textContent);
const metricValue = (label: string) => plain(screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);

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

/** Twelve customers over a year, five of them buying again: far too few repeat buyers for BG/NBD. */
function fewRepeatBuyers(): TypedRow[] {
  const rows: TypedRow[] = [];
  for (let c = 1; c <= 12; c++) {
    rows.push({ customer: `K${c}`, date: `2025-0${1 + (c % 9)}-10`, amount: 1000 });
    if (c <= 5) rows.push({ customer: `K${c}`, date: '2025-11-20', amount: 500 }, { customer: `K${c}`, date: '2025-12-15', amount: 700 });
  }
  return rows;
}

/** Forty repeat buyers who all bought on the last day: no drop-out to see, the BG/NBD fit runs off to a boundary. */
function nobodyLeaves(): TypedRow[] {
  const rows: TypedRow[] = [];
  for (let c = 1; c <= 40; c++) {
    rows.push({ customer: `R${c}`, date: '2025-01-01', amount: 1000 }, { customer: `R${c}`, date: '2025-06-30', amount: 800 });
    if (c % 3 >= 1) rows.push({ customer: `R${c}`, date: '2025-03-01', amount: 900 });
    if (c % 3 === 2) rows.push({ customer: `R${c}`, date: '2025-05-01', amount: 700 });
  }
  for (let c = 1; c <= 20; c++) rows.push({ customer: `O${c}`, date: '2025-01-01', amount: 500 });
  return rows;
}

describe('step: customer value', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/customer-base/value';
  });

  it('reads the demo distributor: simple CLV, the fitted model, the hold-out check and a paged table', async () => {
    resetWorkbook(demoCustomerBaseState());
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Ценность каждого клиента' }, WAIT);
    expect(reading()).toMatch(/простая CLV при ставке 12 % в год — [\d ]+ ₽ на клиента/);
    expect(reading()).toMatch(/Модель BG\/NBD ждёт от клиентов [\d ]+ покупок за следующие 12 мес\./);
    expect(reading()).toMatch(/Проверка на последних 6 мес\./);
    // Retention measured from the data: the metric says how.
    expect(metricValue('Удержание за квартал')).toMatch(/^\d+(,\d)? %/);
    expect(screen.getByText(/по данным: из [\d ]+ случаев/)).toBeInTheDocument();
    expect(screen.getByText('Логарифм правдоподобия')).toBeInTheDocument();
    expect(screen.getByText(/Подбор сошёлся за \d+ итераций/)).toBeInTheDocument();
    expect(screen.getByText(/Всего: модель ждала [\d ]+ покупок, было [\d ]+/)).toBeInTheDocument();
    // One page of 50 customers, highest expected value first.
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(51);
    expect(screen.getByText('Клиенты 1–50 из 260')).toBeInTheDocument();
    const values = rows.slice(1).map((row) => Number(plain(within(row).getAllByRole('cell')[6]?.textContent).replace(/[^\d]/g, '')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await user.click(screen.getByRole('button', { name: 'Дальше' }));
    expect(await screen.findByText('Клиенты 51–100 из 260', {}, WAIT)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'P(alive)' }));
    expect(await screen.findByText('Клиенты 1–50 из 260', {}, WAIT)).toBeInTheDocument();
    const sorted = screen.getByRole('table', { name: 'Ценность каждого клиента' });
    expect(within(sorted).getByRole('columnheader', { name: /P\(alive\)/ })).toHaveAttribute('aria-sort', 'descending');
  }, 60_000);

  it('keeps a typed retention in the exercise and computes the CLV with it', async () => {
    resetWorkbook(demoCustomerBaseState());
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('table', { name: 'Ценность каждого клиента' }, WAIT);
    const field = screen.getByLabelText('Удержание за период');
    await user.type(field, '80');
    expect(storedState().value.retention).toBe(80);
    await screen.findByText('введено вами', {}, WAIT);
    expect(metricValue('Удержание за квартал')).toBe('80 %');
    // A retention over 100 is refused inline and nothing is stored over the last good value.
    await user.clear(field);
    await user.type(field, '120');
    expect(storedState().value.retention).toBe(12);
  }, 60_000);

  it('says so when too few customers bought again, and keeps the simple CLV', async () => {
    resetWorkbook(blankCustomerBaseState());
    await storeSales(fewRepeatBuyers());
    render(<App />);
    expect(await screen.findByText(/Клиентов с повторными покупками 5, нужно хотя бы 30/, {}, WAIT)).toBeInTheDocument();
    expect(reading()).toContain('Повторных покупателей слишком мало (5, нужно хотя бы 30)');
    const table = screen.getByRole('table', { name: 'Ценность каждого клиента' });
    expect(within(table).queryByRole('columnheader', { name: /P\(alive\)/ })).toBeNull();
    expect(within(table).getByRole('columnheader', { name: /Простая CLV/ })).toBeInTheDocument();
    expect(screen.queryByText('Проверка на отложенном периоде')).toBeNull();
  }, 60_000);

  it('says so when the fit does not converge and leaves the model’s figures out; the simple CLV asks for a retention it cannot measure', async () => {
    resetWorkbook(blankCustomerBaseState());
    await storeSales(nobodyLeaves());
    render(<App />);
    expect(await screen.findByText(/Подбор параметров не сошёлся \(итераций: [\d ]+\)/, {}, WAIT)).toBeInTheDocument();
    expect(reading()).toContain('Подбор параметров BG/NBD не сошёлся');
    expect(screen.queryByText('Ожидаемая ценность')).toBeNull();
    const table = screen.getByRole('table', { name: 'Ценность каждого клиента' });
    expect(within(table).queryByRole('columnheader', { name: /P\(alive\)/ })).toBeNull();
    expect(within(table).getByRole('columnheader', { name: /Простая CLV/ })).toBeInTheDocument();
    // Six months of sales hold one whole quarter: retention is not measurable, and the calculator says what to do.
    expect(screen.getByText(/Удержание не измерить: в данных меньше двух полных периодов «квартал»/)).toBeInTheDocument();
  }, 60_000);
});

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets(CUSTOMER_BASE_EXERCISE_ID) };
const cellValues = (cells: readonly CellValue[] | undefined) => (cells ?? []).map((cell) => (isNumberCell(cell) ? cell.value : cell));
const rowOf = (spec: SheetSpec | undefined, first: string) => spec?.rows.find((cells) => cells[0] === first);

describe('the customer value sheets of the export', () => {
  it('write the settings, the parameters, the hold-out check and every customer', async () => {
    const state = demoCustomerBaseState();
    const result = await analyseValue(valueExportRequest(state, { source: { kind: 'demo', business: 'distributor' }, period: state.period }), createAnalysisContext(() => undefined).context);
    if (result.kind !== 'ready' || !result.model.bgnbd) throw new Error('the demo distributor should fit');
    const [summary, customers] = valueSheets(state, result, context);
    expect(summary?.name).toBe('Ценность клиента');
    expect(cellValues(rowOf(summary, 'Период'))).toEqual(['Период', 'квартал']);
    expect(cellValues(rowOf(summary, 'Удержание за период'))).toEqual(['Удержание за период', 'по данным']);
    expect(cellValues(rowOf(summary, 'r'))).toEqual(['r', result.model.bgnbd.params.r]);
    expect(cellValues(rowOf(summary, 'Логарифм правдоподобия'))).toEqual(['Логарифм правдоподобия', result.model.bgnbd.logLikelihood]);
    expect(cellValues(rowOf(summary, 'Состояние модели'))).toEqual(['Состояние модели', 'подобрана, подбор сошёлся']);
    expect(rowOf(summary, '7 и больше')).toBeDefined();
    // Every customer, not one page: 260 with a purchase up to the analysis day, a note, a blank line and the header.
    expect(customers?.name).toBe('Ценность по клиентам');
    expect(customers?.rows).toHaveLength(260 + 3);
    expect(cellValues(customers?.rows[2])).toEqual(['Клиент', 'x', 'Давность, нед.', 'Возраст, нед.', 'P(alive)', 'Ожид. покупок', 'Ожид. покупка', 'Ожид. ценность', 'Простая CLV']);
    const expected = customers?.rows.slice(3).map((cells) => cellValues(cells)[7] as number) ?? [];
    expect(expected).toEqual([...expected].sort((a, b) => b - a));
  }, 60_000);

  it('say there is nothing to compute from without sales', () => {
    const [summary, customers] = valueSheets(blankCustomerBaseState(), null, context);
    expect(summary?.rows.at(-1)).toEqual(['Продаж для расчёта нет: ни своих, ни учебных.']);
    expect(customers?.rows).toEqual([['Продаж для расчёта нет: ни своих, ни учебных.']]);
  });
});
