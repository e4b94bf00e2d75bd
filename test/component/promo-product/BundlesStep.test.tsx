import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { PROMO_PRODUCT_STATE_VERSION, promoProductStateSchema, type PromoProductState } from '../../../exercises/promo-product/state';
import { blankPromoState, demoPromoState } from '../../../exercises/promo-product/demo';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { receiptsSpec } from '../../../exercises/promo-product/inputs';
import { datasetSummary, workbookSettings } from '../../builders';

const EXERCISE = 'promo-product';

function resetWorkbook(state?: PromoProductState, locale: 'ru' | 'en' | 'zh' = 'ru'): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale(locale);
  if (state) useWorkbookStore.getState().writeExerciseState(EXERCISE, PROMO_PRODUCT_STATE_VERSION, state, 'blank');
}

const storedState = (): PromoProductState => promoProductStateSchema.parse(useWorkbookStore.getState().exercises[EXERCISE]?.state);
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const reading = async () => plain((await screen.findByRole('region', { name: /Что это значит/ }, { timeout: 10_000 })).textContent);

describe('step: bundles and switching', () => {
  beforeEach(() => {
    window.location.hash = `#/ex/${EXERCISE}/bundles`;
  });

  it('without receipts, says so and offers the demo store', async () => {
    resetWorkbook(blankPromoState());
    render(<App />);
    expect(await screen.findByText('Чеков пока нет')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Открыть учебный магазин' }));
    expect(await reading()).toContain('Самый сильный набор — Макароны (классика) + Томатный соус (классика)');
  });

  it('opens on the demo store with the strongest bundle read out, and keeps a proposal with its discount and take-up', async () => {
    resetWorkbook(demoPromoState());
    render(<App />);
    // The demo's planted pasta mission: pasta (classic) in 225 receipts, with the classic sauce in 100 of them (44.4 %).
    const text = await reading();
    expect(text).toContain('вместе в 100 чеках (2 %)');
    expect(text).toContain('В 44,4 % чеков с товаром «Макароны (классика)» он уже есть целиком');
    // The top switching suggestion: classic eggs (17,25 ₽ a unit of margin) and premium cream (52,2 ₽), both "dairy",
    // together in 1 receipt where chance gives 3,4; 34,95 ₽ a unit × 482 units × 10 % = 1 685 ₽.
    expect(text).toContain('Самый большой выигрыш от переключения: «Яйца (классика)» → «Сливки (премиум)», 34,95 ₽ на единицу; каждые 10 % переключившихся дают +1 685 ₽.');

    const table = screen.getByRole('table', { name: /Наборы с лифтом от 2 в 0,3\s%/ });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    await userEvent.click(within(table).getByRole('button', { name: 'Добавить набор Макароны (классика) + Томатный соус (классика)' }));
    // Lead first; the take-up starts at today's 44.4 % rounded up, plus 5 points.
    expect(storedState().bundles).toEqual([{ items: ['pasta.classic', 'tomatoSauce.classic'], price: null, discount: 5, takeUp: 50 }]);
    expect(within(table).getByRole('button', { name: 'Добавлен' })).toBeDisabled();

    const card = screen.getByRole('listitem', { name: 'Макароны (классика) + Томатный соус (классика)' });
    expect(plain(card.textContent)).toContain('Окупается с отклика 72,7 %.');
    // Below the break-even take-up the effect is a loss; above it, a gain.
    const effect = () => plain(within(card).getByText('Эффект на маржу').closest('.metric')?.textContent);
    expect(effect()).toMatch(/Эффект на маржу−/);
    const takeUp = within(card).getByLabelText('Отклик, % чеков с ведущим');
    fireEvent.change(takeUp, { target: { value: '90' } });
    expect(storedState().bundles[0]?.takeUp).toBe(90);
    expect(effect()).toMatch(/Эффект на маржу\+/);
    // A typed price overrides the discount; emptying the discount brings back the default.
    fireEvent.change(within(card).getByLabelText('Цена набора'), { target: { value: '180' } });
    expect(storedState().bundles[0]?.price).toBe(180);
    fireEvent.change(within(card).getByLabelText('Скидка, %'), { target: { value: '' } });
    expect(storedState().bundles[0]).toEqual({ items: ['pasta.classic', 'tomatoSauce.classic'], price: 180, takeUp: 90 });

    await userEvent.click(within(card).getByRole('button', { name: 'Убрать набор Макароны (классика) + Томатный соус (классика)' }));
    expect(storedState().bundles).toEqual([]);
  });

  it('adds a suggested substitute pair and shows its gain', async () => {
    resetWorkbook(demoPromoState());
    render(<App />);
    await reading();
    const suggestions = screen.getByRole('table', { name: /Пары-заменители/ });
    await userEvent.click(within(suggestions).getByRole('button', { name: 'Добавить пару Чай (классика) → Чай (премиум)' }));
    expect(storedState().switches).toEqual([{ from: 'tea.classic', to: 'tea.premium', switchRate: 10 }]);
    const pair = screen.getByRole('listitem', { name: 'Чай (классика) → Чай (премиум)' });
    // 45,6 ₽ and 82,65 ₽ a unit: 37,05 ₽ per unit moved; 10 % of 374 units = 37,4 units → 1 385,67 ₽.
    expect(plain(pair.textContent)).toContain('45,6 ₽ → 82,65 ₽');
    expect(plain(pair.textContent)).toContain('+1 386 ₽: 37 ед. × +37,05 ₽');
    expect(await reading()).toContain('Больше всего даст переключение «Чай (классика)» → «Чай (премиум)»: +1 386 ₽ за период ваших чеков.');
  });

  it('adds a bundle and a pair of the participant’s own, by the names they see, and says what is wrong with a typo', async () => {
    resetWorkbook(demoPromoState());
    render(<App />);
    await reading();
    const own = screen.getByRole('region', { name: 'Свой набор' });
    const [first, second, third] = within(own).getAllByRole('combobox');
    await userEvent.type(first as HTMLElement, 'Кофе (премиум)');
    await userEvent.type(second as HTMLElement, 'Сливки (классика');
    await userEvent.click(within(own).getByRole('button', { name: 'Добавить набор' }));
    // A typo: nothing is added, what was typed stays, and the message names it.
    expect(within(own).getByText('«Сливки (классика» нет среди товаров ваших чеков. Выберите товар из подсказки.')).toBeInTheDocument();
    expect(storedState().bundles).toEqual([]);
    expect(second).toHaveValue('Сливки (классика');
    await userEvent.type(second as HTMLElement, ')');
    // Names are matched whatever the case; the third field may stay empty.
    expect(third).toHaveValue('');
    await userEvent.click(within(own).getByRole('button', { name: 'Добавить набор' }));
    expect(storedState().bundles).toEqual([{ items: ['coffee.premium', 'cream.classic'], price: null, discount: 5, takeUp: null }]);
    expect(screen.getByRole('listitem', { name: 'Кофе (премиум) + Сливки (классика)' })).toBeInTheDocument();
    // The same bundle again is refused.
    await userEvent.type(first as HTMLElement, 'кофе (премиум)');
    await userEvent.type(second as HTMLElement, 'Сливки (классика)');
    await userEvent.click(within(own).getByRole('button', { name: 'Добавить набор' }));
    expect(within(own).getByText('Это уже есть в ваших наборах.')).toBeInTheDocument();
    expect(storedState().bundles).toHaveLength(1);

    const pair = screen.getByRole('region', { name: 'Своя пара для переключения' });
    const [from, to] = within(pair).getAllByRole('combobox');
    await userEvent.type(from as HTMLElement, 'Сыр (эконом)');
    await userEvent.type(to as HTMLElement, 'Сыр (эконом)');
    await userEvent.click(within(pair).getByRole('button', { name: 'Добавить пару' }));
    expect(within(pair).getByText('Выберите два разных товара.')).toBeInTheDocument();
    await userEvent.clear(to as HTMLElement);
    await userEvent.type(to as HTMLElement, 'Сыр (премиум)');
    await userEvent.click(within(pair).getByRole('button', { name: 'Добавить пару' }));
    expect(storedState().switches).toEqual([{ from: 'cheese.value', to: 'cheese.premium', switchRate: 10 }]);
    expect(screen.getByRole('listitem', { name: 'Сыр (эконом) → Сыр (премиум)' })).toBeInTheDocument();
  });

  it('suggests lower thresholds when none gives a bundle', async () => {
    resetWorkbook(demoPromoState());
    render(<App />);
    await reading();
    fireEvent.change(screen.getByLabelText('Лифт не ниже'), { target: { value: '500' } });
    expect(await screen.findByText(/Ни пара, ни тройка не набирает лифт 500 в 0,3 % чеков\. Снизьте пороги/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    // The search is the participant's: kept in the exercise's state, so a reload opens on it.
    fireEvent.change(screen.getByLabelText('Вместе не реже, % чеков'), { target: { value: '0,5' } });
    expect(storedState().bundleSearch).toEqual({ minSupport: 0.5, minLift: 500, discount: 5 });
  });

  it('speaks the participant’s language', async () => {
    resetWorkbook(demoPromoState(), 'en');
    const { unmount } = render(<App />);
    expect(plain((await screen.findByRole('region', { name: /What it means/ }, { timeout: 10_000 })).textContent)).toContain('The strongest bundle is Pasta (classic) + Tomato sauce (classic)');
    unmount();
    resetWorkbook(demoPromoState(), 'zh');
    render(<App />);
    expect(plain((await screen.findByRole('region', { name: /结果解读/ }, { timeout: 10_000 })).textContent)).toContain('关联最强的组合是 意大利面（经典） + 番茄酱汁（经典）');
  });

  it('on a file without cost, asks for the margin (kept in the promo settings) and names items as the file does', async () => {
    // Value milk at 60, premium milk at 100, no cost: r8 holds both; 6 × 5 / 10 = 3 receipts by chance, lift 1/3.
    const line = (receipt: string, product: string, price: number, quantity = 1): TypedRow => ({ receipt, date: '2026-07-01', product, category: 'молочное', quantity, price });
    const rows = [
      line('r1', 'Молоко эконом', 60), line('r2', 'Молоко эконом', 60, 2), line('r3', 'Молоко эконом', 60), line('r4', 'Молоко эконом', 60),
      line('r5', 'Молоко премиум', 100), line('r6', 'Молоко премиум', 100), line('r7', 'Молоко премиум', 100),
      line('r8', 'Молоко эконом', 60), line('r8', 'Молоко премиум', 100), line('r9', 'Молоко премиум', 100), line('r10', 'Молоко эконом', 60),
    ];
    resetWorkbook(blankPromoState());
    const location = datasetLocation(EXERCISE, receiptsSpec);
    const summary = datasetSummary('чеки.csv', rows.length, { importedAt: new Date().toISOString() });
    const saved = await saveDataset(location.owner, location.id, rows, summary);
    if (!saved.ok) throw new Error(saved.error.detail);
    useWorkbookStore.getState().recordDatasetSummary(location, summary);
    render(<App />);
    await reading();
    expect(screen.getByText('Без цен и себестоимости (или наценки) выигрыш не посчитать.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Наценка, если нет себестоимости, % цены'), { target: { value: '20' } });
    expect(storedState().promo.assumedMargin).toBe(20);
    // 60 × 20 % = 12 and 100 × 20 % = 20 a unit: 8 per unit moved; 7 units of value milk × 10 % × 8 = 5,6 ₽.
    const suggestions = await screen.findByRole('table', { name: /Пары-заменители/ });
    expect(plain(within(suggestions).getByRole('row', { name: /Молоко эконом/ }).textContent)).toContain('12 ₽→ 20 ₽');
    expect(plain(within(suggestions).getByRole('row', { name: /Молоко эконом/ }).textContent)).toContain('+6 ₽');
    expect(await reading()).toContain('Маржа посчитана по вашей наценке 20 %, а не по себестоимости.');
  });
});
