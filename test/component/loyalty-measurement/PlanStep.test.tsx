import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { loyaltyState, planEntry } from '../../builders/loyalty';
import { resetLoyaltyWorkbook, storedLoyaltyState } from './helpers';

const profile = { model: 'b2c' as const, purchaseCycleDays: 30, identification: 'card' as const, activeCustomers: 900, dataAvailable: ['sales' as const, 'surveys' as const] };

describe('loyalty measurement, step 3: metrics and plan', () => {
  beforeEach(() => {
    window.location.hash = '#/ex/loyalty-measurement/plan';
  });

  it('picks a metric from the catalogue into the plan and fills its line', async () => {
    resetLoyaltyWorkbook(loyaltyState({ business: profile }));
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText(/В плане пока нет метрик/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'В плане: Удержание за период' }));

    expect(storedLoyaltyState().plan).toEqual([planEntry({ metric: 'retention', frequency: 'monthly' })]);
    await user.type(screen.getByRole('textbox', { name: 'Ответственный: Удержание за период' }), 'Ольга, CRM');
    await user.type(screen.getByRole('textbox', { name: 'Цель: Удержание за период' }), '75');
    await user.type(screen.getByRole('textbox', { name: 'Тревога: Удержание за период' }), '60');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Как часто: Удержание за период' }), 'Ежеквартально');

    expect(storedLoyaltyState().plan).toEqual([planEntry({ metric: 'retention', owner: 'Ольга, CRM', target: 75, alarm: 60, frequency: 'quarterly' })]);

    await user.click(screen.getByRole('button', { name: 'Убрать из плана: Удержание за период' }));
    expect(storedLoyaltyState().plan).toEqual([]);
    expect(screen.getByRole('checkbox', { name: 'В плане: Удержание за период' })).not.toBeChecked();
  });

  it('says when the alarm is on the wrong side of the target for the metric’s direction', async () => {
    resetLoyaltyWorkbook(
      loyaltyState({ business: profile, plan: [planEntry({ metric: 'csat', target: 80, alarm: 85 }), planEntry({ metric: 'churn', target: 10, alarm: 5 })] }),
    );
    render(<App />);
    expect(await screen.findByText(/Тревога выше цели, а у этой метрики больше — лучше/)).toBeInTheDocument();
    expect(screen.getByText(/Тревога ниже цели, а у этой метрики меньше — лучше/)).toBeInTheDocument();
  });

  it('says when a percentage target is outside 0–100, and keeps what was typed', async () => {
    resetLoyaltyWorkbook(loyaltyState({ business: profile, plan: [planEntry({ metric: 'repeatRate' })] }));
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByRole('textbox', { name: 'Цель: Доля повторных покупателей' }), '150');
    expect(screen.getByText('Цель 150 вне возможных значений метрики: от 0 до 100.')).toBeInTheDocument();
    expect(storedLoyaltyState().plan[0]?.target).toBe(150);
  });

  it('a survey metric ticked into the plan is asked by the questionnaire; taken out, it is no longer asked', async () => {
    resetLoyaltyWorkbook(loyaltyState({ business: profile }));
    const user = userEvent.setup();
    render(<App />);
    const ces = await screen.findByRole('checkbox', { name: 'В плане: CES (усилия клиента)' });
    expect(storedLoyaltyState().survey.questions).toEqual(['nps', 'csat', 'customerId']);
    await user.click(ces);
    expect(storedLoyaltyState().survey.questions).toEqual(['nps', 'csat', 'ces', 'customerId']);
    await user.click(screen.getByRole('button', { name: 'Убрать из плана: CES (усилия клиента)' }));
    expect(storedLoyaltyState().survey.questions).toEqual(['nps', 'csat', 'customerId']);
  });

  it('warns when a metric needs data step 1 said the business does not have', async () => {
    resetLoyaltyWorkbook(loyaltyState({ business: { ...profile, identification: 'none' }, plan: [planEntry({ metric: 'cohortRetention' })] }));
    render(<App />);
    const table = await screen.findByRole('table', { name: 'План измерений' });
    const row = within(table).getByRole('rowheader', { name: /Удержание когорт/ }).closest('tbody');
    if (!row) throw new Error('no plan line');
    expect(within(row).getByText('Нужны данные, которых, по вашим ответам на шаге 1, нет: идентификация клиента при покупке.')).toBeInTheDocument();
  });

  it('on the demo in Chinese, empty boxes show Chinese suggestions and the printed plan marks them', async () => {
    resetLoyaltyWorkbook(undefined, 'zh');
    render(<App />);
    const owner = await screen.findByRole('textbox', { name: '负责人：NPS（净推荐值）' });
    expect(owner).toHaveValue('');
    expect(owner).toHaveAttribute('placeholder', '客户体验负责人');
    expect(screen.getByRole('textbox', { name: '目标：NPS（净推荐值）' })).toHaveValue('30');
    expect(screen.getByText('* 目录建议：参与者尚未填写自己的内容')).toBeInTheDocument();
    expect(screen.getAllByText('客户体验负责人').length).toBeGreaterThan(0);
    expect(screen.getByRole('main').textContent).not.toMatch(/[\u0400-\u04ff]/);
  });
});
