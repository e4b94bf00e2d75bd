import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { blankCustomerBaseState } from '../../../exercises/customer-base/demo';
import { CUSTOMER_BASE_EXERCISE_ID } from '../../../exercises/customer-base/inputs';
import { CUSTOMER_BASE_STATE_VERSION, customerBaseStateSchema, type CustomerBaseState } from '../../../exercises/customer-base/state';
import { workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function resetWorkbook(state?: CustomerBaseState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState(CUSTOMER_BASE_EXERCISE_ID, CUSTOMER_BASE_STATE_VERSION, state, 'blank');
}

function storedState(): CustomerBaseState {
  return customerBaseStateSchema.parse(useWorkbookStore.getState().exercises[CUSTOMER_BASE_EXERCISE_ID]?.state);
}

/** The segment names in the summary's rows, top to bottom. */
function summaryNames(): string[] {
  const table = screen.getByRole('table', { name: 'Сегменты' });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => plain(cell.textContent));
}

function summaryCustomers(name: string): string {
  const row = within(screen.getByRole('table', { name: 'Сегменты' })).getByRole('rowheader', { name }).closest('tr');
  return plain(row?.querySelectorAll('td')[0]?.textContent);
}

/** Each change redraws the whole step (its chart too) and reruns the analysis in the page: on a busy machine that is slow. */
const SLOW = 60_000;

const demoState = () => ({ ...blankCustomerBaseState(), useDemoData: true });

describe('step: RFM segments', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/customer-base/rfm';
  });

  it('opens on the demo distributor with a reading, the heat map, the segments in the rules’ order and a page of customers', async () => {
    resetWorkbook(demoState());
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 8000 });
    expect(plain(reading.textContent)).toMatch(/За период покупали \d+ клиент/);
    expect(plain(reading.textContent)).toContain('«Под угрозой»');
    const heat = screen.getByRole('table', { name: /Клиенты по оценкам давности R/ });
    expect(within(heat).getAllByRole('rowheader')).toHaveLength(5);
    expect(within(heat).getAllByRole('cell')).toHaveLength(25);
    expect(summaryNames()).toEqual(['Чемпионы', 'Лояльные', 'Новые', 'Многообещающие', 'Будущие лояльные', 'Требуют внимания', 'Засыпающие', 'Нельзя потерять', 'Под угрозой', 'Потерянные', 'Спящие', 'Прочие', 'Всего']);
    expect(screen.getByRole('figure', { name: /Доля клиентов и доля выручки/ })).toBeInTheDocument();
    // The first segment's customers, most money first, at most 50.
    const list = screen.getByRole('table', { name: /Клиенты сегмента «Чемпионы»/ });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(50);
    expect(screen.getByRole('heading', { name: 'Что делать с каждым сегментом' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('renames and reorders the rules with the keyboard, keeping them in the state', async () => {
    const user = userEvent.setup();
    resetWorkbook(demoState());
    render(<App />);
    await screen.findByRole('table', { name: 'Сегменты' }, { timeout: 8000 });

    const name = screen.getAllByRole('textbox', { name: /Название/ })[0];
    if (!name) throw new Error('no name field');
    fireEvent.change(name, { target: { value: 'Лучшие' } });
    await waitFor(() => expect(summaryNames()[0]).toBe('Лучшие'));
    expect(storedState().rfm.segments[0]?.name).toBe('Лучшие');
    // Emptied and left, the name goes back to the default one.
    await user.clear(name);
    await user.tab();
    expect(storedState().rfm.segments[0]?.name).toBeNull();
    await waitFor(() => expect(summaryNames()[0]).toBe('Чемпионы'));

    // "Can't lose them" moved up with the keyboard: the focus follows it, so Enter moves it again.
    const up = screen.getByRole('button', { name: 'Поднять правило «Нельзя потерять»' });
    up.focus();
    await user.keyboard('{Enter}');
    expect(storedState().rfm.segments.map((rule) => rule.id).slice(5, 8)).toEqual(['needAttention', 'cantLose', 'aboutToSleep']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Поднять правило «Нельзя потерять»' }));
    await user.keyboard('{Enter}');
    expect(storedState().rfm.segments[5]?.id).toBe('cantLose');
    await waitFor(() => expect(summaryNames()[5]).toBe('Нельзя потерять'));

  }, SLOW);

  it('widens a range so that a rule below it can name nobody, deletes, adds and resets the rules', async () => {
    const user = userEvent.setup();
    resetWorkbook(demoState());
    render(<App />);
    await screen.findByRole('table', { name: 'Сегменты' }, { timeout: 8000 });

    // "Loyal" widened to every recency takes all of "can't lose them" (R 1, F and M 4–5), which then says so.
    const loyal = screen.getByRole('group', { name: 'R — правило «Лояльные»' });
    await user.selectOptions(within(loyal).getByRole('combobox', { name: 'R от' }), '1');
    expect(storedState().rfm.segments[1]).toMatchObject({ id: 'loyal', r: [1, 5], f: [3, 5], m: [3, 5] });
    const warnings = screen.getAllByText(/Сюда не попадёт ни один клиент/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.closest('li')?.getAttribute('data-rule-id')).toBe('cantLose');
    await waitFor(() => expect(summaryCustomers('Нельзя потерять')).toBe('0'));

    await user.click(screen.getByRole('button', { name: 'Удалить правило «Лояльные»' }));
    expect(storedState().rfm.segments.map((rule) => rule.id)).not.toContain('loyal');
    await user.click(screen.getByRole('button', { name: 'Добавить правило' }));
    expect(storedState().rfm.segments.at(-1)).toMatchObject({ name: null, r: [1, 5], f: [1, 5], m: [1, 5] });
    await waitFor(() => expect(summaryNames()).toContain('Сегмент 11'));

    await user.click(screen.getByRole('button', { name: 'Вернуть правила по умолчанию' }));
    expect(storedState().rfm.segments).toEqual(blankCustomerBaseState().rfm.segments);
    await waitFor(() => expect(summaryNames()[1]).toBe('Лояльные'));
  }, SLOW);

  it('switches the binning and pages through a segment’s customers', async () => {
    const user = userEvent.setup();
    resetWorkbook(demoState());
    render(<App />);
    await screen.findByRole('table', { name: 'Сегменты' }, { timeout: 8000 });
    await user.click(screen.getByRole('radio', { name: /Как в R-пакете rfm/ }));
    expect(storedState().rfm.binning).toBe('rfmPackage');
    expect(await screen.findByText(/Границы \(квантиль \+ 1\)/)).toBeInTheDocument();

    // The "others" of the summary open their list below.
    await user.click(screen.getByRole('button', { name: 'Клиенты сегмента «Прочие»' }));
    expect(await screen.findByRole('table', { name: /Клиенты сегмента «Прочие»/ })).toBeInTheDocument();

    // The largest segment has more than 50 customers: two pages.
    const sizes = summaryNames()
      .slice(0, -1)
      .map((segment) => ({ segment, customers: Number(summaryCustomers(segment).replace(/\s/g, '')) }));
    const largest = sizes.reduce((a, b) => (b.customers > a.customers ? b : a));
    expect(largest.customers).toBeGreaterThan(50);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Сегмент' }), screen.getByRole('option', { name: new RegExp(`^${largest.segment} \\(`) }));
    expect(await screen.findByText(`1–50 из ${largest.customers}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Дальше' }));
    expect(await screen.findByText(`51–${Math.min(100, largest.customers)} из ${largest.customers}`)).toBeInTheDocument();
  }, SLOW);

  it('without sales or the demo, says where to get them, and opens the demo on request', async () => {
    const user = userEvent.setup();
    resetWorkbook(blankCustomerBaseState());
    render(<App />);
    expect(await screen.findByText('Продаж пока нет')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Сегменты' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Открыть учебные данные' }));
    expect(await screen.findByRole('table', { name: 'Сегменты' }, { timeout: 8000 })).toBeInTheDocument();
  });
});
