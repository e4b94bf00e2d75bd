import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { blankIncentivesState } from '../../../exercises/incentives/demo';
import { filledIncentivesState } from '../../unit/incentives/mechanicsState';
import { card, openWith, plain, readingText, storedIncentives } from './mechanicsHelpers';

describe('step 3: the chosen mechanics', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/incentives/mechanics';
  });

  it('adds a mechanic from a program type, keeps its rate as typed and flags a rate at the margin', async () => {
    const user = openWith({ ...blankIncentivesState(), margin: 0.3 });
    expect(await screen.findByText(/Механика ещё не выбрана/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Тип механики'), 'Кешбэк');
    await user.click(screen.getByRole('button', { name: '+ Добавить механику' }));
    const cashback = card('1. Кешбэк');
    const rate = within(cashback).getByLabelText('Ставка вознаграждения');
    await user.type(rate, '3');
    expect(storedIncentives().mechanics[0]).toMatchObject({ type: 'cashback', rewardRate: 0.03 });
    expect(within(cashback).getByText(/Награда не сгорает/)).toBeInTheDocument();
    expect(readingText()).toContain('У выбранной механики серьёзных замечаний нет.');

    // Typed on to 30 %: the whole margin.
    await user.type(rate, '0');
    expect(rate).toHaveValue('30');
    expect(plain(within(cashback).getByText(/не меньше маржи/).textContent)).toContain('Ставка 30 % не меньше маржи 30 %');
    expect(readingText()).toContain('Требуют внимания механики: № 1 «Кешбэк».');

    await user.type(within(cashback).getByLabelText('Срок жизни награды'), '2');
    expect(storedIncentives().mechanics[0]?.expiryMonths).toBe(2);
    expect(within(cashback).getByText(/сгорает через 2 мес\./)).toBeInTheDocument();
  });

  it('keeps text that is not a number with its message, and the last valid rate in the state', async () => {
    const user = openWith(filledIncentivesState());
    const points = await screen.findByRole('group', { name: '1. Баллы и бонусы' });
    const rate = within(points).getByLabelText('Ставка вознаграждения');
    await user.type(rate, 'пять', { initialSelectionStart: 0, initialSelectionEnd: 1 });
    expect(rate).toHaveValue('пять');
    expect(within(points).getByRole('alert')).toHaveTextContent('Введите число');
    expect(storedIncentives().mechanics[0]?.rewardRate).toBe(0.05);
  });

  it('deletes a mechanic and brings it back with its place and parameters on undo; moves one up', async () => {
    const user = openWith(filledIncentivesState());
    await user.click(await screen.findByRole('button', { name: 'Удалить «1. Баллы и бонусы»' }));
    expect(storedIncentives().mechanics.map((mechanic) => mechanic.type)).toEqual(['tiers']);
    expect(screen.getByText('Механика «1. Баллы и бонусы» удалена.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Вернуть' }));
    expect(storedIncentives().mechanics).toEqual(filledIncentivesState().mechanics);
    expect(screen.queryByText(/удалена/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Поднять «2. Статусы (уровни)» выше' }));
    expect(storedIncentives().mechanics.map((mechanic) => mechanic.id)).toEqual(['m-test-tiers', 'm-test-points']);
    expect(screen.getByRole('group', { name: '1. Статусы (уровни)' })).toBeInTheDocument();
  });
});

describe('step 3: discounts against the margin', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/incentives/mechanics';
  });

  it('asks for the margin first, then gives +50 % for 10 % off at 30 % and calls 35 % suicidal', async () => {
    const user = openWith(blankIncentivesState());
    expect(await screen.findByText('Введите валовую маржу: без неё ни скидки, ни ставки вознаграждения не проверить.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '+ Добавить скидку' }));
    const first = card('Скидка 1');
    await user.type(within(first).getByLabelText('Размер скидки'), '10');
    expect(within(first).getByText('Нужна валовая маржа.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Валовая маржа'), '30');
    expect(plain(within(first).getByText('Нужный прирост объёма').nextElementSibling?.textContent)).toBe('+50 %');
    expect(within(first).getByText('Требовательно')).toBeInTheDocument();

    await user.type(within(first).getByLabelText('Ожидаемый прирост продаж'), '30');
    // (1 + 0.3) × (0.3 − 0.1) / 0.3 − 1 = −13.3 %
    expect(plain(within(first).getByText('Валовая прибыль при ожидаемом приросте').nextElementSibling?.textContent)).toBe('−13,3 %');
    expect(plain(within(first).getByText(/меньше нужного/).textContent)).toContain('прибыль снизится на 13,3 %');

    await user.click(screen.getByRole('button', { name: '+ Добавить скидку' }));
    const second = card('Скидка 2');
    await user.type(within(second).getByLabelText('На что скидка'), 'Полцены');
    const named = card('2. Полцены');
    await user.type(within(named).getByLabelText('Размер скидки'), '35');
    expect(within(named).getByText('Самоубийственная')).toBeInTheDocument();
    expect(within(named).getByText('недостижим')).toBeInTheDocument();
    expect(readingText()).toContain('Самоубийственные скидки (не меньше маржи 30 %): № 2 «Полцены».');
    expect(storedIncentives().discounts.map((line) => [line.name, line.discount])).toEqual([
      ['', 0.1],
      ['Полцены', 0.35],
    ]);
  });

  it('keeps a discount over 100 % as typed with a clear message', async () => {
    const user = openWith(filledIncentivesState());
    const line = await screen.findByRole('group', { name: '1. Вторая чашка' });
    const discount = within(line).getByLabelText('Размер скидки');
    await user.clear(discount);
    await user.type(discount, '120');
    expect(discount).toHaveValue('120');
    expect(within(line).getByRole('alert')).toHaveTextContent('Не больше 100');
    expect(within(line).getByRole('alert')).toHaveTextContent('Введённое значение сохранено');
    // The state keeps the last valid value; "1" and "12" were valid on the way.
    expect(storedIncentives().discounts[0]?.discount).toBe(0.12);
  });

  it('names a 100 % discount as giving the goods away', async () => {
    const user = openWith(filledIncentivesState());
    const line = await screen.findByRole('group', { name: '1. Вторая чашка' });
    const discount = within(line).getByLabelText('Размер скидки');
    await user.clear(discount);
    await user.type(discount, '100');
    expect(within(line).getByText(/Скидка должна быть меньше 100 %/)).toBeInTheDocument();
  });

  it('reads the verdicts of a filled state and deletes a discount with an undo', async () => {
    const user = openWith(filledIncentivesState());
    expect(await screen.findByText(/Самоубийственные скидки \(не меньше маржи 30 %\): № 3 «Полцены по понедельникам»/)).toBeInTheDocument();
    expect(readingText()).toContain('По вашим же ожиданиям прибыль снизится: № 1 «Вторая чашка».');
    expect(within(card('2. Счастливые часы')).getByText('Реалистично')).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Нужный прирост объёма для скидки' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Удалить «3. Полцены по понедельникам»' }));
    expect(storedIncentives().discounts).toHaveLength(2);
    expect(readingText()).not.toContain('Самоубийственные');
    await user.click(screen.getByRole('button', { name: 'Вернуть' }));
    expect(storedIncentives().discounts).toEqual(filledIncentivesState().discounts);
  });
});
