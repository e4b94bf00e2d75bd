import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MechanicsStep from '../../../exercises/program-design/steps/MechanicsStep';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { renderDesignStep, resetDesign, storeIncentives, storedDesign } from './goalHarness';

const reading = () => screen.getByRole('region', { name: 'Что это значит' }).textContent ?? '';
const pointsFromIncentives = { id: 'i1', type: 'points', rewardRate: 0.05, threshold: 1000, expiryMonths: 12, rules: 'Баллы за каждую покупку' } as const;
const tiersFromIncentives = { id: 'i2', type: 'tiers', rewardRate: null, threshold: 30000, expiryMonths: null, rules: 'Серебро и золото' } as const;
const parameters = (state = storedDesign()) => state.mechanics.chosen.map(({ id: _id, ...rest }) => rest);

describe('step 2: mechanics and rules', () => {
  beforeEach(() => resetDesign());

  it('says incentives is not filled yet, links to it, and lets the participant choose mechanics here', async () => {
    const user = userEvent.setup();
    renderDesignStep(MechanicsStep);
    expect(screen.getByText('Упражнение «Рациональные стимулы» ещё не заполнено')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Открыть упражнение «Рациональные стимулы»' })).toHaveAttribute('href', '#/ex/incentives/mechanics');
    expect(reading()).toContain('ещё не заполнено');

    await user.selectOptions(screen.getByLabelText('Тип программы'), 'Кешбэк');
    await user.click(screen.getByRole('button', { name: 'Добавить механику' }));
    await user.type(screen.getByLabelText('Размер вознаграждения'), '3,5');
    await user.type(screen.getByLabelText('Порог'), '500');
    await user.type(screen.getByLabelText('Срок сгорания'), '6');
    await user.type(screen.getByLabelText('Правила и подробности'), 'Кешбэк на карту');
    expect(storedDesign().mechanics).toMatchObject({ source: 'own', types: ['cashback'] });
    expect(parameters()).toEqual([{ type: 'cashback', rewardRate: 0.035, threshold: 500, expiryMonths: 6, rules: 'Кешбэк на карту' }]);
    expect(reading()).toContain('Механика программы: Кешбэк.');

    // A bad value keeps its text with a message, and the stored value stays the last good one ("1" on the way to "1,5").
    await user.clear(screen.getByLabelText('Срок сгорания'));
    await user.type(screen.getByLabelText('Срок сгорания'), '1,5');
    expect(screen.getByLabelText('Срок сгорания')).toHaveValue('1,5');
    expect(screen.getByLabelText('Срок сгорания')).toBeInvalid();
    expect(storedDesign().mechanics.chosen[0]?.expiryMonths).toBe(1);
    expect(screen.getByText('Введите целое число', { exact: false })).toBeInTheDocument();
  });

  it('adds, moves and deletes mechanics, with an undo that puts one back where it was', async () => {
    const user = userEvent.setup();
    renderDesignStep(MechanicsStep);
    for (const type of ['Скидка', 'Баллы и бонусы', 'Подарки']) {
      await user.selectOptions(screen.getByLabelText('Тип программы'), type);
      await user.click(screen.getByRole('button', { name: 'Добавить механику' }));
    }
    const types = () => storedDesign().mechanics.chosen.map((mechanic) => mechanic.type);
    const ids = storedDesign().mechanics.chosen.map((mechanic) => mechanic.id);
    expect(new Set(ids).size).toBe(3);
    expect(types()).toEqual(['discount', 'points', 'gifts']);
    expect(screen.getByRole('button', { name: 'Выше: Скидка (1)' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Выше: Подарки (3)' }));
    expect(types()).toEqual(['discount', 'gifts', 'points']);
    await user.type(screen.getAllByLabelText('Правила и подробности')[1]!, 'Подарок на день рождения');

    await user.click(screen.getByRole('button', { name: 'Удалить: Подарки (2)' }));
    expect(types()).toEqual(['discount', 'points']);
    expect(screen.getByText('Механика «Подарки» удалена.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Вернуть' }));
    expect(types()).toEqual(['discount', 'gifts', 'points']);
    expect(storedDesign().mechanics.chosen[1]).toMatchObject({ id: ids[2], rules: 'Подарок на день рождения' });
    expect(screen.getAllByLabelText('Правила и подробности')[1]).toHaveValue('Подарок на день рождения');
  });

  it('shows what incentives chose and takes it on request, asking before it replaces mechanics already there', async () => {
    const user = userEvent.setup();
    storeIncentives([pointsFromIncentives, tiersFromIncentives]);
    renderDesignStep(MechanicsStep);
    expect(screen.getByText(/Короткий список типов программ: Баллы и бонусы и Статусы \(уровни\)\./)).toBeInTheDocument();
    const offered = screen.getByRole('table', { name: 'Механика, выбранная там' });
    expect(within(offered).getAllByRole('row')[1]).toHaveTextContent(/Баллы и бонусы\s*5\s?%\s*1\s?000\s?₽\s*12 мес\.\s*Баллы за каждую покупку/);
    expect(within(offered).getAllByRole('row')[2]).toHaveTextContent(/не указано.*не сгорает/);
    expect(reading()).toContain('выбрано механик: 2');

    await user.click(screen.getByRole('button', { name: 'Взять эту механику' }));
    expect(storedDesign().mechanics.source).toBe('incentives');
    expect(parameters()).toEqual([
      { type: 'points', rewardRate: 0.05, threshold: 1000, expiryMonths: 12, rules: 'Баллы за каждую покупку' },
      { type: 'tiers', rewardRate: null, threshold: 30000, expiryMonths: null, rules: 'Серебро и золото' },
    ]);
    const firstIds = storedDesign().mechanics.chosen.map((mechanic) => mechanic.id);
    expect(firstIds).not.toContain('i1');
    expect(screen.getAllByLabelText('Размер вознаграждения')[0]).toHaveValue('5');

    // Tuned here, then taken again: the question comes first, and Cancel keeps the tuning.
    await user.clear(screen.getAllByLabelText('Размер вознаграждения')[0]!);
    await user.type(screen.getAllByLabelText('Размер вознаграждения')[0]!, '4');
    await user.click(screen.getByRole('button', { name: 'Взять эту механику' }));
    const dialog = screen.getByRole('dialog', { name: 'Заменить механику?' });
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    expect(storedDesign().mechanics.chosen[0]?.rewardRate).toBe(0.04);
    await user.click(screen.getByRole('button', { name: 'Взять эту механику' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Заменить механику?' })).getByRole('button', { name: 'Заменить' }));
    expect(storedDesign().mechanics.chosen[0]?.rewardRate).toBe(0.05);
    expect(screen.getAllByLabelText('Размер вознаграждения')[0]).toHaveValue('5');
  });

  it('says when incentives now has other mechanics, or other parameters, than the ones taken, but not for tuning done here', async () => {
    const user = userEvent.setup();
    const changed = 'механики изменились с тех пор, как вы их оттуда взяли';
    storeIncentives([pointsFromIncentives]);
    renderDesignStep(MechanicsStep);
    await user.click(screen.getByRole('button', { name: 'Взять эту механику' }));
    expect(reading()).not.toContain(changed);
    // Tuned here: the design's own choice, not a change in the source.
    await user.clear(screen.getAllByLabelText('Размер вознаграждения')[0]!);
    await user.type(screen.getAllByLabelText('Размер вознаграждения')[0]!, '4');
    expect(reading()).not.toContain(changed);
    // The same type there, with another expiry: a change.
    act(() => storeIncentives([{ ...pointsFromIncentives, expiryMonths: 6 }]));
    expect(reading()).toContain(changed);
    act(() => storeIncentives([pointsFromIncentives]));
    expect(reading()).not.toContain(changed);
    act(() => storeIncentives([pointsFromIncentives, tiersFromIncentives]));
    expect(reading()).toContain(changed);
    expect(within(screen.getByRole('table', { name: 'Механика, выбранная там' })).getAllByRole('row')).toHaveLength(3);
  });

  it('keeps the rules per topic and the partners’ side on every keystroke', async () => {
    const user = userEvent.setup();
    renderDesignStep(MechanicsStep);
    await user.type(screen.getByLabelText('Начисление'), '5 % баллами');
    await user.type(screen.getByLabelText('Коммуникация'), 'Чек и приложение');
    expect(storedDesign().rules).toMatchObject({ earning: '5 % баллами', communication: 'Чек и приложение', spending: '' });
    expect(screen.getByText(/с какой суммы, на какие товары/)).toBeInTheDocument();

    expect(screen.queryByLabelText('Что получает и что делает торговая цепочка')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Я продаю через дилеров, дистрибьюторов или магазины' }));
    expect(reading()).toContain('Вы продаёте через партнёров');
    await user.type(screen.getByLabelText('Что получает и что делает торговая цепочка'), 'Бонус продавцу');
    expect(storedDesign().channel).toEqual({ throughPartners: true, partnersSide: 'Бонус продавцу' });
    expect(reading()).not.toContain('Вы продаёте через партнёров');
    expect(screen.getByText(/мотивацию каждого звена/)).toBeInTheDocument();
    // Turned off and on: the text is still there.
    await user.click(screen.getByRole('checkbox', { name: 'Я продаю через дилеров, дистрибьюторов или магазины' }));
    await user.click(screen.getByRole('checkbox', { name: 'Я продаю через дилеров, дистрибьюторов или магазины' }));
    expect(screen.getByLabelText('Что получает и что делает торговая цепочка')).toHaveValue('Бонус продавцу');
    expect(useWorkbookStore.getState().exercises['program-design']?.drafts).toEqual({});
  });
});
