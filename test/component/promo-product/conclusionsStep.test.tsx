import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { createFormatters } from '../../../src/i18n/format';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { PROMO_PRODUCT_STATE_VERSION, type PromoProductState } from '../../../exercises/promo-product/state';
import { demoPromoState } from '../../../exercises/promo-product/demo';
import { workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const format = createFormatters('ru', 'RUB');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const WAIT = { timeout: 15_000 };

function resetWorkbook(state: PromoProductState, locale: 'ru' | 'en' | 'zh' = 'ru'): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale(locale);
  useWorkbookStore.getState().writeExerciseState('promo-product', PROMO_PRODUCT_STATE_VERSION, state, 'blank');
}

const metricValue = (label: string) => plain(screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);

describe('step: conclusions', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/promo-product/conclusions';
  });

  it('says what is still to choose when nothing is decided', async () => {
    resetWorkbook({ ...demoPromoState(), priceIndicators: [] });
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, WAIT);
    expect(plain(reading.textContent)).toContain('Промо-товар ещё не выбран');
    expect(screen.getByText('Наборы не предложены: их можно добавить на шаге «Наборы и переключение».')).toBeInTheDocument();
    expect(screen.getByText('Товары-индикаторы не отмечены.')).toBeInTheDocument();
  });

  it('puts the chosen promotion, the bundles, the switches and the indicators on one page', async () => {
    resetWorkbook({
      ...demoPromoState(),
      promo: { ...demoPromoState().promo, chosen: 'milk.classic', discount: 15, expectedVolumeChange: 20 },
      bundles: [{ items: ['pasta.classic', 'tomatoSauce.classic'], price: null, discount: 5, takeUp: 60 }],
      switches: [{ from: 'ketchup.none', to: 'pasta.value', switchRate: 10 }],
    });
    render(<App />);
    await screen.findByText('Нужный рост объёма (только сам товар)', { selector: 'dt' }, WAIT);
    expect(metricValue('Товар')).toBe('Молоко (классика)');
    expect(metricValue('Скидка')).toBe(plain(format.percent(0.15)));
    // Milk sells at a 12 % margin: a 15 % discount exceeds it, no volume pays the promotion back.
    expect(metricValue('Маржа товара')).toBe(plain(format.percent(0.12)));
    expect(metricValue('Нужный рост объёма (только сам товар)')).toBe('не окупится при любом объёме');
    const reading = plain(screen.getByRole('region', { name: 'Что это значит' }).textContent);
    expect(reading).toContain(`Скидка ${plain(format.percent(0.15))} не меньше маржи товара (${plain(format.percent(0.12))})`);
    // Milk is the demo's marked indicator: the warning is repeated here, and it is listed as an indicator.
    expect(reading).toContain('«Молоко (классика)» отмечен как товар-индикатор цены');
    const indicators = screen.getByRole('heading', { name: 'Товары-индикаторы цены' }).closest('section') as HTMLElement; // Cast: the heading sits in its section.
    expect(within(within(indicators).getByRole('list')).getByText('Молоко (классика)')).toBeInTheDocument();

    const bundles = await screen.findByRole('table', { name: 'Наборы' }, WAIT);
    const bundleRow = within(bundles).getByRole('row', { name: /Макароны \(классика\) \+ Томатный соус \(классика\)/ });
    expect(plain(bundleRow.textContent)).toContain(plain(format.percent(0.6)));
    // A pair whose product is not in the receipts says so instead of a figure.
    const switches = screen.getByRole('table', { name: 'Выбранные пары для переключения' });
    expect(within(switches).getByText('нет в текущих чеках')).toBeInTheDocument();
  });
});
