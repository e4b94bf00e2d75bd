import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { INCENTIVES_STATE_VERSION, incentivesStateSchema, type IncentivesState } from '../../../exercises/incentives/state';
import { blankIncentivesState, demoDistributorState, demoIncentivesState } from '../../../exercises/incentives/demo';
import { workbookSettings } from '../../builders';

function resetWorkbook(state: IncentivesState, locale: 'ru' | 'en' = 'ru'): void {
  useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  useWorkbookStore.getState().setLocale(locale);
  useWorkbookStore.getState().writeExerciseState('incentives', INCENTIVES_STATE_VERSION, state, 'blank');
}

function stored(): IncentivesState {
  return incentivesStateSchema.parse(useWorkbookStore.getState().exercises.incentives?.state);
}

function shortListNames(): string[] {
  const section = screen.getByRole('region', { name: 'Короткий список' });
  return within(section)
    .queryAllByRole('listitem')
    .filter((item) => item.classList.contains('in-types-short-item'))
    .map((item) => item.querySelector('.in-types-short-name')?.textContent ?? '');
}

describe('incentives, step 1: program types', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/incentives/types';
  });

  it('from scratch: scoring three types builds the short list, a note is kept on every keystroke', async () => {
    resetWorkbook(blankIncentivesState());
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText(/Вы ещё не оценили ни одного типа/)).toBeInTheDocument();
    expect(screen.getByText('Пока ни один тип не набрал 9 баллов из 15.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Ценность для клиентов: Баллы и бонусы'), '4');
    await user.selectOptions(screen.getByLabelText('Посильность затрат: Баллы и бонусы'), '4');
    // Two of three scored: not yet in the comparison.
    expect(shortListNames()).toEqual([]);
    await user.selectOptions(screen.getByLabelText('Простота: Баллы и бонусы'), '3');
    expect(shortListNames()).toEqual(['Баллы и бонусы']);
    expect(stored().scores.points).toMatchObject({ customerValue: 4, affordability: 4, simplicity: 3 });

    for (const [label, value] of [['Ценность для клиентов', '5'], ['Посильность затрат', '2'], ['Простота', '3']] as const) {
      await user.selectOptions(screen.getByLabelText(`${label}: Статусы (уровни)`), value);
    }
    // Points 11, tiers 10: both short-listed, points first.
    expect(shortListNames()).toEqual(['Баллы и бонусы', 'Статусы (уровни)']);
    expect(screen.getByText(/Короткий список: Баллы и бонусы \(11 из 15\) и Статусы \(уровни\) \(10 из 15\)\./)).toBeInTheDocument();
    expect(screen.getByText(/Осталось оценить 7 типов/)).toBeInTheDocument();

    const note = screen.getByLabelText('Почему: Баллы и бонусы');
    await user.type(note, 'Гости');
    // Every keystroke is in the store, not only on leaving the field.
    expect(stored().scores.points.note).toBe('Гости');
    await user.type(note, ' просят');
    expect(stored().scores.points.note).toBe('Гости просят');

    // Lowering a score drops a type below 9 and off the list.
    // 5 + 2 + 1 = 8.
    await user.selectOptions(screen.getByLabelText('Простота: Статусы (уровни)'), '1');
    expect(shortListNames()).toEqual(['Баллы и бонусы']);
  });

  it('the market, stage and loyalty types change the fit shown and break a tie', async () => {
    const state = blankIncentivesState();
    // Tiers and gamification both total 11; gamification has the higher value to customers until fit speaks.
    state.scores.tiers = { customerValue: 4, affordability: 4, simplicity: 3, note: '' };
    state.scores.gamification = { customerValue: 5, affordability: 3, simplicity: 3, note: '' };
    resetWorkbook(state);
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByRole('region', { name: 'Короткий список' })).toBeInTheDocument();
    expect(shortListNames()).toEqual(['Игровые механики', 'Статусы (уровни)']);

    await user.click(screen.getByRole('radio', { name: 'B2B: продажи компаниям' }));
    await user.click(screen.getByRole('radio', { name: 'Зрелость' }));
    // B2B: tiers good, gamification poor; maturity: tiers good, gamification possible.
    expect(shortListNames()).toEqual(['Статусы (уровни)', 'Игровые механики']);
    expect(stored()).toMatchObject({ market: 'b2b', stage: 'maturity' });
    expect(screen.getByText(/В списке Игровые механики, хотя этот тип плохо подходит вашему бизнесу/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /Верность цене/ }));
    await user.click(screen.getByRole('checkbox', { name: /Верность впечатлениям/ }));
    // Kept in the seminar's order whatever the order of the clicks.
    expect(stored().loyaltyTypes).toEqual(['price', 'experience']);
    // The comparison shows each type's fit with its reasons: the discount draws the price-loyal and repels the experience-loyal.
    const compare = screen.getByRole('region', { name: 'Типы программ рядом' });
    const discountRow = within(compare).getAllByRole('row').find((row) => row.querySelector('th')?.textContent?.startsWith('Скидка'));
    expect(discountRow?.textContent).toContain('Верность цене — подходит: Верные цене идут за скидкой');
    expect(discountRow?.textContent).toContain('Верность впечатлениям — плохо подходит');
  });

  it('the demo opens with its short list and the reasons', async () => {
    resetWorkbook(demoIncentivesState('ru'));
    render(<App />);
    expect(await screen.findByText(/Короткий список: Баллы и бонусы \(12 из 15\), Статусы \(уровни\) \(11 из 15\) и Игровые механики \(11 из 15\)\./)).toBeInTheDocument();
    expect(shortListNames()).toEqual(['Баллы и бонусы', 'Статусы (уровни)', 'Игровые механики']);
    expect(screen.getByText('Все девять типов оценены.', { exact: false })).toBeInTheDocument();
    expect(screen.getByLabelText('Почему: Скидка')).toHaveValue(demoIncentivesState('ru').scores.discount.note);
  });

  it('offers the B2B distributor after a confirm, and cancelling keeps the answers', async () => {
    resetWorkbook(demoIncentivesState('ru'));
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Открыть пример B2B-дистрибьютора' }));
    await user.click(screen.getByRole('button', { name: 'Отмена' }));
    expect(stored().market).toBe('b2c');

    await user.click(screen.getByRole('button', { name: 'Открыть пример B2B-дистрибьютора' }));
    await user.click(screen.getByRole('button', { name: 'Заменить примером' }));
    expect(await screen.findByText(/Короткий список: Статусы \(уровни\) \(13 из 15\)/)).toBeInTheDocument();
    expect(stored()).toMatchObject({ market: 'b2b', stage: 'growth', margin: 0.18 });
  });

  it('opens the B2B distributor in the page’s language', async () => {
    resetWorkbook(demoIncentivesState('en'), 'en');
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Open the B2B distributor example' }));
    await user.click(screen.getByRole('button', { name: 'Replace with the example' }));
    await waitFor(() => expect(stored().market).toBe('b2b'));
    expect(stored()).toEqual(demoDistributorState('en'));
    expect(stored().scores.discount.note).toMatch(/^Buyers compare price lists/);
  });
});
