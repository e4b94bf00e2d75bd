import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { App } from '../../../src/app/App';
import { createFormatters } from '../../../src/i18n/format';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { CUSTOMER_BASE_EXERCISE_ID, customersSpec, salesSpec } from '../../../exercises/customer-base/inputs';
import { CUSTOMER_BASE_STATE_VERSION, customerBaseStateSchema, type CustomerBaseState } from '../../../exercises/customer-base/state';
import { blankCustomerBaseState } from '../../../exercises/customer-base/demo';
import { demoSales } from '../../../src/customers/demoBusinesses';
import { buildCustomerBase } from '../../../src/customers/base';
import { customerListFromPlain, salesLinesFromPlain } from '../../../src/customers/sales';
import type { DemoBusiness } from '../../../exercises/customer-base/state';
import { dataSheets, loadDataExportData } from '../../../exercises/customer-base/export/data';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { datasetSummary, workbookSettings } from '../../builders';
import { EXAMPLE_LIST, EXAMPLE_SALES } from '../../unit/customer-base/dataExample';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const format = createFormatters('ru', 'RUB');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const WAIT = { timeout: 10_000 };

function resetWorkbook(state?: CustomerBaseState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState(CUSTOMER_BASE_EXERCISE_ID, CUSTOMER_BASE_STATE_VERSION, state, 'blank');
}

function storedState(): CustomerBaseState {
  return customerBaseStateSchema.parse(useWorkbookStore.getState().exercises[CUSTOMER_BASE_EXERCISE_ID]?.state);
}

async function store(spec: typeof salesSpec, fileName: string, rows: TypedRow[]): Promise<void> {
  const location = datasetLocation(CUSTOMER_BASE_EXERCISE_ID, spec);
  const summary = datasetSummary(fileName, rows.length, { importedAt: new Date().toISOString() });
  const saved = await saveDataset(location.owner, location.id, rows, summary);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary(location, summary);
}

const overview = () => screen.getByRole('region', { name: 'Что в продажах' });
function metricValue(label: string): string {
  return plain(within(overview()).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);
}

/** The demo business's customers in the default window, as the model counts them. */
function demoCustomers(business: DemoBusiness): number {
  const demo = demoSales(business);
  return buildCustomerBase(salesLinesFromPlain(demo.sales), customerListFromPlain(demo.customers), { analysisDay: null, windowMonths: 12 })?.count ?? -1;
}

describe('step: sales data', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/customer-base/data';
  });

  it('opens on the demo distributor, says so, and switches to the coffee shop chain', async () => {
    resetWorkbook();
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('region', { name: 'Что в продажах' }, WAIT);
    await waitFor(() => expect(metricValue('Клиентов покупали в окне')).toBe(plain(format.integer(demoCustomers('distributor')))), WAIT);
    expect(screen.getByText('Сейчас показан учебный бизнес')).toBeInTheDocument();
    expect(metricValue('Заказов (документов)')).not.toBe('');
    const reading = screen.getByRole('region', { name: 'Что это значит' });
    expect(plain(reading.textContent)).toContain('Это учебный бизнес');
    expect(plain(reading.textContent)).toContain('Продажи читаются за 12 мес.');
    expect(screen.getByRole('link', { name: 'Дальше — кто делает выручку: Парето и ABC/XYZ' })).toHaveAttribute('href', '#/ex/customer-base/abc-xyz');
    expect(screen.getByText('import: sales')).toBeInTheDocument();
    expect(screen.getByText('import: customers')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Сеть кофеен \(B2C\)/ }));
    expect(storedState().demoBusiness).toBe('shop');
    await waitFor(() => expect(metricValue('Клиентов покупали в окне')).toBe(plain(format.integer(demoCustomers('shop')))), WAIT);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('with no sales and no demo, offers both demo businesses and shows no figures', async () => {
    resetWorkbook(blankCustomerBaseState());
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Продаж пока нет', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Что в продажах' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Что это значит' })).toBeNull();
    expect(screen.getByText(/3 000 карт постоянных гостей/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Открыть: Сеть кофеен (B2C)' }));
    expect(storedState().useDemoData).toBe(true);
    expect(storedState().demoBusiness).toBe('shop');
    await screen.findByRole('region', { name: 'Что в продажах' }, WAIT);
  });

  it('reads the participant’s stored sales and customer list: the hand-computed figures, the lines left out, the join', async () => {
    resetWorkbook({ ...blankCustomerBaseState(), period: { analysisDate: '2026-03-31', windowMonths: 2 } });
    await store(
      salesSpec,
      'продажи.csv',
      EXAMPLE_SALES.map((sale) => ({ customer: sale.customer, date: sale.date, amount: sale.amount, cost: sale.cost ?? null, document: sale.document ?? null })),
    );
    await store(customersSpec, 'клиенты.csv', EXAMPLE_LIST.map((row) => ({ customer: row.customer, name: row.name ?? null, potential: row.potential ?? null, costToServe: row.costToServe ?? null })));
    render(<App />);
    await screen.findByRole('region', { name: 'Что в продажах' }, WAIT);
    // As in test/unit/customer-base/base.test.ts: A, B, D bought; C lapsed; revenue 120 + 200 + 10; returns 30; margin 58 + 50.
    expect(metricValue('Клиентов покупали в окне')).toBe('3');
    expect(metricValue('Покупали только раньше окна')).toBe('1');
    expect(metricValue('Выручка')).toContain(plain(format.money(330)));
    expect(metricValue('Возвраты')).toContain(plain(format.money(30)));
    expect(metricValue('Валовая маржа')).toContain(plain(format.money(108)));
    expect(metricValue('Заказов (документов)')).toContain('4');
    expect(screen.getByText('Продажи уже есть в «Моих данных»: файл «продажи.csv» от ' + format.date(new Date().toISOString()) + '. Он общий для всех упражнений, загружать его ещё раз не нужно — здесь считаем по нему.')).toBeInTheDocument();
    expect(screen.queryByText('Сейчас показан учебный бизнес')).toBeNull();
    const lines = plain(overview().textContent);
    expect(lines).toContain('5 из 10 строк вошли в расчёт.');
    expect(lines).toContain('1 строка без клиента — не вошла');
    expect(lines).toContain('1 строка без даты — не вошла');
    expect(lines).toContain('1 строка позже даты анализа — не вошла');
    expect(lines).toContain('2 строки раньше окна');
    // The list: A (twice), B, X; A and B matched, X never bought.
    expect(metricValue('Клиентов в справочнике')).toBe('3');
    expect(metricValue('Из них покупали в окне')).toBe('2');
    expect(metricValue('Нет ни одной продажи')).toContain('1');
    expect(metricValue('Коды, указанные дважды')).toContain('1');
    // Two months in the window: XYZ gets a warning.
    expect(screen.getByText(/В окне всего 2 мес. продаж/)).toBeInTheDocument();
  });

  it('says when the date is after the data and the window longer than it, and keeps a bad window typed', async () => {
    resetWorkbook({ ...blankCustomerBaseState(), period: { analysisDate: '2026-05-31', windowMonths: 12 } });
    await store(salesSpec, 'продажи.csv', EXAMPLE_SALES.map((sale) => ({ customer: sale.customer, date: sale.date, amount: sale.amount })));
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('region', { name: 'Что в продажах' }, WAIT);
    // The last line is B's on 2 Apr 2026; from 1 Dec 2025 to 31 May 2026 the data spans 6 months.
    expect(screen.getByText(/Дата анализа \(31\.05\.2026\) позже последней продажи в данных \(02\.04\.2026\)/)).toBeInTheDocument();
    expect(screen.getByText(/В данных до даты анализа 6 месяцев \(с 01\.12\.2025\), а окно — 12 мес\./)).toBeInTheDocument();
    const window = screen.getByRole('textbox', { name: 'Окно, месяцев' });
    await user.clear(window);
    await user.type(window, '200');
    // 120 months at most: the text stays with its message, the state keeps the last valid value (20, typed on the way).
    expect(window).toHaveValue('200');
    expect(window).toHaveAttribute('aria-invalid', 'true');
    expect(storedState().period.windowMonths).toBe(20);
    await user.clear(window);
    await user.type(window, '1');
    await waitFor(() => expect(storedState().period.windowMonths).toBe(1));
    expect(await screen.findByText(/В окне один месяц продаж/, {}, WAIT)).toBeInTheDocument();
  });
});

describe('export: the data sheet', () => {
  const context = () => ({ locale: 'ru' as const, format, datasets: exportDatasets(CUSTOMER_BASE_EXERCISE_ID) });
  const row = (rows: unknown[][], label: string) => rows.find((cells) => cells[0] === label)?.slice(1);

  it('names the demo business and carries its overview', async () => {
    resetWorkbook();
    const state = { ...blankCustomerBaseState(), useDemoData: true, demoBusiness: 'shop' as const };
    const [sheet] = dataSheets(state, await loadDataExportData(state, context()), context());
    expect(sheet?.name).toBe('Данные');
    expect(row(sheet?.rows ?? [], 'Источник продаж')).toEqual(['Учебная сеть кофеен (B2C)']);
    expect(row(sheet?.rows ?? [], 'Клиентов покупали в окне')).toEqual([demoCustomers('shop')]);
    expect(row(sheet?.rows ?? [], 'Дата анализа')).toEqual(['последняя продажа в данных']);
  });

  it('reads the participant’s stored sales: the hand-computed counts and the lines left out', async () => {
    const state = { ...blankCustomerBaseState(), period: { analysisDate: '2026-03-31', windowMonths: 2 } };
    resetWorkbook(state);
    await store(salesSpec, 'продажи.csv', EXAMPLE_SALES.map((sale) => ({ customer: sale.customer, date: sale.date, amount: sale.amount, cost: sale.cost ?? null })));
    const [sheet] = dataSheets(state, await loadDataExportData(state, context()), context());
    const rows = sheet?.rows ?? [];
    expect(row(rows, 'Источник продаж')).toEqual(['продажи.csv']);
    expect(row(rows, 'Справочник клиентов')).toEqual(['Справочник не загружен: матрицы по потенциалу и размеру и предупреждения о плане, долге и затратах на обслуживание его ждут.']);
    expect(row(rows, 'Клиентов покупали в окне')).toEqual([3]);
    expect(row(rows, 'Покупали только раньше окна')).toEqual([1]);
    expect(row(rows, 'Строк в расчёте')).toEqual([5]);
    expect(row(rows, 'Строк без клиента')).toEqual([1]);
    expect(row(rows, 'Строк раньше окна')).toEqual([2]);
    // No document column: orders are purchase days (A on 10 Feb, B on 20 Mar, D on 20 Feb).
    expect(row(rows, 'Покупок (дней с покупкой)')).toEqual([3]);
  });
});
