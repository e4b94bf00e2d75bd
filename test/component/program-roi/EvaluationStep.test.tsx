import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fireEvent } from '@testing-library/react';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import type { DatasetSpec } from '../../../src/data/spec';
import { salesSpec } from '../../../exercises/program-roi/inputs';
import { App } from '../../../src/app/App';
import { createFormatters } from '../../../src/i18n/format';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { demoRoiState } from '../../../exercises/program-roi/demo';
import { demoSalesRows, DEMO_EVALUATION_LAUNCH } from '../../../exercises/program-roi/demo/evaluationDemo';
import { evaluateProgram, evaluationEconomics, salesFromRows } from '../../../exercises/program-roi/model';
import { DEMO_PROGRAM_INPUTS } from '../../../exercises/program-roi/demo/programDemo';
import { roiSheets } from '../../../exercises/program-roi/export';
import { metricValue, plain, resetWorkbook, storedRoiState } from './helpers';
import { signedNumber, signedPercent as signedPercentFigure } from '../../../exercises/program-roi/steps/evaluation/signedFigures';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { datasetSummary, handCheckedSalesRows, roiState } from '../../builders';
import { dateCell } from '../../../src/data/sheet';

// The import flow has its own tests; here rows are stored as an accepted import leaves them: columns in
// IndexedDB (fake-indexeddb) and a summary in progress. The step's analysis reads them in the page (no Worker in jsdom).
async function storeImported(spec: DatasetSpec, rows: TypedRow[]): Promise<void> {
  const location = datasetLocation('program-roi', spec);
  const summary = datasetSummary(`${spec.id}.csv`, rows.length, { importedAt: new Date().toISOString() });
  const saved = await saveDataset(location.owner, location.id, rows, summary);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary(location, summary);
}

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const format = createFormatters('ru', 'RUB');
const signedMoney = (value: number) => plain((value > 0 ? '+' : '') + format.money(value));

function demoDid() {
  const outcome = evaluateProgram({ sales: salesFromRows(demoSalesRows()).sales, launchDate: DEMO_EVALUATION_LAUNCH, maxWindowMonths: 12, membership: { kind: 'column' } });
  if (outcome.kind !== 'ready') throw new Error(outcome.reason);
  return outcome.result;
}

describe('step: evaluation from sales data', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/program-roi/evaluation';
  });

  it('opens on the demo shop, labelled as demo data, with the DiD, the warning and the monthly chart', async () => {
    const did = demoDid();
    render(<App />);
    const demo = (await screen.findByText('Демонстрационные данные', {}, { timeout: 5000 })).closest('.callout') as HTMLElement;
    expect(plain(demo.textContent)).toContain(`${format.integer(did.counts.customers).replace(/\u00a0/g, ' ')} клиентов`);

    expect(plain(metricValue('Эффект на траты'))).toBe(signedMoney(did.spendDid));
    expect(plain(metricValue('Простое сравнение после запуска'))).toBe(signedMoney(did.naiveSpendGap));
    expect(plain(screen.getByText(/^Сравниваются клиенты, покупавшие в окне «до»/).textContent)).toBe(
      `Сравниваются клиенты, покупавшие в окне «до»: участников — ${did.members.customers}, остальных — ${did.nonMembers.customers}.`,
    );
    expect(screen.getByText('Участники выбрали себя сами')).toBeInTheDocument();

    // Every whole month of the demo (12 before, 12 after) is a row of the chart's data table.
    const chart = screen.getByRole('figure', { name: 'Траты на клиента по месяцам' });
    expect(within(chart).getAllByRole('row')).toHaveLength(24 + 1);

    // The demo program from the economics step, scaled to its 20 000 members.
    const economics = evaluationEconomics(did, DEMO_PROGRAM_INPUTS, DEMO_PROGRAM_INPUTS.members);
    expect(plain(metricValue('Затраты на программу'))).toBe(plain(format.money(economics.programCost)));
    expect(plain(metricValue('Дополнительная валовая прибыль'))).toBe(plain(format.money(economics.incrementalGrossProfit)));
    // The demo program does not pay for itself over these months: the loss takes the minus sign "−", not a hyphen.
    expect(economics.net).toBeLessThan(0);
    expect(plain(metricValue('Чистый эффект'))).toBe(`\u2212${plain(format.money(-economics.net))}`);
    expect(plain(metricValue('ROI'))).toMatch(/^\u2212\d/);
    expect(plain(screen.getByText(/^За \d+ мес\. затраты на программу превысили/).textContent)).toContain('(ROI \u2212');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('explains a launch date outside the data instead of computing, and waits for one when empty', async () => {
    render(<App />);
    const date = await screen.findByLabelText('Дата запуска программы', {}, { timeout: 5000 });
    fireEvent.change(date, { target: { value: '2030-01-01' } });
    expect(storedRoiState().evaluation.launchDate).toBe('2030-01-01');
    expect(screen.getByText('Недостаточно данных для сравнения')).toBeInTheDocument();
    expect(screen.getByText(/Дата запуска позже последней продажи в данных/)).toBeInTheDocument();
    expect(screen.queryByText('Эффект на траты', { selector: 'dt' })).not.toBeInTheDocument();

    fireEvent.change(date, { target: { value: '' } });
    fireEvent.blur(date);
    expect(storedRoiState().evaluation.launchDate).toBeNull();
    expect(screen.getByText('Укажите дату запуска программы: она делит продажи на «до» и «после».')).toBeInTheDocument();
  });

  it('computes on the participant\'s imported sales, and asks for the member list when members come from one', async () => {
    resetWorkbook(roiState({ evaluation: { launchDate: '2024-03-01' } }, 'demo'));
    await storeImported(salesSpec, handCheckedSalesRows());
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Ваши продажи: 14 строк.')).toBeInTheDocument();
    expect(screen.queryByText('Демонстрационные данные')).not.toBeInTheDocument();
    // (250 − 125) − (100 − 100) = +125 per member per month; frequency (1 − 0.75) − (0.5 − 0.75) = +0.5.
    expect(plain(metricValue('Эффект на траты'))).toBe('+125 ₽');
    expect(plain(metricValue('Эффект на частоту'))).toBe('+0,5');
    expect(screen.getByText('Новые клиенты после запуска, не сравниваются (у них нет «до»): 1')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Отдельный список участников' }));
    expect(storedRoiState().evaluation.memberSource).toBe('list');
    expect(screen.getAllByText(/Участники берутся из отдельного списка/).length).toBeGreaterThan(0);
    expect(screen.getByText('import: members')).toBeInTheDocument();
  });

  it('puts the ROI measured from the imported sales beside the forecast in the conclusions', async () => {
    resetWorkbook({ ...demoRoiState(), evaluation: { ...demoRoiState().evaluation, launchDate: '2024-03-01' } });
    await storeImported(salesSpec, handCheckedSalesRows());
    window.location.hash = '#/ex/program-roi/conclusions';
    render(<App />);
    // The evaluation's own figures: the DiD on these rows, weighed against the demo program's costs for its 20 000 members.
    const outcome = evaluateProgram({ sales: salesFromRows(handCheckedSalesRows()).sales, launchDate: '2024-03-01', maxWindowMonths: 12, membership: { kind: 'column' } });
    if (outcome.kind !== 'ready') throw new Error(outcome.reason);
    const economics = evaluationEconomics(outcome.result, DEMO_PROGRAM_INPUTS, DEMO_PROGRAM_INPUTS.members);
    await screen.findByText('ROI по данным продаж', { selector: 'dt' });
    expect(plain(metricValue('ROI по данным продаж'))).toBe(plain(format.signedPercent(economics.roi ?? 0)));
    const reading = screen.getByRole('region', { name: 'Что это значит' });
    expect(plain(reading.textContent)).toContain(`после запуска ROI ${plain(format.signedPercent(economics.roi ?? 0))} — против прогноза`);
  });

  it('in the conclusions without the participant’s sales, says where to measure the effect and shows no measured figure', async () => {
    resetWorkbook(demoRoiState());
    window.location.hash = '#/ex/program-roi/conclusions';
    render(<App />);
    expect(await screen.findByText(/Прогноз ещё не проверен фактом/)).toBeInTheDocument();
    expect(screen.queryByText('ROI по данным продаж', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('from scratch: offers the demo launch date and lists the economics figures the cost needs', async () => {
    resetWorkbook(roiState());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Подставить дату запуска из демо-данных' }));
    expect(storedRoiState().evaluation.launchDate).toBe(DEMO_EVALUATION_LAUNCH);
    expect(plain(metricValue('Эффект на траты'))).toBe(signedMoney(demoDid().spendDid));
    const missing = screen.getByText('Чтобы сравнить эффект с затратами, заполните на шаге «Экономика программы»:').closest('.callout') as HTMLElement;
    expect(within(missing).getByText('Валовая маржа')).toBeInTheDocument();
    expect(within(missing).getByText('Участники программы')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'На участников в данных' }));
    expect(within(missing).queryByText('Участники программы')).not.toBeInTheDocument();
  });

  it('keeps the window cap typed in the field, and a shorter window changes the figures', async () => {
    const user = userEvent.setup();
    render(<App />);
    const cap = await screen.findByLabelText('Сравнивать не больше');
    await user.clear(cap);
    await user.type(cap, '6');
    expect(storedRoiState().evaluation.windowMonths).toBe(6);
    expect(screen.getByText(/по 6 месяцев/)).toBeInTheDocument();
  });

  it('lays inputs and results side by side in presenter mode', async () => {
    useWorkbookStore.setState((store) => ({ settings: { ...store.settings, presenter: true } }));
    render(<App />);
    await screen.findByText('Эффект на траты', { selector: 'dt' });
    expect(document.querySelector('.roi-layout--presenter')).not.toBeNull();
    // The data and its import span the full width above the two columns, which are for settings against results.
    expect(screen.getByRole('region', { name: 'Данные' }).closest('.roi-layout')).toBeNull();
  });

  it('exports the comparison settings on their own sheet', () => {
    const sheets = roiSheets(demoRoiState(), { locale: 'ru', format, datasets: exportDatasets('program-roi') });
    const evaluation = sheets.find((spec) => spec.name === 'Оценка по данным');
    expect(evaluation?.rows.slice(1, 5)).toEqual([
      // The launch day as an Excel date, not the stored text.
      ['Дата запуска программы', dateCell(DEMO_EVALUATION_LAUNCH), null],
      ['Сравнивать не больше', 12, 'месяцев'],
      ['Кто участник программы', 'Столбец «участник» в продажах (да/нет)', null],
      ['На сколько участников умножать эффект', 'На участников программы с шага «Экономика программы»', null],
    ]);
  });
});

describe('signed figures of the evaluation', () => {
  it('writes a loss with the minus sign, a gain with a plus, and a change that rounds to zero with neither', () => {
    expect(plain(format.signedMoney(320))).toBe('+320 ₽');
    expect(plain(format.signedMoney(-786_000))).toBe('\u2212786 000 ₽');
    expect(plain(format.money(-72_000))).toBe('\u221272 000 ₽');
    expect(plain(format.money(72_000))).toBe('72 000 ₽');
    // ROI −0.305 = −30.5 %.
    expect(plain(signedPercentFigure(format, -0.305))).toBe('\u221230,5 %');
    expect(plain(signedPercentFigure(format, 0.296))).toBe('+29,6 %');
    // 0.0039 purchases and −0.4 ₽ round to 0 at two decimals and whole roubles.
    expect(plain(signedNumber(format, 0.0039))).toBe('0');
    expect(plain(signedNumber(format, -0.0039))).toBe('0');
    expect(plain(format.signedMoney(-0.4))).toBe('0 ₽');
    expect(plain(signedNumber(format, -0.25))).toBe('\u22120,25');
  });
});
