import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { salesSpec } from '../../../src/data/salesSpec';
import { App } from '../../../src/app/App';
import { calendarDayIso, createFormatters } from '../../../src/i18n/format';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { LOYALTY_STATE_VERSION, loyaltyStateSchema, type LoyaltyState } from '../../../exercises/loyalty-measurement/state';
import { blankLoyaltyState, demoLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { demoSalesRows } from '../../../exercises/loyalty-measurement/demo/retailer';
import { analyseBehaviour, behaviourSalesFromRows, cohortSummary, type BehaviourFigures } from '../../../exercises/loyalty-measurement/model/behaviour';
import { datasetSummary, workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const format = createFormatters('ru', 'RUB');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const percent = (share: number) => plain(format.percent(share));

function resetWorkbook(state?: LoyaltyState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState('loyalty-measurement', LOYALTY_STATE_VERSION, state, 'blank');
}

function storedState(): LoyaltyState {
  return loyaltyStateSchema.parse(useWorkbookStore.getState().exercises['loyalty-measurement']?.state);
}

// As an accepted import leaves the shared sales file: columns in IndexedDB (fake-indexeddb), a summary in "My data".
async function storeSales(rows: TypedRow[]): Promise<void> {
  const location = datasetLocation('loyalty-measurement', salesSpec);
  const summary = datasetSummary('продажи.csv', rows.length, { importedAt: new Date().toISOString() });
  const saved = await saveDataset(location.owner, location.id, rows, summary);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary(location, summary);
}

/** The figure under a metric's label, as a reader sees it. */
function metricValue(label: string): string {
  return plain(screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);
}

const sale = (customer: string, date: string): TypedRow => ({ customer, date, amount: 100 });

// January to March 2025: A Jan + Feb, B Jan + Mar, C Feb + Mar, D Jan (the model's hand-checked example).
const HAND_CHECKED = [
  sale('A', '2025-01-03'),
  sale('A', '2025-02-14'),
  sale('B', '2025-01-20'),
  sale('B', '2025-03-02'),
  sale('C', '2025-02-01'),
  sale('C', '2025-03-31'),
  sale('D', '2025-01-09'),
];

function demoFigures(): BehaviourFigures {
  const result = analyseBehaviour(
    behaviourSalesFromRows(demoSalesRows()),
    { period: 'month', windowFrom: null, windowTo: null, lapseFactor: 3, oneTimeLapseDays: 180, countRowsAsPurchases: false },
    calendarDayIso(new Date()),
  );
  if (result.kind !== 'ready') throw new Error(result.kind);
  return result.figures;
}

describe('step: behaviour from sales', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/loyalty-measurement/behaviour';
  });

  it('opens on the demo retailer, says so, and shows its figures, the cohort table and the ladder', async () => {
    const figures = demoFigures();
    render(<App />);
    const demo = (await screen.findByText('Демонстрационные данные', {}, { timeout: 5000 })).closest('.callout') as HTMLElement;
    expect(plain(demo.textContent)).toContain(`клиентов — ${figures.customers}`);
    await screen.findByText('Доля повторных покупателей', { selector: 'dt' }, { timeout: 5000 });
    expect(metricValue('Доля повторных покупателей')).toBe(percent(figures.repeatRate));
    expect(metricValue('Удержание, месяц к месяцу')).toBe(percent(figures.retention.mean ?? Number.NaN));
    expect(metricValue('Клиентов в окне')).toBe(plain(format.integer(figures.customers)));
    expect(metricValue('«Уснувшие» клиенты')).toBe(plain(format.integer(figures.lapsed.total)));
    // Same-day rows are merged, and the screen says so.
    expect(screen.getByText(/Строки одного клиента за один день считаются одной покупкой: [\d\s]+ строк/)).toBeInTheDocument();

    // The reading opens with the repeat rate and says the data are the demo's.
    const reading = screen.getByRole('region', { name: 'Что это значит' });
    expect(plain(reading.textContent)).toContain(`Больше одного раза купили ${percent(figures.repeatRate)} клиентов окна`);
    expect(plain(reading.textContent)).toContain('Это демо-данные');

    // The cohort table: a row per first-purchase month, month 0 at 100 %, the pooled row last.
    const table = screen.getByRole('table', { name: 'Доля когорты, купившая в месяце после первой покупки' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + figures.cohorts.rows.length + 1);
    const firstCohort = within(rows[1] as HTMLElement).getAllByRole('cell').map((cell) => plain(cell.textContent));
    expect(firstCohort.slice(0, 3)).toEqual([String(figures.cohorts.rows[0]?.size), '100 %', plain(format.percent(figures.cohorts.rows[0]?.shares[1] ?? 0, 0))]);
    const pooled = within(rows[rows.length - 1] as HTMLElement).getAllByRole('cell').map((cell) => plain(cell.textContent));
    expect(pooled[2]).toBe(plain(format.percent(cohortSummary(figures.cohorts).shares[1] ?? 0, 0)));

    const ladder = screen.getByRole('figure', { name: 'Лестница приверженности по продажам' });
    expect(within(ladder).getAllByRole('row').map((row) => plain(row.textContent))).toEqual([
      'СтупеньКлиентов',
      `Первая покупка${figures.ladder.firstPurchase}`,
      `Повторный покупатель${figures.ladder.repeat}`,
      `Постоянный клиент${figures.ladder.regular}`,
    ]);
    expect(screen.getByText(/Адвокатов — постоянных клиентов, которые рекомендуют вас, — по продажам не видно/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('in presenter mode puts the figures before where they come from', async () => {
    useWorkbookStore.setState((store) => ({ settings: { ...store.settings, presenter: true } }));
    render(<App />);
    const repeat = await screen.findByText('Доля повторных покупателей', { selector: 'dt' }, { timeout: 5000 });
    const data = screen.getByRole('heading', { name: 'Данные' });
    expect(repeat.compareDocumentPosition(data) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps the demo retailer whole when the seminar runs before its last day', async () => {
    // The demo's sales run to 30 September 2026: on 2 March 2026 they are a story, not sales from the future.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 2, 12));
    try {
      render(<App />);
      expect(await screen.findByText('Окно анализа: с 01.10.2024 по 30.09.2026.', {}, { timeout: 5000 })).toBeInTheDocument();
      expect(screen.queryByText(/датированы позже сегодняшнего дня/)).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('invites an import when there is neither a file nor the demo, and offers the demo', async () => {
    resetWorkbook(blankLoyaltyState());
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Загрузите продажи', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('import: sales')).toBeInTheDocument();
    expect(screen.queryByText('Доля повторных покупателей', { selector: 'dt' })).not.toBeInTheDocument();
    // No data yet: the window's hints say what an empty box means, without a dash standing for a date.
    expect(screen.getByText('Пусто — с начала месяца первой продажи в данных.')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('в данных: —');
    await user.click(screen.getByRole('button', { name: 'Посмотреть на демо-данных' }));
    expect(storedState().useDemoData).toBe(true);
    expect(await screen.findByText('Демонстрационные данные', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('computes on the imported sales; the window and k change the figures', async () => {
    resetWorkbook(demoLoyaltyState());
    await storeSales(HAND_CHECKED);
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Ваши продажи: 7 строк.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText('Демонстрационные данные')).not.toBeInTheDocument();
    // 3 of 4 customers bought twice; retention Feb 1/3, Mar 1/2 → mean 5/12 = 41.7 %.
    expect(metricValue('Доля повторных покупателей')).toBe('75 %');
    expect(metricValue('Удержание, месяц к месяцу')).toBe('41,7 %');
    expect(metricValue('«Уснувшие» клиенты')).toBe('0');
    // Four customers: the reading warns that shares move a lot.
    expect(screen.getByText(/в окне всего 4 клиента/)).toBeInTheDocument();

    // k = 1: A's 45 silent days since 14 February exceed its own 42-day interval.
    const k = screen.getByLabelText('Порог «уснувшего» клиента, k');
    await user.clear(k);
    await user.type(k, '1');
    await vi.waitFor(() => expect(storedState().behaviour.lapseFactor).toBe(1));
    await vi.waitFor(() => expect(metricValue('«Уснувшие» клиенты')).toBe('1'));

    // To the end of February: A is the only repeat buyer (1 of 4); retention Feb = 1/3.
    fireEvent.change(screen.getByLabelText('Конец окна анализа'), { target: { value: '2025-02-28' } });
    expect(storedState().behaviour.windowTo).toBe('2025-02-28');
    await vi.waitFor(() => expect(metricValue('Доля повторных покупателей')).toBe('25 %'));
    expect(metricValue('Удержание, месяц к месяцу')).toBe('33,3 %');

    // A window without purchases says so, with the data's dates.
    fireEvent.change(screen.getByLabelText('Начало окна анализа'), { target: { value: '2025-06-01' } });
    fireEvent.change(screen.getByLabelText('Конец окна анализа'), { target: { value: '2025-07-01' } });
    expect(await screen.findByText('В окне анализа нет покупок', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Продажи в файле — с 03\.01\.2025 по 31\.03\.2025/)).toBeInTheDocument();
  });

  it('explains why retention is undefined when every customer bought once', async () => {
    resetWorkbook(demoLoyaltyState());
    await storeSales([sale('R-1', '2025-01-03'), sale('R-2', '2025-01-04'), sale('R-3', '2025-02-01')]);
    render(<App />);
    expect(await screen.findByText('Удержание посчитать нельзя: никто не купил дважды', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Каждый из клиентов в файле \(3\) купил ровно один раз/)).toBeInTheDocument();
    expect(screen.getByText(/не номер чека или заказа/)).toBeInTheDocument();
    expect(screen.queryByText('Доля повторных покупателей', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('leaves out rows dated in the future and says how many', async () => {
    resetWorkbook(demoLoyaltyState());
    await storeSales([...HAND_CHECKED, sale('A', '2099-01-01'), sale('B', '2099-02-01')]);
    render(<App />);
    expect(await screen.findByText(/2 строки датированы позже сегодняшнего дня и не учтены/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(metricValue('Доля повторных покупателей')).toBe('75 %');
  });
});
