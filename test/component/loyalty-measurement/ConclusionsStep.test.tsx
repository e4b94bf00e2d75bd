import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { calendarDayIso, createFormatters } from '../../../src/i18n/format';
import { LOYALTY_STATE_VERSION, loyaltyStateSchema, type LoyaltyState, type TypedAnswer } from '../../../exercises/loyalty-measurement/state';
import { blankLoyaltyState, demoLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { demoSurveyRows } from '../../../exercises/loyalty-measurement/demo/retailer';
import { collectAnswers, scoreResults } from '../../../exercises/loyalty-measurement/model/survey';
import { workbookSettings } from '../../builders';

const EXERCISE = 'loyalty-measurement';

function resetWorkbook(state?: LoyaltyState): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  if (state) useWorkbookStore.getState().writeExerciseState(EXERCISE, LOYALTY_STATE_VERSION, state, 'blank');
}

const storedState = (): LoyaltyState => loyaltyStateSchema.parse(useWorkbookStore.getState().exercises[EXERCISE]?.state);
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const answer = (id: string, nps: number): TypedAnswer => ({ id, customer: '', segment: '', nps, csat: null, ces: null, attitude: null });

function planRow(metric: string): HTMLElement {
  const table = screen.getByRole('table', { name: /План измерений и первые значения/ });
  // Cast: a row header sits in its row.
  return within(table).getByRole('rowheader', { name: metric }).closest('tr') as HTMLElement;
}

describe('step: your method (conclusions)', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = `#/ex/${EXERCISE}/conclusions`;
  });

  it('puts the plan beside the values the demo data give now, and records them as the first measurement', async () => {
    const demoNps = scoreResults(collectAnswers([{ fileName: 'demo', rows: demoSurveyRows() }], []).answers).nps?.score ?? NaN;
    const user = userEvent.setup();
    render(<App />);
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 5000 });
    expect(reading).toHaveTextContent('В плане 6 метрик.');
    expect(reading).toHaveTextContent('Зафиксируйте первое измерение');
    // The demo plan: NPS target 30, alarm 0; the demo survey's NPS lies between.
    expect(demoNps).toBeGreaterThan(0);
    expect(demoNps).toBeLessThan(30);
    expect(plain(planRow('NPS (индекс готовности рекомендовать)').textContent)).toContain(plain(createFormatters('ru', 'RUB').number(demoNps, 1)));
    expect(within(planRow('NPS (индекс готовности рекомендовать)')).getByText('между порогом и целью')).toBeInTheDocument();
    // Cohort retention is step 5's heat map read in its sixth month (the demo's pooled cohorts: 42.3 %), against target 40.
    expect(plain(planRow('Удержание когорт').textContent)).toContain('42,3 %');
    expect(within(planRow('Удержание когорт')).getByText('цель достигнута')).toBeInTheDocument();
    // Complaints are counted in the participant's own systems, not here.
    expect(within(planRow('Доля жалоб')).getByText('измеряется в ваших системах')).toBeInTheDocument();
    expect(screen.getByText(/Сейчас на шагах работают демонстрационные данные/)).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Зафиксировать первое измерение' }));
    const baseline = storedState().conclusions.baseline;
    expect(baseline?.recordedAt).toBe(calendarDayIso(new Date()));
    expect(baseline?.nps?.score).toBeCloseTo(demoNps, 10);
    expect(baseline?.nps?.answers).toBe(400);
    expect(baseline?.repeatRate).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Что изменилось с первого измерения' })).toBeInTheDocument();
    expect(screen.getByText(/Цифры пока те же, что при первом измерении/)).toBeInTheDocument();
  });

  it('from scratch, says what is missing and marks no catalogue suggestion', async () => {
    resetWorkbook(blankLoyaltyState());
    render(<App />);
    expect(await screen.findByText('Определение ещё не записано: вернитесь к шагу «Что такое лояльность у вас».', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('В плане пока нет метрик: выберите их на шаге «Метрики и план измерений».')).toBeInTheDocument();
    // Nothing on the page carries the asterisk, so the footnote explaining it would point at nothing.
    expect(screen.queryByText('* подсказка каталога: участник ещё не вписал своё')).not.toBeInTheDocument();
  });

  it('weighs a later wave against the first measurement with the margin of both samples', async () => {
    const state = demoLoyaltyState();
    // First: n = 200, 90 promoters, 60 detractors, NPS 15. Now: 9 of 10 answers promoters, 1 detractor, NPS 80.
    // Var now = 0.9 + 0.1 − 0.8² = 0.36; SE = √(0.7275 / 200 + 0.36 / 10) = 0.19909; margin = 1.96 × 19.909 = 39.0.
    state.conclusions.baseline = { recordedAt: '2026-06-01', nps: { score: 15, answers: 200, promoters: 90, detractors: 60 }, csat: null, ces: null, repeatRate: null, retention: null, cohortRetention: null, frequency: null, averageCheck: null, customers: null };
    state.survey.typedAnswers = [...Array.from({ length: 9 }, (_, i) => answer(`p${i}`, 10)), answer('d', 3)];
    resetWorkbook(state);
    render(<App />);
    const changes = await screen.findByRole('table', { name: 'Что изменилось с первого измерения' }, { timeout: 5000 });
    const nps = within(changes).getByRole('rowheader', { name: 'NPS' }).closest('tr') as HTMLElement;
    expect(plain(nps.textContent)).toBe('NPS1580+65 (±39 п.: это больше погрешности, изменение реальное)');
    expect(await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 5000 })).toHaveTextContent('С первого измерения NPS изменился на +65 (погрешность ±39)');
  });

  it('from scratch, with no data: says what is missing, offers nothing to record and no footnote without an asterisk', async () => {
    resetWorkbook(blankLoyaltyState());
    render(<App />);
    expect(await screen.findByText(/Фиксировать пока нечего: загрузите ответы опроса/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Зафиксировать первое измерение' })).toBeDisabled();
    expect(screen.getByText(/Определение ещё не записано/)).toBeInTheDocument();
    expect(screen.queryByText(/\* подсказка каталога/)).not.toBeInTheDocument();
  });

  it('in Chinese, a ladder stage and its strategy are joined by a Chinese colon', async () => {
    useWorkbookStore.getState().setLocale('zh');
    render(<App />);
    const stage = (await screen.findByText('潜在客户', { selector: 'strong' }, { timeout: 5000 })).closest('li');
    expect(stage?.textContent).toMatch(/^潜在客户：吸引：/);
    // The view of loyalty comes with what it means, not a bare "两者兼有".
    expect(screen.getByText(/^两者兼有：定期购买/)).toBeInTheDocument();
  });

  it('prints the notes once written, not an empty box', async () => {
    const user = userEvent.setup();
    render(<App />);
    const notes = await screen.findByLabelText('Заметки для себя и для тренера', {}, { timeout: 5000 });
    expect(notes.closest('.no-print')).not.toBeNull();
    await user.type(notes, 'Спросить про сегменты');
    await user.tab();
    expect(notes.closest('.no-print')).toBeNull();
  });

  it('keeps the next measurement’s date and says it in the reading', async () => {
    const user = userEvent.setup();
    render(<App />);
    const date = await screen.findByLabelText('Дата следующего измерения', {}, { timeout: 5000 });
    await user.type(date, '01.04.2099');
    await user.tab();
    expect(storedState().conclusions.nextMeasurement).toBe('2099-04-01');
    await user.click(screen.getByRole('button', { name: 'Зафиксировать первое измерение' }));
    expect(screen.getByRole('region', { name: 'Что это значит' })).toHaveTextContent('Следующее измерение назначено на 01.04.2099.');
  });
});
