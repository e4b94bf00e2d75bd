import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { App } from '../../../src/app/App';
import { createFormatters } from '../../../src/i18n/format';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { analyseSegmentation, type SegmentationFigures } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import { blankSegmentationState, demoSegmentationState } from '../../../exercises/segmentation/demo';
import { SEGMENTATION_EXERCISE_ID, salesSpec } from '../../../exercises/segmentation/inputs';
import { SEGMENTATION_STATE_VERSION, type SegmentationState } from '../../../exercises/segmentation/state';
import { figuresSettings } from '../../../exercises/segmentation/steps/shared/useSegmentation';
import { datasetSummary, workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const format = createFormatters('ru', 'RUB');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const WAIT = { timeout: 10_000 };
/** Each change redraws the whole step (its charts too) and reruns the analysis in the page: on a busy machine that is slow. */
const SLOW = 60_000;

function resetWorkbook(state: SegmentationState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  useWorkbookStore.getState().writeExerciseState(SEGMENTATION_EXERCISE_ID, SEGMENTATION_STATE_VERSION, state, 'blank');
}

/** The analysis the step runs, run here on its own: the figures the table must show. */
async function demoFigures(state: SegmentationState, list: { segment: string; page: number } | null = null): Promise<SegmentationFigures> {
  const { context } = createAnalysisContext(() => undefined);
  const result = await analyseSegmentation({ source: { kind: 'demo', business: state.demoBusiness }, period: state.period, ...figuresSettings(state), list }, context);
  if (result.kind !== 'ready') throw new Error(result.kind);
  return result.figures;
}

/** The profile's two tables: size and money, then how customers buy. */
const SIZE = 'Размер, выручка и маржа';
const BEHAVIOUR = 'Как покупают и как меняются';
const columnNames = (table: string) => within(screen.getByRole('table', { name: table })).getAllByRole('columnheader').map((cell) => plain(cell.textContent));
function cellOf(table: string, segment: string, column: string): string {
  const index = columnNames(table).indexOf(column);
  const row = within(screen.getByRole('table', { name: table })).getByRole('rowheader', { name: segment }).closest('tr');
  return plain(row?.children[index]?.textContent);
}

describe('step: segment profiles', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/segmentation/profiles';
  });

  it('shows the demo’s profiles with a reading, both charts and the shares and retention the analysis gives', async () => {
    const state = demoSegmentationState();
    const figures = await demoFigures(state);
    resetWorkbook(state);
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, WAIT);
    expect(plain(reading.textContent)).toMatch(/Больше всего выручки относительно своего размера приносит «/);
    await screen.findByRole('table', { name: SIZE }, WAIT);

    // "Key customers": revenue share and retention from the analysis's own totals, not copied from the screen.
    const key = figures.segments.find((segment) => segment.key === 'key');
    if (!key) throw new Error('no key segment');
    expect(cellOf(SIZE, 'Ключевые', 'Доля выручки')).toBe(plain(format.percent(key.revenue / figures.total.revenue)));
    expect(cellOf(BEHAVIOUR, 'Ключевые', 'Удержание')).toBe(plain(format.percent(key.retained / key.firstHalfActive)));
    expect(cellOf(SIZE, 'Вся база', 'Клиентов')).toBe(plain(format.integer(figures.total.customers)));
    // The demo's sales carry a cost: the margin columns are there.
    expect(columnNames(SIZE)).toEqual(expect.arrayContaining(['Маржа', 'Доля маржи', 'Маржинальность']));
    expect(screen.getByText(/Рост и удержание сравнивают две половины периода по 6 мес\./)).toBeInTheDocument();

    expect(screen.getByRole('figure', { name: /Доли клиентов, выручки и маржи по сегментам/ })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /Рост по сегментам/ })).toBeInTheDocument();
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Показатель для сравнения' }), 'retention');
    expect(screen.getByRole('figure', { name: /Удержание по сегментам/ })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, SLOW);

  it('pages through the biggest segment’s customers: the second page starts with its 51st customer by revenue', async () => {
    const user = userEvent.setup();
    const state = demoSegmentationState();
    const figures = await demoFigures(state);
    const biggest = [...figures.segments].sort((a, b) => b.customers - a.customers)[0];
    if (!biggest || biggest.customers <= 50) throw new Error('the demo has no segment over one page');
    const second = (await demoFigures(state, { segment: biggest.key, page: 1 })).page;
    resetWorkbook(state);
    render(<App />);
    await screen.findByRole('table', { name: SIZE }, WAIT);

    const choice = screen.getByRole('combobox', { name: 'Сегмент' });
    await user.selectOptions(choice, biggest.key);
    const name = plain(within(choice).getByRole('option', { selected: true }).textContent).replace(/ \([\d ]+\)$/, '');
    const list = await screen.findByRole('table', { name: `Клиенты сегмента «${name}»` }, WAIT);
    expect(within(list).getAllByRole('row').slice(1)).toHaveLength(50);
    expect(screen.getByText(`1–50 из ${plain(format.integer(biggest.customers))}`, { normalizer: plain })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Дальше' }));
    await waitFor(() => expect(screen.getByText(new RegExp(`^51–\\d+ из ${plain(format.integer(biggest.customers))}$`), { normalizer: plain })).toBeInTheDocument(), WAIT);
    const rows = within(screen.getByRole('table', { name: `Клиенты сегмента «${name}»` })).getAllByRole('row').slice(1);
    expect(plain(rows[0]?.querySelector('th')?.textContent)).toBe(second?.rows[0]?.id);
    expect(screen.getByRole('button', { name: 'Назад' })).toBeEnabled();
  }, SLOW);

  it('in a cross-tab, opens the list on the first cell with customers', async () => {
    const state: SegmentationState = { ...demoSegmentationState(), segments: { ...demoSegmentationState().segments, mode: 'crossTab', crossTab: { rows: 'abc', columns: 'stage' } } };
    const figures = await demoFigures(state);
    const first = figures.segments.find((segment) => segment.customers > 0);
    if (!first) throw new Error('no cell with customers');
    resetWorkbook(state);
    render(<App />);
    await screen.findByRole('table', { name: SIZE }, WAIT);
    // The list's choice is made once the figures name the cells: it may come a moment after the table.
    const choice = await screen.findByRole('combobox', { name: 'Сегмент' }, WAIT);
    await waitFor(() => expect(choice).toHaveValue(first.key), WAIT);
    const name = plain(within(choice).getByRole('option', { selected: true }).textContent).replace(/ \([\d ]+\)$/, '');
    expect(name).toMatch(/^[ABC] · /);
    const list = await screen.findByRole('table', { name: `Клиенты сегмента «${name}»` }, WAIT);
    expect(within(list).getAllByRole('row').slice(1)).toHaveLength(Math.min(50, first.customers));
  }, SLOW);

  it('hides the margin columns and says why when the sales have no cost', async () => {
    resetWorkbook({ ...blankSegmentationState(), period: { analysisDate: '2026-03-31', windowMonths: 2 } });
    const rows: TypedRow[] = [
      { customer: 'A', date: '2026-02-10', amount: 100, cost: null, document: 'D1' },
      { customer: 'A', date: '2026-03-10', amount: 50, cost: null, document: 'D2' },
      { customer: 'B', date: '2026-03-20', amount: 200, cost: null, document: 'D3' },
    ];
    const location = datasetLocation(SEGMENTATION_EXERCISE_ID, salesSpec);
    const summary = datasetSummary('продажи.csv', rows.length, { importedAt: new Date().toISOString() });
    const saved = await saveDataset(location.owner, location.id, rows, summary);
    if (!saved.ok) throw new Error(saved.error.detail);
    useWorkbookStore.getState().recordDatasetSummary(location, summary);
    render(<App />);
    await screen.findByRole('table', { name: SIZE }, WAIT);
    expect(columnNames(SIZE)).not.toContain('Маржа');
    expect(columnNames(SIZE)).not.toContain('Доля маржи');
    expect(columnNames(SIZE)).not.toContain('Маржинальность');
    expect(screen.getByText(/В файле продаж нет себестоимости или маржи/)).toBeInTheDocument();
    // Two customers, 350 in all; halves of one month: A bought in February and again in March, B only in March.
    expect(cellOf(SIZE, 'Вся база', 'Выручка')).toBe(plain(format.money(350)));
    expect(cellOf(BEHAVIOUR, 'Вся база', 'Удержание')).toBe(plain(format.percent(1)));
    expect(screen.getByRole('figure', { name: /Доли клиентов и выручки|Доли клиентов, выручки/ })).toBeInTheDocument();
  }, SLOW);
});
