import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { createFormatters } from '../../../src/i18n/format';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { PROMO_PRODUCT_STATE_VERSION, promoProductStateSchema, type PromoProductState } from '../../../exercises/promo-product/state';
import { blankPromoState, demoPromoState } from '../../../exercises/promo-product/demo';
import { workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const format = createFormatters('ru', 'RUB');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const WAIT = { timeout: 15_000 };

function resetWorkbook(state: PromoProductState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState('promo-product', PROMO_PRODUCT_STATE_VERSION, state, 'blank');
}

function storedState(): PromoProductState {
  return promoProductStateSchema.parse(useWorkbookStore.getState().exercises['promo-product']?.state);
}

/** The figure under a metric's label, as a reader sees it. */
function metricValue(label: string): string {
  return plain(screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);
}

const reading = () => plain(screen.getByRole('region', { name: 'Что это значит' }).textContent);

describe('step: promo candidates', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/promo-product/candidates';
  });

  it('ranks the demo store’s products, explains the leader, and works out a chosen product’s promotion', async () => {
    resetWorkbook(demoPromoState());
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByRole('table', {}, WAIT);
    // Top 20 at first, with a header row.
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(reading()).toMatch(/При ваших весах лучшие кандидаты в промо — .+, .+ и .+\./);
    expect(reading()).toContain('Выберите товар в списке');
    expect(screen.getByText(/Выберите товар в списке кнопкой «Выбрать»/)).toBeInTheDocument();

    // Pasta (classic line, 24 % margin): at the default 15 % discount, 0.15 / (0.24 − 0.15) = +166.7 %.
    await user.type(screen.getByLabelText('Найти товар'), 'Макароны (классика)');
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: 'Выбрать Макароны (классика)' }));
    expect(storedState().promo.chosen).toBe('pasta.classic');
    await screen.findByRole('heading', { name: 'Акция на Макароны (классика)' }, WAIT);
    await screen.findByText('Нужный рост продаж', { selector: 'dt' }, WAIT);
    expect(metricValue('Маржа')).toBe(plain(format.percent(0.24)));
    expect(metricValue('Нужный рост продаж')).toBe(plain(format.signedPercent(0.15 / 0.09)));
    // The halo lowers the volume needed: the tomato sauce, cheese and mince of the pasta mission come along.
    const withHalo = metricValue('С товарами, которые он приводит');
    expect(Number.parseFloat(withHalo.replace(/[^\d,]/g, '').replace(',', '.'))).toBeLessThan(166.7);
    const halo = screen.getByRole('table', { name: 'Что приходит в чек вместе с товаром' });
    expect(plain(halo.textContent)).toContain('Томатный соус (классика)');
    expect(reading()).toContain(`При скидке 15 % на Макароны (классика) нужно продать на ${plain(format.signedPercent(0.15 / 0.09))} больше, чтобы не потерять в марже; с учётом товаров, которые он приводит в чек, — на ${withHalo}.`);
    expect(reading()).toContain('Впишите, на сколько, по-вашему, вырастут продажи');

    // The expected growth gives the profit change, alone and with the halo.
    await user.type(screen.getByLabelText('Ожидаемый рост продаж'), '50');
    await screen.findByText('Изменение прибыли: сам товар', { selector: 'dt' }, WAIT);
    expect(storedState().promo.expectedVolumeChange).toBe(50);
    expect(metricValue('Изменение прибыли: сам товар')).toMatch(/^−[\d\s]+ ₽$/);
    expect(reading()).toMatch(/При ожидаемом вами росте \+50 % валовая прибыль/);
    expect(screen.getByRole('figure', { name: 'Прибыль от акции на Макароны (классика) в зависимости от роста продаж' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('warns when the price indicator is chosen and calls a discount above its margin suicidal', async () => {
    resetWorkbook({ ...demoPromoState(), promo: { ...demoPromoState().promo, chosen: 'milk.classic' } });
    render(<App />);
    // Milk sells at a 12 % margin: a 15 % discount loses money on every pack.
    const warning = await screen.findByText('Молоко (классика) — индикатор цены', {}, WAIT);
    expect(plain(warning.closest('.callout')?.textContent)).toContain('приучит их ждать акций');
    expect(screen.getByText('Самоубийственная скидка')).toBeInTheDocument();
    expect(metricValue('Нужный рост продаж')).toBe('не окупится');
    expect(reading()).toContain('Скидка 15 % на Молоко (классика) — самоубийственная: она не меньше маржи (12 %)');
    expect(reading()).toContain('Молоко (классика) — индикатор цены: скидка на него');
    // Found by name, the milk's row carries the indicator's badge.
    await userEvent.setup().type(screen.getByLabelText('Найти товар'), 'молоко');
    const row = within(screen.getByRole('table', { name: 'Рейтинг кандидатов' })).getByRole('rowheader', { name: /Молоко \(классика\)/ });
    expect(within(row).getByText('индикатор цены')).toBeInTheDocument();
  });

  it('ranks by what the participant weighs: all weights at zero leave nothing to rank by', async () => {
    const state = demoPromoState();
    resetWorkbook({ ...state, promo: { ...state.promo, weights: { penetration: 0, pull: 0, marginRoom: 0, frequency: 0 } } });
    render(<App />);
    expect(await screen.findByText('Все веса равны нулю: задайте хотя бы один, чтобы упорядочить товары.', { selector: '.callout p' }, WAIT)).toBeInTheDocument();
    expect(reading()).toContain('Все веса равны нулю');
    expect(screen.queryByRole('table', { name: 'Рейтинг кандидатов' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Запас маржи'));
    await user.type(screen.getByLabelText('Запас маржи'), '5');
    expect(await screen.findByRole('table', { name: 'Рейтинг кандидатов' }, WAIT)).toBeInTheDocument();
    expect(storedState().promo.weights.marginRoom).toBe(5);
    // Margin room alone: the value lines (34 %) lead.
    expect(reading()).toMatch(/сильнее всего запасом маржи/);
  });

  it('invites an import when there is neither a file nor the demo', async () => {
    resetWorkbook(blankPromoState());
    render(<App />);
    expect(await screen.findByText('Чеков пока нет')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
