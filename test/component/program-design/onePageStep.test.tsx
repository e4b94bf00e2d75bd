import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import OnePageStep from '../../../exercises/program-design/steps/OnePageStep';
import { blankProgramDesignState, demoProgramDesignState } from '../../../exercises/program-design/demo';
import { demoRoiState } from '../../../exercises/program-roi/demo';
import { roiOutcome } from '../../../exercises/program-roi/links';
import { ROI_STATE_VERSION, type RoiState } from '../../../exercises/program-roi/state';
import { createFormatters } from '../../../src/i18n/format';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { workbookSettings } from '../../builders/workbook';
import { plain, renderStep, resetWorkbook, storedDesign } from './mistakesAndOnePageHarness';

const format = createFormatters('ru', 'RUB');

/** ROI holds the design's figures as sent from it (what "Evaluate in the ROI exercise" leaves there). */
function roiWithDesignSent(figures = demoProgramDesignState('ru').economics): RoiState {
  const state = { ...demoRoiState(), program: { ...figures } };
  state.programSource = { exerciseId: 'program-design', at: '2026-03-05T10:00:00.000Z', programName: 'Клуб «Зерно»', figures: { ...figures } };
  useWorkbookStore.getState().writeExerciseState('program-roi', ROI_STATE_VERSION, state, 'blank');
  return state;
}

const reading = () => plain(screen.getByRole('region', { name: 'Что это значит' }).textContent);
const sheet = () => screen.getByRole('region', { name: 'Клуб «Зерно»' });
const metric = (label: string) => plain(within(sheet()).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);

describe('program design, step 5: the program on one page', () => {
  beforeEach(() => resetWorkbook(demoProgramDesignState('ru')));

  it('shows the whole demo program: name, goal, target, mechanics with parameters, rules, risks, figures', () => {
    renderStep(OnePageStep);
    const text = plain(sheet().textContent);
    expect(text).toContain('Рынок: B2C: продажи людям');
    expect(text).toContain('Стадия: Зрелость');
    expect(text).toContain('Покупки чаще');
    expect(text).toContain('Офисные работники 25–45 лет');
    expect(text).toContain('Баллы и бонусы: награда 5 %, порог 150 ₽, сгорает через 6 месяцев');
    expect(text).toContain('Статусы (уровни): награда 8 %, порог 4 000 ₽, не сгорает');
    expect(text).toContain('Программа для конечных клиентов, продажи без посредников.');
    const risks = within(sheet()).getAllByRole('listitem').filter((item) => item.closest('.pd-sheet__risks'));
    expect(risks.map((item) => plain(item.querySelector('strong')?.textContent))).toEqual(['Награды за покупки, которые были бы и так', 'Персонал не готов и не заинтересован']);
    expect(metric('Участники программы')).toBe('12 000');
    expect(metric('Средний чек')).toBe('380 ₽');
    expect(metric('Рост удержания')).toBe('+3 п. п.');
    expect(metric('Горизонт расчёта')).toBe('24 месяца');
  });

  it('opened in English with nothing entered, the demo program is written in English', () => {
    useWorkbookStore.setState({ settings: workbookSettings({ locale: 'en' }), exercises: {}, myData: {} });
    renderStep(OnePageStep);
    const english = plain(screen.getByRole('region', { name: 'Grain Club' }).textContent);
    expect(english).toContain('Office workers aged 25–45');
    expect(english).not.toContain('Офисные работники');
  });

  it('says "not evaluated yet" with a link to the economics step while ROI holds nothing', () => {
    renderStep(OnePageStep);
    expect(within(sheet()).getByText(/Программа ещё не оценена в упражнении ROI/)).toBeInTheDocument();
    expect(within(sheet()).getByRole('link', { name: 'Перейти к шагу «Экономика и ROI»' })).toHaveAttribute('href', '#/ex/program-design/economics');
    expect(reading()).toContain('Окупаемость ещё не оценена');
  });

  it('reads payback and ROI from the ROI exercise once it evaluated this design', () => {
    const expected = roiOutcome(roiWithDesignSent());
    expect(expected?.paybackMonth).not.toBeNull();
    expect(expected?.roi).not.toBeNull();
    renderStep(OnePageStep);
    expect(metric('Окупаемость')).toBe(`${expected?.paybackMonth}-й месяц`);
    expect(metric('ROI')).toBe(plain(format.signedPercent(expected?.roi ?? Number.NaN)));
    expect(reading()).toContain(`окупается на ${expected?.paybackMonth}-й месяц, ROI за 24 месяца — ${plain(format.signedPercent(expected?.roi ?? Number.NaN))}`);
    expect(within(sheet()).queryByRole('link')).toBeNull();
  });

  it('says the evaluation is stale once the design changed after it was sent', () => {
    roiWithDesignSent();
    const changed = demoProgramDesignState('ru');
    changed.economics.rewardRate = 0.04;
    resetWorkbook(changed);
    roiWithDesignSent(demoProgramDesignState('ru').economics);
    renderStep(OnePageStep);
    expect(within(sheet()).getByText(/Программа изменилась после оценки/)).toBeInTheDocument();
    expect(reading()).toContain('Программа изменилась после оценки в ROI');
  });

  it('keeps the follow-up notes on every keystroke', async () => {
    const user = userEvent.setup();
    renderStep(OnePageStep);
    const notes = screen.getByLabelText('Что изменилось за полгода: что работает, что поправили, какие цифры получились');
    expect(screen.queryByText(/^Заметки изменены/)).not.toBeInTheDocument();
    await user.type(notes, 'Частота 3,4');
    expect(storedDesign().followUp.notes).toBe('Частота 3,4');
    // When they were last written, for the next follow-up meeting: today, as the page writes a date.
    const changedAt = storedDesign().followUp.changedAt;
    expect(changedAt).not.toBeNull();
    expect(new Date(changedAt ?? '').toDateString()).toBe(new Date().toDateString());
    expect(screen.getByText(`Заметки изменены ${new Date().toLocaleDateString('ru-RU')}`)).toBeInTheDocument();
  });

  it('stays off paper with an empty follow-up field, and prints the notes once written', async () => {
    const user = userEvent.setup();
    renderStep(OnePageStep);
    const section = () => screen.getByRole('region', { name: 'Заметки после запуска' });
    expect(section()).toHaveClass('no-print');
    await user.type(screen.getByLabelText(/^Что изменилось за полгода/), 'Да');
    expect(section()).not.toHaveClass('no-print');
  });

  it('writes a label and its value with the language’s colon', () => {
    useWorkbookStore.getState().setLocale('zh');
    renderStep(OnePageStep);
    expect(screen.getByText('市场：B2C：面向个人消费者')).toBeInTheDocument();
    expect(screen.getByText('积分与奖励').parentElement?.textContent).toMatch(/^积分与奖励：奖励 5%/);
  });

  it('a blank design reads as not put together yet and names no made-up figures', () => {
    resetWorkbook(blankProgramDesignState());
    renderStep(OnePageStep);
    expect(reading()).toContain('Программа ещё не собрана');
    const blankSheet = screen.getByRole('region', { name: 'Программа без названия' });
    expect(plain(blankSheet.textContent)).toContain('Рынок: не указано');
    expect(document.body.textContent).not.toMatch(/NaN|undefined|null/);
  });
});
