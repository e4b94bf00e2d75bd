import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { blankIncentivesState } from '../../../exercises/incentives/demo';
import { filledIncentivesState } from '../../unit/incentives/mechanicsState';
import { openWith, plain, readingText, storedIncentives } from './mechanicsHelpers';

describe('step 2: retention levers', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/incentives/levers';
  });

  it('rates a lever on a click and says where the business leans on one group only', async () => {
    const user = openWith(blankIncentivesState());
    expect(await screen.findByText(/Оцените рычаги от 0 до 5/)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '5 — оценка рычага «Членский взнос»' }));
    await user.click(screen.getByRole('radio', { name: '4 — оценка рычага «Накопленные баллы и бонусы»' }));
    expect(storedIncentives().levers.membershipFee).toEqual({ rating: 5, how: '' });
    expect(storedIncentives().levers.accumulatedRewards?.rating).toBe(4);

    expect(readingText()).toContain('Все сильные рычаги в одной группе, «Цена выхода»: «Членский взнос» и «Накопленные баллы и бонусы».');
    // Exit costs alone trap customers: the reading warns of resentment.
    expect(readingText()).toContain('копит обиду, а не лояльность');
    expect(readingText()).toContain('Оценено рычагов: 2 из 12');

    const summary = screen.getByRole('table', { name: 'Где бизнес может удержать клиента' });
    const exitRow = within(summary).getByRole('row', { name: /Цена выхода/ });
    // (5 + 4) / 2 = 4.5
    expect(plain(exitRow.textContent)).toContain('4,5');
    expect(exitRow.textContent).toContain('2 из 2');
  });

  it('keeps every keystroke of how a lever would be used', async () => {
    const user = openWith(blankIncentivesState());
    const how = await screen.findByRole('textbox', { name: 'Как вы будете его использовать Технологии' });
    await user.type(how, 'Заказ в приложении');
    expect(how).toHaveValue('Заказ в приложении');
    expect(storedIncentives().levers.technology).toEqual({ rating: null, how: 'Заказ в приложении' });
  });

  it('clears a rating, which then drops out of the mean', async () => {
    const user = openWith(filledIncentivesState());
    await user.click(await screen.findByRole('button', { name: 'Сбросить оценку рычага «Членский взнос»' }));
    expect(storedIncentives().levers.membershipFee).toEqual({ rating: null, how: 'Годовая карта' });
    const exitRow = within(screen.getByRole('table', { name: 'Где бизнес может удержать клиента' })).getByRole('row', { name: /Цена выхода/ });
    expect(plain(exitRow.textContent)).toContain('5,0');
    expect(exitRow.textContent).toContain('1 из 2');
  });

  it('reads a filled state as several groups holding customers, and draws a bar per lever', async () => {
    openWith(filledIncentivesState());
    expect(await screen.findByText(/Удержать клиентов можно за счёт нескольких групп/)).toBeInTheDocument();
    expect(readingText()).toContain('«Цена выхода», «Цена переключения» и «Привычка»');
    expect(readingText()).not.toContain('копит обиду');
    // The chart's table lists every rated lever with its rating.
    const chart = screen.getByRole('figure', { name: 'Оценки рычагов удержания' });
    expect(within(chart).getAllByRole('row')).toHaveLength(13);
  });
});
