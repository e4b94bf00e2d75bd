import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { App } from '../../../src/app/App';
import { createFormatters } from '../../../src/i18n/format';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { PROMO_EXERCISE_ID, receiptsSpec } from '../../../exercises/promo-product/inputs';
import { PROMO_PRODUCT_STATE_VERSION, promoProductStateSchema, type PromoProductState } from '../../../exercises/promo-product/state';
import { blankPromoState } from '../../../exercises/promo-product/demo';
import { demoReceiptLines } from '../../../exercises/promo-product/demo/grocer';
import { datasetSummary, workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const format = createFormatters('ru', 'RUB');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const WAIT = { timeout: 10_000 };

function resetWorkbook(state?: PromoProductState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState(PROMO_EXERCISE_ID, PROMO_PRODUCT_STATE_VERSION, state, 'blank');
}

function storedState(): PromoProductState {
  return promoProductStateSchema.parse(useWorkbookStore.getState().exercises[PROMO_EXERCISE_ID]?.state);
}

async function storeReceipts(rows: TypedRow[]): Promise<void> {
  const location = datasetLocation(PROMO_EXERCISE_ID, receiptsSpec);
  const summary = datasetSummary('чеки.csv', rows.length, { importedAt: new Date().toISOString() });
  const saved = await saveDataset(location.owner, location.id, rows, summary);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary(location, summary);
}

function metricValue(label: string): string {
  return plain(screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);
}

const receiptLine = (receipt: string, product: string): TypedRow => ({ receipt, product, date: null, customer: null, category: null, quantity: null, price: null, amount: null, cost: null, margin: null });

describe('step: receipts', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/promo-product/receipts';
  });

  it('opens on the demo store, says so, and shows its overview and a reading', async () => {
    resetWorkbook();
    render(<App />);
    await screen.findByText('Строк прочитано', { selector: 'dt' }, WAIT);
    expect(screen.getByText('Сейчас показан учебный магазин')).toBeInTheDocument();
    expect(metricValue('Строк прочитано')).toBe(plain(format.integer(demoReceiptLines().length)));
    expect(metricValue('Разных товаров в файле')).toBe('150');
    const reading = screen.getByRole('region', { name: 'Что это значит' });
    expect(plain(reading.textContent)).toContain('Это учебный магазин');
    expect(plain(reading.textContent)).toContain('можно искать, что покупают вместе');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('excludes a label and merges two, saved in the state and undone from the lists', async () => {
    resetWorkbook();
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Названия в чеках' }, WAIT);
    const milk = within(table).getByRole('rowheader', { name: 'Молоко (классика)' }).closest('tr') as HTMLElement;
    await user.click(within(milk).getByRole('button', { name: 'Исключить' }));
    expect(storedState().receipts.excluded).toEqual(['milk.classic']);
    await waitFor(() => expect(screen.getByText(/строк исключённых вами товаров/)).toBeInTheDocument(), WAIT);
    await user.click(within(milk).getByRole('button', { name: 'Вернуть' }));
    expect(storedState().receipts.excluded).toEqual([]);

    await user.type(screen.getByRole('searchbox', { name: 'Поиск по названию' }), 'хлеб');
    await user.click(await screen.findByRole('checkbox', { name: 'Выбрать «Хлеб (классика)» для объединения' }));
    await user.click(screen.getByRole('checkbox', { name: 'Выбрать «Хлеб (эконом)» для объединения' }));
    // The most frequent picked label names the merge; typed as shown, it keeps its code.
    expect(screen.getByRole('textbox', { name: 'Считать как' })).toHaveValue('Хлеб (классика)');
    await user.click(screen.getByRole('button', { name: 'Объединить' }));
    expect(storedState().receipts.merges).toEqual({ 'bread.value': 'bread.classic' });
    expect(screen.getByText('Хлеб (эконом) → Хлеб (классика)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Отменить' }));
    expect(storedState().receipts.merges).toEqual({});
  });

  it('says prominently that receipts of one product each give no rules, and offers no category level without categories', async () => {
    resetWorkbook(blankPromoState());
    await storeReceipts([receiptLine('1', 'Молоко'), receiptLine('2', 'Хлеб'), receiptLine('3', 'Молоко')]);
    render(<App />);
    const block = await screen.findByText('Из таких чеков правила не получатся', {}, WAIT);
    expect(block.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('radio', { name: 'Категории товаров' })).toBeDisabled();
    expect(screen.getByText('В файле нет столбца категории, поэтому анализ возможен только по товарам.')).toBeInTheDocument();
    expect(metricValue('Чеков из одного товара')).toBe('100 %');
  });

  it('invites an import when there are no receipts, and opens the demo store', async () => {
    resetWorkbook(blankPromoState());
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Чеков пока нет', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('import: receipts')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Открыть учебный магазин' }));
    expect(storedState().useDemoData).toBe(true);
    await screen.findByText('Строк прочитано', { selector: 'dt' }, WAIT);
  });
});
