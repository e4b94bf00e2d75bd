import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { blankPromoState } from '../../../exercises/promo-product/demo';
import { handRows, plain, resetWorkbook, storedPromoState, storeReceipts } from './indicatorsHelpers';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

/** The names in the table's rows, top to bottom. */
function tableNames(): string[] {
  const table = screen.getByRole('table', { name: 'Показатели по каждой позиции' });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => plain(cell.textContent));
}

describe('step: product figures', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/promo-product/indicators';
  });

  it('opens on the demo store with a reading, the top products, the Pareto mark and a paged table', async () => {
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 8000 });
    expect(plain(reading.textContent)).toContain('В чеках 5 000 покупок и 150 разных позиций');
    expect(plain(reading.textContent)).toContain('Чаще всего берут «Молоко (классика)»');
    expect(screen.getByText(/Показано на чеках учебного продуктового магазина/)).toBeInTheDocument();
    expect(screen.getByText('Чаще всего в чеках').nextElementSibling?.textContent).toBe('Молоко (классика)');
    const pareto = screen.getByRole('figure', { name: /Кривая Парето/ });
    expect(plain(pareto.textContent)).toMatch(/\d+,\d % позиций \(\d+\) дают \d+,\d % выручки/);
    expect(tableNames()).toHaveLength(50);
    expect(tableNames()[0]).toBe('Молоко (классика)');
    expect(plain(screen.getByText(/^Строки 1–50 из 150$/).textContent)).toBe('Строки 1–50 из 150');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('sorts by a column both ways, filters by name and by penetration, and pages', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('table', { name: 'Показатели по каждой позиции' }, { timeout: 8000 });
    await user.click(screen.getByRole('button', { name: 'Доля выручки' }));
    expect(tableNames()[0]).toBe('Кофе (классика)');
    expect(screen.getByRole('columnheader', { name: /Доля выручки/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: /Доля выручки/ }));
    expect(screen.getByRole('columnheader', { name: /Доля выручки/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(tableNames()[0]).not.toBe('Кофе (классика)');

    await user.click(screen.getByRole('button', { name: 'Следующие' }));
    expect(screen.getByText('Строки 51–100 из 150')).toBeInTheDocument();
    // Paper gets the page on screen and says where the rest is (print.css shows .print-only only in print).
    expect(screen.getByText('Напечатаны строки 51–100 из 150 в порядке таблицы на экране; вся таблица — в выгрузке в Excel.')).toHaveClass('print-only');

    await user.type(screen.getByRole('textbox', { name: 'Найти по названию' }), 'молоко');
    expect(tableNames().sort()).toEqual(['Молоко (классика)', 'Молоко (премиум)', 'Молоко (эконом)']);
    expect(screen.getByText('Подходят 3 из 150.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Показывать позиции, которые есть' }), screen.getByRole('option', { name: /не меньше чем в 10\s%/ }));
    expect(tableNames().sort()).toEqual(['Молоко (классика)', 'Молоко (эконом)']);
    await user.type(screen.getByRole('textbox', { name: 'Найти по названию' }), 'xyz');
    expect(screen.getByText('Ни одна позиция не подходит: сократите слово поиска или снизьте порог.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Показатели по каждой позиции' })).not.toBeInTheDocument();
  });

  it('leaves out the columns the file has no data for and says why', async () => {
    resetWorkbook(blankPromoState());
    // The hand example without customers and costs: penetration, money and attachment remain.
    await storeReceipts(handRows().map(({ customer: _customer, cost: _cost, ...line }) => line));
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Показатели по каждой позиции' }, { timeout: 8000 });
    const heads = within(table).getAllByRole('columnheader').map((cell) => plain(cell.textContent).replace(/[▲▼]/g, ''));
    expect(heads).toEqual(['Товар', 'Доля чеков', 'Доля выручки', 'Средний чек с ним', 'Средний чек без него', 'Других позиций в чеке']);
    expect(screen.getByText('Столбцов «Покупателей» и «Покупок на покупателя» нет: в файле нет клиента (номера карты).')).toBeInTheDocument();
    expect(screen.getByText('Доли маржи нет: в файле нет себестоимости или маржи.')).toBeInTheDocument();
    // Milk: in 3 of 4 receipts; receipts with it (80 + 50 + 200) / 3 = 110 ₽, without it 150 ₽.
    const milk = within(table).getByRole('rowheader', { name: 'milk' }).closest('tr') as HTMLElement;
    expect(within(milk).getAllByRole('cell').map((cell) => plain(cell.textContent))).toEqual(['75 %', '31,3 %', '110 ₽', '150 ₽', '1,0']);
    // Four receipts: the reading warns that the shares are unsure.
    expect(plain(screen.getByRole('region', { name: 'Что это значит' }).textContent)).toContain('Чеков немного (4)');
  });

  it('invites an import when there is neither a file nor the demo, and opens the demo on request', async () => {
    resetWorkbook(blankPromoState());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Открыть учебный магазин' }));
    expect(storedPromoState().useDemoData).toBe(true);
    expect(await screen.findByRole('table', { name: 'Показатели по каждой позиции' }, { timeout: 8000 })).toBeInTheDocument();
  });
});
