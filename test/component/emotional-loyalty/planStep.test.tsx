import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { blankEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { cafePlan } from '../../unit/emotional-loyalty/planState';
import { openWith, plain, storedState } from './planHelpers';

const card = (title: string) => screen.getByRole('group', { name: title });

describe('step 3: rating and action plan', () => {
  // The step and its chart load lazily; loaded here, a busy machine does not spend a query's wait on it.
  beforeAll(() => import('../../../exercises/emotional-loyalty/steps/PlanStep'));
  beforeEach(() => openWith(cafePlan(), 'plan'));

  it('rates an idea on both scales and places it in the matrix', async () => {
    const user = userEvent.setup();
    render(<App />);
    const cost = await screen.findByRole('combobox', { name: 'Затраты: Идея без оценки' });
    await user.selectOptions(cost, '2 — недорого');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Эффект: Идея без оценки' }), '5 — расскажут другим');
    expect(storedState().ideas.find((idea) => idea.id === 'i-unrated')).toMatchObject({ cost: 2, effect: 5, chosen: false });
    const row = cost.closest('tr');
    expect(row && within(row).getByText('Быстрая победа')).toBeInTheDocument();
    // Now the priority list holds six ideas, and the new one is second (5 − 2 = 3, after the cake's 4).
    const list = within(screen.getByRole('region', { name: 'Порядок приоритета' })).getAllByRole('listitem');
    expect(list.map((item) => item.querySelector('.el-plan-priority__title')?.textContent)).toEqual([
      'Торт ко дню рождения', 'Идея без оценки', 'Вечер дегустаций', 'Записка от руки', 'Детский праздник', 'Громкая акция',
    ]);
  });

  it('chooses an idea into the plan, and unchoosing keeps what was typed for it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('checkbox', { name: 'В план: Записка от руки' }));
    expect(storedState().ideas.find((idea) => idea.id === 'i-thanks')?.chosen).toBe(true);
    // Its action was typed before it was chosen: the card shows it.
    expect(within(card('Записка от руки')).getByLabelText('Кто отвечает')).toHaveValue('Бариста');

    await user.click(screen.getByRole('checkbox', { name: 'В план: Торт ко дню рождения' }));
    expect(screen.queryByRole('group', { name: 'Торт ко дню рождения' })).toBeNull();
    expect(storedState().actions['i-cake']).toMatchObject({ owner: 'Анна', budget: 3000, date: '2026-03-15' });
    await user.click(screen.getByRole('checkbox', { name: 'В план: Торт ко дню рождения' }));
    expect(within(card('Торт ко дню рождения')).getByLabelText('Кто отвечает')).toHaveValue('Анна');

    await user.click(within(card('Торт ко дню рождения')).getByRole('button', { name: 'Убрать из плана: Торт ко дню рождения' }));
    expect(storedState().ideas.find((idea) => idea.id === 'i-cake')?.chosen).toBe(false);
    expect(storedState().actions['i-cake']?.owner).toBe('Анна');
  });

  it('suggests the quick wins and chooses them in one go', async () => {
    openWith({ ...cafePlan(), ideas: cafePlan().ideas.map((idea) => ({ ...idea, chosen: false })) }, 'plan');
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Выбрать быстрые победы (2)' }));
    expect(storedState().ideas.filter((idea) => idea.chosen).map((idea) => idea.id)).toEqual(['i-cake', 'i-tasting']);
    expect(screen.queryByRole('button', { name: /Выбрать быстр/ })).toBeNull();
  });

  it('takes a date, an owner and a budget for an action, keeps a budget that is not a number as typed, and sums the plan', async () => {
    const user = userEvent.setup();
    render(<App />);
    const tasting = await screen.findByRole('group', { name: 'Вечер дегустаций' });
    await user.type(within(tasting).getByLabelText('Кто отвечает'), 'Мария');
    const budget = within(tasting).getByLabelText('Бюджет');
    await user.clear(budget);
    await user.type(budget, '12 500');
    const date = within(tasting).getByLabelText('Когда');
    await user.clear(date);
    await user.type(date, '01.04.2026');
    await user.tab();
    expect(storedState().actions['i-tasting']).toMatchObject({ owner: 'Мария', budget: 12500, date: '2026-04-01' });
    // 3 000 + 12 500 + 20 000
    expect(plain(screen.getByText('Бюджет плана', { selector: 'dt' }).nextElementSibling?.textContent)).toBe('35 500 ₽');

    await user.type(budget, ' тыс.');
    expect(within(tasting).getByRole('alert')).toHaveTextContent('число');
    expect(budget).toHaveValue('12 500 тыс.');
    // The last valid budget stays in the plan; the text is kept as a draft, over a reload too.
    expect(storedState().actions['i-tasting']?.budget).toBe(12500);
    expect(useWorkbookStore.getState().exercises['emotional-loyalty']?.drafts).toEqual({ 'plan.i-tasting.budget': '12 500 тыс.' });
  });

  it('saves the evidence on every keystroke', async () => {
    const user = userEvent.setup();
    render(<App />);
    const evidence = within(await screen.findByRole('group', { name: 'Детский праздник' })).getByLabelText('Как увидим эффект');
    await user.type(evidence, 'Фото');
    expect(storedState().actions['i-party']?.evidence).toBe('Фото');
    await user.type(evidence, ' гостей');
    expect(storedState().actions['i-party']?.evidence).toBe('Фото гостей');
  });

  it('adds, renames and deletes a customers’ date, with an undo', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: '+ Своя дата' }));
    expect(storedState().occasions).toHaveLength(4);
    const added = storedState().occasions[3];
    expect(added).toMatchObject({ libraryId: null, name: '' });
    await user.type(screen.getByRole('textbox', { name: 'Название: Дата без названия' }), 'День');
    expect(storedState().occasions[3]?.name).toBe('День');

    await user.click(screen.getByRole('button', { name: 'Удалить: День кофе' }));
    expect(storedState().occasions.map((occasion) => occasion.name)).toEqual(['Новогодняя неделя', 'День защиты детей', 'День']);
    expect(screen.getByText('Дата «День кофе» удалена.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Вернуть' }));
    expect(storedState().occasions.map((occasion) => occasion.name)).toEqual(['День кофе', 'Новогодняя неделя', 'День защиты детей', 'День']);
  });

  it('shows the year’s calendar with the planned actions and the customers’ dates by month', async () => {
    render(<App />);
    const march = (await screen.findByRole('heading', { name: 'март', level: 5 })).closest('li');
    expect(march && within(march).getAllByRole('listitem').map((item) => plain(item.textContent))).toEqual(['15.03.2026 Торт ко дню рождения', '20.03.2026 Вечер дегустаций']);
    const october = screen.getByRole('heading', { name: 'октябрь', level: 5 }).closest('li');
    expect(october && plain(within(october).getByRole('listitem').textContent)).toBe('01.10.2026 День кофе · дата клиентов');
    expect(screen.getByText('Ещё без даты:').closest('p')).toHaveTextContent('Детский праздник');
  });

  it('opens with a reading of the plan: budget, quick wins, what lacks an owner or a date', async () => {
    render(<App />);
    const reading = plain((await screen.findByRole('region', { name: 'Что это значит' })).textContent);
    expect(reading).toContain('В плане 3 действия на 28 000 ₽, быстрых побед среди них — 2.');
    expect(reading).toContain('Без ответственного: «Вечер дегустаций»');
    expect(reading).toContain('Без даты: «Детский праздник».');
    expect(reading).toContain('Оцените ещё 1 идею');
  });

  it('says where to add ideas when there are none', async () => {
    openWith(blankEmotionalState(), 'plan');
    render(<App />);
    expect(await screen.findByText('Идей пока нет')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Перейти к идеям' })).toHaveAttribute('href', '#/ex/emotional-loyalty/ideas');
  });
});
