import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { App } from '../../../src/app/App';
import { createFormatters } from '../../../src/i18n/format';
import { LOYALTY_EXERCISE_ID, surveyDatasetKey } from '../../../exercises/loyalty-measurement/inputs';
import { LOYALTY_STATE_VERSION, loyaltyStateSchema, type LoyaltyState } from '../../../exercises/loyalty-measurement/state';
import { blankLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { demoSurveyRows } from '../../../exercises/loyalty-measurement/demo/retailer';
import { collectAnswers, surveyResults } from '../../../exercises/loyalty-measurement/model/survey';
import { datasetSummary, workbookSettings } from '../../builders';

vi.mock('../../../src/ui/import/DatasetImport', () => ({
  DatasetImport: ({ spec }: { spec: { id: string } }) => <p>import: {spec.id}</p>,
}));

const format = createFormatters('ru', 'RUB');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const npsText = (score: number, margin: number) => plain(`${format.number(score, 0)} ± ${format.number(margin, 1)}`);

function resetWorkbook(state?: LoyaltyState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale('ru');
  if (state) useWorkbookStore.getState().writeExerciseState(LOYALTY_EXERCISE_ID, LOYALTY_STATE_VERSION, state, 'blank');
}

const storedState = (): LoyaltyState => loyaltyStateSchema.parse(useWorkbookStore.getState().exercises[LOYALTY_EXERCISE_ID]?.state);

/** The figure under a metric's label. */
const metricValue = (label: string) => plain(screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);

// Rows stored as an accepted import leaves them: columns in IndexedDB (fake-indexeddb), a summary in progress, the file in the state's list.
async function storeSurveyFile(fileId: string, fileName: string, rows: TypedRow[]): Promise<LoyaltyState['survey']['files'][number]> {
  const summary = datasetSummary(fileName, rows.length, { importedAt: new Date().toISOString() });
  const saved = await saveDataset(LOYALTY_EXERCISE_ID, surveyDatasetKey(fileId), rows, summary);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary({ owner: LOYALTY_EXERCISE_ID, id: surveyDatasetKey(fileId) }, summary);
  return { id: fileId, fileName, importedAt: summary.importedAt, answers: rows.length };
}

const row = (respondent: string, nps: number | string | null, extra: Partial<TypedRow> = {}): TypedRow => ({ respondent, customer: null, segment: null, nps, csat: null, ces: null, attitude1: null, attitude2: null, attitude3: null, ...extra });

async function addTyped(user: ReturnType<typeof userEvent.setup>, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    const input = screen.getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
  }
  await user.click(screen.getByRole('button', { name: 'Добавить ответ' }));
}

describe('step: the customer survey', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/loyalty-measurement/survey';
  });

  it('opens on the demo retailer, said so, with NPS, its margin, the chart and the segments', async () => {
    resetWorkbook();
    const expected = surveyResults(collectAnswers([{ fileName: 'demo', rows: demoSurveyRows() }], []).answers, 30);
    if (!expected.nps) throw new Error('the demo has NPS answers');
    render(<App />);
    const demo = (await screen.findByText('Демонстрационные данные', {}, { timeout: 5000 })).closest('.callout') as HTMLElement;
    expect(plain(demo.textContent)).toContain('400 ответов');
    expect(await screen.findByText('NPS', { selector: 'dt' })).toBeInTheDocument();
    expect(metricValue('NPS')).toBe(npsText(expected.nps.score, expected.nps.adjusted.margin));
    expect(metricValue('CSAT: доля довольных (4–5 из 5)')).toBe(plain(format.percent(expected.csat?.share ?? 0, 0)));
    expect(screen.getByRole('figure', { name: 'Оценки готовности рекомендовать (0–10)' })).toBeInTheDocument();
    const segments = screen.getByRole('table', { name: 'Результаты по сегментам' });
    expect(within(segments).getByText('Корпоративные клиенты', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Что это значит' }).textContent).toContain(`NPS ${plain(format.number(expected.nps.score, 0))}`);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('without demo or answers invites to import or type, and shows the demo on request', async () => {
    resetWorkbook(blankLoyaltyState());
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Ответов пока нет', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText('NPS', { selector: 'dt' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Посмотреть на демо-данных' }));
    expect(await screen.findByText('Демонстрационные данные')).toBeInTheDocument();
    expect(await screen.findByText('NPS', { selector: 'dt' })).toBeInTheDocument();
    // Looking is not choosing: the demo flag other steps read stays off.
    expect(storedState().useDemoData).toBe(false);
  });

  it('typed answers replace the demo and change the NPS; a bad answer is refused and nothing is stored', async () => {
    resetWorkbook();
    const user = userEvent.setup();
    render(<App />);
    await screen.findByText('Демонстрационные данные', {}, { timeout: 5000 });

    await addTyped(user, { 'Рекомендация, 0–10': '10', 'Удовлетворённость, 1–5': 'Очень доволен' });
    expect(await screen.findByText('Ответ T1 добавлен.')).toBeInTheDocument();
    expect(screen.queryByText('Демонстрационные данные')).toBeNull();
    // One promoter of one: NPS 100; adjusted: p = 1.75/4, d = 0.75/4 → centre 25, margin 1.96 × sqrt((0.625 − 0.0625) / 4) = 73.5
    expect(metricValue('NPS')).toBe(npsText(100, 73.5));
    expect(screen.getByRole('region', { name: 'Что это значит' }).textContent).toContain('При 1 ответе настоящее значение');
    // One answer has no spread: the helper plans for the worst case, 1.96² / 0.1² − 3 = 381.16 → 382.
    expect(plain(screen.getByText(/^Для ±10 пунктов нужно/).closest('p')?.textContent)).toBe(
      'Для ±10 пунктов нужно 382 ответа (в худшем случае: половина промоутеров, половина критиков). У вас 1: не хватает 381.',
    );

    await addTyped(user, { 'Рекомендация, 0–10': '3' });
    // 1 promoter, 1 detractor of 2: NPS 0
    expect(metricValue('NPS').startsWith('0 ±')).toBe(true);

    // NPS 11, text in CSAT, a repeated respondent: refused with a reason per field.
    await addTyped(user, { 'Респондент': 'T1', 'Рекомендация, 0–10': '11', 'Удовлетворённость, 1–5': 'хорошо' });
    expect(screen.getByText('Ответ не добавлен: исправьте отмеченные поля.')).toBeInTheDocument();
    expect(screen.getByText('Уже есть в списке.')).toBeInTheDocument();
    expect(screen.getByText('Вне шкалы 0–10.')).toBeInTheDocument();
    expect(screen.getByText('Нужно число (или подпись шкалы для CSAT и CES).')).toBeInTheDocument();
    expect(storedState().survey.typedAnswers.map((answer) => answer.id)).toEqual(['T1', 'T2']);

    await user.click(screen.getByRole('button', { name: 'Удалить ответ T2' }));
    expect(metricValue('NPS')).toBe(npsText(100, 73.5));
  });

  it('uses an imported file, and says what is wrong with a second one: duplicates and bad scores', async () => {
    const state = blankLoyaltyState();
    resetWorkbook(state);
    const good = await storeSurveyFile('a', 'магазины.xlsx', [row('R1', 10, { csat: 'Очень доволен' }), row('R2', 9), row('R3', 5)]);
    const bad = await storeSurveyFile('b', 'копия.xlsx', [row('R1', 10), row('R4', 8, { csat: 'отлично' }), row('R5', 12)]);
    useWorkbookStore.getState().writeExerciseState(LOYALTY_EXERCISE_ID, LOYALTY_STATE_VERSION, { ...state, survey: { ...state.survey, files: [good, bad] } }, 'blank');
    render(<App />);
    const problems = (await screen.findByText('Что не так с ответами', {}, { timeout: 5000 })).closest('.callout') as HTMLElement;
    const text = plain(problems.textContent);
    expect(text).toContain('Респондент повторяется: 1 (например, R1)');
    expect(text).toContain('Файлы: копия.xlsx.');
    expect(text).toContain('NPS (0–10): 1 вне шкалы 0–10 (например, 12)');
    expect(text).toContain('CSAT (1–5): 1 — текст вместо оценки (например, «отлично»)');
    // Counted: R1 10, R2 9, R3 5, R4 8, R5 (no NPS) → 2 P, 1 passive, 1 D of 4: NPS 100 × (2 − 1) / 4 = 25
    expect(metricValue('NPS').startsWith('25 ±')).toBe(true);
    expect(screen.getByText('Учтено 5 ответов из ваших файлов и введённых вручную.')).toBeInTheDocument();
  });

  it('drops from the list a file whose stored data was removed, and falls back to the demo', async () => {
    const state = { ...blankLoyaltyState(), useDemoData: true };
    resetWorkbook({ ...state, survey: { ...state.survey, files: [{ id: 'gone', fileName: 'старый.xlsx', importedAt: '2026-11-20T09:00:00.000Z', answers: 3 }] } });
    render(<App />);
    expect(await screen.findByText('Демонстрационные данные', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(storedState().survey.files).toEqual([]);
  });

  it('names a metric of the plan the questionnaire does not ask, and adds its question on request', async () => {
    const state = blankLoyaltyState();
    resetWorkbook({ ...state, plan: [{ metric: 'ces', source: '', method: '', frequency: 'monthly', owner: '', target: null, alarm: null }] });
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText(/В плане измерений есть CES, но анкета об этом не спрашивает/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /CES: лёгкость, 1–7/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Добавить в анкету' }));
    expect(storedState().survey.questions).toEqual(['nps', 'csat', 'ces', 'customerId']);
    expect(screen.queryByText(/В плане измерений есть/)).not.toBeInTheDocument();
    // On paper the questionnaire prints once, as the customer's form: its settings stay on screen.
    expect(screen.getByRole('group', { name: 'Вопросы анкеты' }).closest('.no-print')).not.toBeNull();
  });

  it('keeps an answer typed but not yet added across a reload', async () => {
    resetWorkbook(blankLoyaltyState());
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    await screen.findByText('Ответов пока нет', {}, { timeout: 5000 });
    await user.type(screen.getByLabelText('Рекомендация, 0–10'), '7');
    unmount();
    render(<App />);
    expect(await screen.findByLabelText('Рекомендация, 0–10', {}, { timeout: 5000 })).toHaveValue('7');
    expect(storedState().survey.typedAnswers).toEqual([]);
  });
});

