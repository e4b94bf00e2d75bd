import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { blankPromoState } from '../../../exercises/promo-product/demo';
import { handRows, plain, resetWorkbook, storedPromoState, storeReceipts } from './indicatorsHelpers';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

describe('step: price indicators', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/promo-product/price-indicators';
  });

  it('on the demo store shows milk marked, suggests more with their reasons, and marks and unmarks', async () => {
    const user = userEvent.setup();
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 8000 });
    expect(plain(reading.textContent)).toContain('Индикаторами цены отмечены: Молоко (классика).');
    expect(plain(reading.textContent)).toContain('не ставьте их в промо');
    const marked = screen.getByRole('table', { name: 'Отмеченные индикаторы' });
    expect(within(marked).getAllByRole('rowheader').map((cell) => plain(cell.textContent))).toEqual(['Молоко (классика)']);

    const suggestions = screen.getByRole('region', { name: 'Подсказки по чекам' });
    const bread = within(suggestions).getByText('Хлеб (эконом)').closest('li') as HTMLElement;
    expect(plain(bread.textContent)).toMatch(/есть в \d+,\d % чеков, покупатель берёт его 0,5 раза в месяц, цена ниже, чем у 99 % товаров/);
    await user.click(within(bread).getByRole('button', { name: 'Отметить «Хлеб (эконом)»' }));
    expect(storedPromoState().priceIndicators).toEqual(['milk.classic', 'bread.value']);
    expect(within(bread).getByRole('button', { name: 'Отмечен «Хлеб (эконом)»' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(screen.getByRole('table', { name: 'Отмеченные индикаторы' })).getByRole('button', { name: 'Отмечен «Молоко (классика)»' }));
    expect(storedPromoState().priceIndicators).toEqual(['bread.value']);
  });

  it('marks a product found in the searchable list', async () => {
    const user = userEvent.setup();
    render(<App />);
    const search = await screen.findByRole('textbox', { name: 'Найти товар' }, { timeout: 8000 });
    await user.type(search, 'сыр');
    const list = screen.getByRole('list', { name: 'Товары по убыванию доли чеков' });
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes.length).toBe(3);
    await user.click(within(list).getByRole('checkbox', { name: /^Сыр \(классика\)/ }));
    expect(storedPromoState().priceIndicators).toEqual(['milk.classic', 'cheese.classic']);
    await user.type(search, 'qqq');
    expect(screen.getByText('Ничего не найдено: сократите слово поиска.')).toBeInTheDocument();
  });

  it('says when a marked product is no longer in the receipts', async () => {
    resetWorkbook({ ...blankPromoState(), priceIndicators: ['milk', 'kefir'] });
    await storeReceipts(handRows());
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 8000 });
    expect(plain(reading.textContent)).toContain('В чеках на выбранном уровне нет: kefir.');
    const marked = screen.getByRole('table', { name: 'Отмеченные индикаторы' });
    // Milk: 3 of 4 receipts, 2 purchases by its one buyer over 31 days ≈ 2,0 a month, cheaper than 1 of the 2 others.
    const milk = within(marked).getByRole('rowheader', { name: 'milk' }).closest('tr') as HTMLElement;
    expect(within(milk).getAllByRole('cell').slice(0, 3).map((cell) => plain(cell.textContent))).toEqual(['75 %', '2,0', '50 %']);
    expect(plain(within(marked).getByRole('rowheader', { name: /kefir/ }).textContent)).toBe('kefir (нет в чеках на этом уровне)');
  });
});
