import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import GoalStep from '../../../exercises/program-design/steps/GoalStep';
import { decided, renderDesignStep, resetDesign, storeSegmentation, storedDesign } from './goalHarness';

const reading = () => screen.getByRole('region', { name: 'Что это значит' }).textContent ?? '';
const fromSegmentation = 'Сегменты из упражнения «Сегментация»';

describe('step 1: goal and customers', () => {
  beforeEach(() => resetDesign());

  it('keeps the name, the goal and the description on every keystroke, and the goals, market and stage on click', async () => {
    const user = userEvent.setup();
    renderDesignStep(GoalStep);
    expect(reading()).toContain('Начните с цели');
    await user.type(screen.getByLabelText('Название программы'), 'Кофе+');
    await user.click(screen.getByRole('checkbox', { name: 'Покупки чаще' }));
    await user.click(screen.getByRole('checkbox', { name: 'Удержать клиентов' }));
    await user.type(screen.getByLabelText('Цель своими словами'), 'Частота 2,6');
    await user.click(screen.getByRole('radio', { name: 'B2C: продажи людям' }));
    await user.click(screen.getByRole('radio', { name: 'Зрелость' }));
    await user.type(screen.getByLabelText('Кто целевые клиенты'), 'Офисные');

    const stored = storedDesign();
    expect(stored).toMatchObject({ name: 'Кофе+', goalText: 'Частота 2,6', market: 'b2c', stage: 'maturity', target: { source: 'own', description: 'Офисные' } });
    // Goals keep the list's order, whatever order they were ticked in.
    expect(stored.goals).toEqual(['retain', 'frequency']);
    expect(reading()).toContain('На зрелом рынке');
    expect(reading()).not.toContain('Начните с цели');
    await user.click(screen.getByRole('checkbox', { name: 'Покупки чаще' }));
    expect(storedDesign().goals).toEqual(['retain']);
  });

  it('says the segmentation is not filled yet and links to it, while the description is written here', async () => {
    renderDesignStep(GoalStep);
    expect(screen.getByText('Сегментация ещё не заполнена')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Открыть упражнение «Сегментация»' })).toHaveAttribute('href', '#/ex/segmentation/targets');
    expect(screen.queryByRole('radio', { name: fromSegmentation })).not.toBeInTheDocument();
    expect(reading()).toContain('Опишите целевых клиентов');
    await userEvent.setup().type(screen.getByLabelText('Кто целевые клиенты'), 'Студенты рядом с кофейней');
    expect(storedDesign().target.description).toBe('Студенты рядом с кофейней');
  });

  it('offers the segmentation’s segments, its targets ticked when first taken, with strategy and offer', async () => {
    const user = userEvent.setup();
    storeSegmentation((state) => ({
      ...state,
      targets: { keyAtRisk: decided({ target: true, strategy: 'winBack', offer: 'Звонок и кофе в подарок' }), key: decided({ target: true, strategy: 'retain' }) },
    }));
    renderDesignStep(GoalStep);
    await user.click(screen.getByRole('radio', { name: fromSegmentation }));
    expect(storedDesign().target).toMatchObject({ source: 'segmentation', segmentKeys: ['keyAtRisk', 'key'] });
    const slipping = screen.getByRole('checkbox', { name: 'Ключевые под угрозой' });
    expect(slipping).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Новички' })).not.toBeChecked();
    expect(slipping).toHaveAccessibleDescription(/Стратегия: Возвращать.*Предложение: Звонок и кофе в подарок/);
    expect(reading()).toContain('Программа для сегментов: Ключевые под угрозой и Ключевые.');

    await user.click(screen.getByRole('checkbox', { name: 'Вернуть ушедших' }));
    expect(reading()).not.toContain('ни у одного из выбранных сегментов');
    await user.click(slipping);
    await user.click(screen.getByRole('checkbox', { name: 'Новички' }));
    expect(storedDesign().target.segmentKeys).toEqual(['key', 'newcomers']);
    // A goal of winning back, and no segment the segmentation wins back among the targets.
    expect(reading()).toContain('ни у одного из выбранных сегментов в сегментации нет стратегии «Возвращать»');

    // Switching away and back keeps the choice made, rather than ticking the targets again.
    await user.click(screen.getByRole('radio', { name: 'Описываю сам' }));
    expect(screen.queryByRole('checkbox', { name: 'Новички' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: fromSegmentation }));
    expect(storedDesign().target.segmentKeys).toEqual(['key', 'newcomers']);
  });

  it('follows the segmentation as it changes, and lists chosen segments it no longer has until they are removed', async () => {
    const user = userEvent.setup();
    resetDesign({ target: { source: 'segmentation', segmentKeys: ['key', 'r-gone'], description: '' } });
    storeSegmentation((state) => ({ ...state, targets: { key: decided({ target: true }) } }));
    renderDesignStep(GoalStep);
    expect(screen.getByText('Больше нет в сегментации')).toBeInTheDocument();
    expect(reading()).toContain('Выбранных сегментов, которых больше нет в сегментации: 1');

    act(() =>
      storeSegmentation((state) => ({
        ...state,
        segments: { ...state.segments, rules: state.segments.rules.map((rule) => (rule.id === 'key' ? { ...rule, name: 'Опора бизнеса' } : rule)) },
      })),
    );
    expect(screen.getByRole('checkbox', { name: 'Опора бизнеса' })).toBeChecked();

    const gone = screen.getByText('Больше нет в сегментации').parentElement as HTMLElement;
    await user.click(within(gone).getByRole('button', { name: /^Убрать/ }));
    expect(storedDesign().target.segmentKeys).toEqual(['key']);
    expect(screen.queryByText('Больше нет в сегментации')).not.toBeInTheDocument();
  });
});
