import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { rfmSegmentMessages } from '../../../src/customers/rfmSegmentNames';
import { labelNamer } from '../../../src/customers/demoLabels';
import { demoSales } from '../../../src/customers/demoBusinesses';
import { buildCustomerBase } from '../../../src/customers/base';
import { customerListFromPlain, salesLinesFromPlain } from '../../../src/customers/sales';
import { SEGMENTATION_EXERCISE_ID } from '../../../exercises/segmentation/inputs';
import { SEGMENTATION_STATE_VERSION, segmentationStateSchema, type DemoBusiness, type SegmentationState } from '../../../exercises/segmentation/state';
import { blankSegmentationState, demoSegmentationState } from '../../../exercises/segmentation/demo';
import { analyseSegmentation } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import { figuresSettings } from '../../../exercises/segmentation/steps/shared/useSegmentation';
import { segmentationNames } from '../../../exercises/segmentation/content/names';
import { namesMessages } from '../../../exercises/segmentation/messages/names';
import { dataSheets } from '../../../exercises/segmentation/export/data';
import { workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const format = createFormatters('ru', 'RUB');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const WAIT = { timeout: 10_000 };

function resetWorkbook(state: SegmentationState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState(SEGMENTATION_EXERCISE_ID, SEGMENTATION_STATE_VERSION, state, 'blank');
}

function storedState(): SegmentationState {
  return segmentationStateSchema.parse(useWorkbookStore.getState().exercises[SEGMENTATION_EXERCISE_ID]?.state);
}

/** The demo business's customers in the default window, as the model counts them. */
function demoCustomers(business: DemoBusiness): number {
  const demo = demoSales(business);
  return buildCustomerBase(salesLinesFromPlain(demo.sales), customerListFromPlain(demo.customers), { analysisDay: null, windowMonths: 12 })?.count ?? -1;
}

const figuresRegion = () => screen.getByRole('region', { name: 'Что дают продажи' });
function metricValue(label: string): string {
  return plain(within(figuresRegion()).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);
}
/** The criteria table's status cell of a criterion, by its name. */
function criterionStatus(name: string): string {
  const table = screen.getByRole('table', { name: 'Какие критерии позволяют ваши файлы' });
  const row = within(table).getByRole('rowheader', { name }).closest('tr');
  return plain(row?.lastElementChild?.textContent);
}

describe('segmentation step: sales data', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/segmentation/data';
  });

  it('reads the demo distributor: its customers, the halves, every criterion ready (a manager column in its sales), and the way on', async () => {
    resetWorkbook(demoSegmentationState());
    render(<App />);
    await screen.findByRole('region', { name: 'Что дают продажи' }, WAIT);
    await waitFor(() => expect(metricValue('Клиентов покупали в окне')).toBe(plain(format.integer(demoCustomers('distributor')))), WAIT);
    expect(metricValue('Половины для роста и удержания')).toContain('2 × 6 мес.');
    expect(screen.getByText('Сейчас показан учебный бизнес')).toBeInTheDocument();
    expect(criterionStatus('Менеджер')).toMatch(/^готов, 4 значения/);
    expect(criterionStatus('Размер клиента')).toMatch(/^готов/);
    expect(criterionStatus('Потенциал')).toMatch(/^готов/);
    const reading = plain(screen.getByRole('region', { name: 'Что это значит' }).textContent);
    expect(reading).toContain(`покупали ${plain(format.integer(demoCustomers('distributor')))} клиент`);
    expect(reading).toContain('Рост и удержание сравнивают последние 6 мес. с 6 мес. перед ними');
    expect(reading).toContain('Это учебный бизнес');
    expect(screen.getByRole('link', { name: 'Дальше — выбрать критерии' })).toHaveAttribute('href', '#/ex/segmentation/criteria');
    expect(screen.getByText('import: sales')).toBeInTheDocument();
    expect(screen.getByText('import: customers')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('switched to the coffee shop chain: size and potential need their columns, since its card list has none', async () => {
    resetWorkbook(demoSegmentationState());
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('region', { name: 'Что дают продажи' }, WAIT);
    await user.click(screen.getByRole('radio', { name: /Сеть кофеен \(B2C\)/ }));
    expect(storedState().demoBusiness).toBe('shop');
    await waitFor(() => expect(metricValue('Клиентов покупали в окне')).toBe(plain(format.integer(demoCustomers('shop')))), WAIT);
    expect(criterionStatus('Размер клиента')).toBe('Нужна колонка «Размер» в списке клиентов.');
    expect(criterionStatus('Потенциал')).toBe('Нужна колонка «Потенциал» в списке клиентов.');
    expect(criterionStatus('Канал')).toMatch(/^готов/);
    expect(criterionStatus('Класс ABC')).toBe('готов, 3 значения');
    const reading = plain(screen.getByRole('region', { name: 'Что это значит' }).textContent);
    expect(reading).toMatch(/недоступны: .*Размер клиента.*Потенциал/);
  });

  it('with a one-month window, says growth and retention cannot be computed', async () => {
    resetWorkbook({ ...demoSegmentationState(), period: { analysisDate: null, windowMonths: 1 } });
    render(<App />);
    await screen.findByRole('region', { name: 'Что дают продажи' }, WAIT);
    expect(await screen.findByText(/В окне 1 месяц\. Рост и удержание сравнивают две половины окна/, {}, WAIT)).toBeInTheDocument();
    expect(metricValue('Половины для роста и удержания')).toBe('нет');
    expect(plain(screen.getByRole('region', { name: 'Что это значит' }).textContent)).toContain('Окно короче 2 месяцев');
  });

  it('with no sales and no demo, offers both demo businesses and the import, and shows no figures', async () => {
    resetWorkbook(blankSegmentationState());
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Продаж пока нет', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Что дают продажи' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Что это значит' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Дальше — выбрать критерии' })).toBeNull();
    expect(screen.getByText('import: sales')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Открыть: Дистрибьютор кофе (B2B)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Открыть: Сеть кофеен (B2C)' }));
    expect(storedState().useDemoData).toBe(true);
    expect(storedState().demoBusiness).toBe('shop');
    await screen.findByRole('region', { name: 'Что дают продажи' }, WAIT);
  });
});

describe('segmentation export: the data sheet', () => {
  const context = () => ({ locale: 'ru' as const, format, datasets: exportDatasets(SEGMENTATION_EXERCISE_ID) });
  const names = (state: SegmentationState) =>
    segmentationNames(translator(namesMessages, 'ru'), translator(rfmSegmentMessages, 'ru'), format, labelNamer(true, 'ru'), state.segments);
  const row = (rows: unknown[][], label: string) => rows.find((cells) => cells[0] === label)?.slice(1);

  it('names the demo shop, carries its customers and halves, and which criteria need a column', async () => {
    const state: SegmentationState = { ...demoSegmentationState(), demoBusiness: 'shop' };
    const result = await analyseSegmentation({ source: { kind: 'demo', business: 'shop' }, period: state.period, ...figuresSettings(state), list: null }, createAnalysisContext(() => undefined).context);
    if (result.kind !== 'ready') throw new Error(result.kind);
    const [sheet] = dataSheets(state, result.figures, names(state), context(), { origin: 'demo', salesFile: null, customersFile: null });
    const rows = sheet?.rows ?? [];
    expect(sheet?.name).toBe('Данные');
    expect(row(rows, 'Источник продаж')).toEqual(['Учебная сеть кофеен (B2C)']);
    expect(row(rows, 'Клиентов покупали в окне')).toEqual([demoCustomers('shop')]);
    expect(row(rows, 'Месяцев в каждой половине (рост и удержание)')).toEqual([6]);
    expect(row(rows, 'Размер клиента')).toEqual(['справочник клиентов', 'Нужна колонка «Размер» в списке клиентов.', null, null]);
    expect(row(rows, 'Класс ABC')).toEqual(['считается по продажам', 'готов', 3, 0]);
  });

  it('without figures keeps the period and says the figures are missing', () => {
    const state: SegmentationState = { ...blankSegmentationState(), period: { analysisDate: '2026-03-31', windowMonths: 6 } };
    const [sheet] = dataSheets(state, null, names(state), context(), { origin: 'imported', salesFile: 'продажи.csv', customersFile: null });
    const rows = sheet?.rows ?? [];
    expect(row(rows, 'Источник продаж')).toEqual(['продажи.csv']);
    expect(row(rows, 'Справочник клиентов')).toEqual(['не загружен']);
    expect(row(rows, 'Окно, месяцев (0 — все данные)')).toEqual([6]);
    expect(rows.some((cells) => cells[0] === 'Цифры по продажам посчитать не удалось: ниже только настройки периода.')).toBe(true);
    expect(row(rows, 'Клиентов покупали в окне')).toBeUndefined();
  });
});
