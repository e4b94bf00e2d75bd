import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { loyaltyState } from '../../builders/loyalty';
import { resetLoyaltyWorkbook, storedLoyaltyState } from './helpers';

describe('loyalty measurement, step 2: what loyalty means here', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/loyalty-measurement/meaning';
  });

  it('saves the view, the definition, the shares and a stage with its strategy', async () => {
    resetLoyaltyWorkbook(loyaltyState());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('radio', { name: /Поведение/ }));
    await user.type(screen.getByLabelText('Определение лояльного клиента'), 'Покупает каждый месяц');
    await user.type(screen.getByLabelText('Постоянная: к цене'), '60');
    await user.click(screen.getByRole('checkbox', { name: 'Повторный покупатель: Работаем с этой ступенью' }));
    await user.type(screen.getByLabelText('Стратегия: Повторный покупатель'), 'Скидка на второй заказ');

    const meaning = storedLoyaltyState().meaning;
    expect(meaning.view).toBe('behavioural');
    expect(meaning.definition).toBe('Покупает каждый месяц');
    expect(meaning.typeShares.price).toBe(60);
    expect(meaning.ladder.repeat).toEqual({ used: true, strategy: 'Скидка на второй заказ' });
    expect(meaning.ladder.regular).toEqual({ used: false, strategy: '' });
  });

  it('shows the sum of the shares and says so when it is not 100 %, without blocking', async () => {
    resetLoyaltyWorkbook(loyaltyState());
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Постоянная: к бренду'), '50');
    await user.type(screen.getByLabelText('Прерывистая'), '30');
    expect(screen.getByText(/Сумма долей: 80/)).toBeInTheDocument();
    expect(screen.getByText(/Доли в сумме дают 80\s%, а не 100\s%/)).toBeInTheDocument();
    expect(storedLoyaltyState().meaning.typeShares.intermittent).toBe(30);

    await user.type(screen.getByLabelText('Рассеянная'), '20');
    expect(screen.getByText('Доли в сумме дают 100 %.')).toBeInTheDocument();
    expect(screen.queryByText(/а не 100/)).toBeNull();
  });

  it('keeps a share over 100 as a draft with a message', async () => {
    resetLoyaltyWorkbook(loyaltyState());
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Меняющаяся'), '140');
    expect(screen.getByRole('alert')).toHaveTextContent('Не больше 100');
    // Typed a key at a time: 14 was valid on the way and is what the sum uses; the 140 waits as a draft.
    expect(storedLoyaltyState().meaning.typeShares.changing).toBe(14);
    expect(useWorkbookStore.getState().exercises['loyalty-measurement']?.drafts).toEqual({ 'meaning.typeShares.changing': '140' });
  });

  it('on the demo in Chinese, empty texts show the Chinese suggestions, marked as such', async () => {
    resetLoyaltyWorkbook(undefined, 'zh');
    render(<App />);
    const definition = await screen.findByLabelText('忠诚客户的定义');
    expect(definition).toHaveValue('');
    expect(definition).toHaveAttribute('placeholder', '忠诚客户定期在我们这里购买，比起竞争对手更喜欢我们，并向他人推荐我们。');
    expect(screen.getByLabelText('策略：重复购买者')).toHaveAttribute('placeholder', '留住：个性化优惠、便捷的再次下单、会员计划。');
    expect(screen.getAllByText('目录中的建议：写下您自己的文字即可替换。').length).toBe(7);
    expect(within(screen.getByRole('main')).getByText('比例合计：100%')).toBeInTheDocument();
    expect(screen.getByRole('main').textContent).not.toMatch(/[\u0400-\u04ff]/);
  });
});
