import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { loyaltyState, planEntry } from '../../builders/loyalty';
import { resetLoyaltyWorkbook, storedLoyaltyState } from './helpers';

const ROUTE = '#/ex/loyalty-measurement/business';

describe('loyalty measurement, step 1: your business', () => {
  beforeEach(() => {
    window.location.hash = ROUTE;
  });

  it('recommends a metric set live from the answers, with a reason for each', async () => {
    resetLoyaltyWorkbook(loyaltyState());
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText(/Ответьте на вопросы слева/)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Компаниям (B2B)' }));
    await user.click(screen.getByRole('radio', { name: 'Никак: покупка анонимна' }));
    await user.click(screen.getByRole('checkbox', { name: 'Продажи по клиентам' }));
    await user.type(screen.getByLabelText('Активных клиентов'), '97');

    const panel = screen.getByRole('region', { name: 'Рекомендуемые метрики' });
    expect(within(panel).getByText(/Клиентов мало, поэтому NPS/)).toBeInTheDocument();
    // 196 / √(97 + 3) = 19.6 → «±20».
    expect(within(panel).getByText(/Даже если ответят все 97 клиентов, погрешность NPS будет до ±20 пунктов/)).toBeInTheDocument();
    expect(within(panel).getAllByText(/Покупки анонимны/).length).toBe(5);
    expect(storedLoyaltyState().business).toEqual({
      model: 'b2b', purchaseCycleDays: null, longLifeCycle: false, identification: 'none', activeCustomers: 97, dataAvailable: ['sales'],
    });
  });

  it('names the retention period once: in retention’s own reason when it is recommended, else on its own line', async () => {
    resetLoyaltyWorkbook(loyaltyState());
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('radio', { name: 'Людям (B2C)' }));
    await user.click(screen.getByRole('radio', { name: 'Карта лояльности' }));
    await user.click(screen.getByRole('checkbox', { name: 'Продажи по клиентам' }));
    await user.type(screen.getByLabelText(/Типичный интервал между покупками/), '30');
    const panel = screen.getByRole('region', { name: 'Рекомендуемые метрики' });
    expect(within(panel).getAllByText(/месяц/).map((line) => line.textContent)).toEqual([
      expect.stringContaining('считайте удержание за период «месяц»'),
      expect.stringContaining('Покупки частые'),
    ]);
    expect(within(panel).queryByText('Удержание считать по периоду: месяц.')).not.toBeInTheDocument();
  });

  it('keeps a bad number as a draft with a message, and stores nothing for it', async () => {
    resetLoyaltyWorkbook(loyaltyState());
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Типичный интервал между покупками одного клиента'), 'месяц');
    expect(screen.getByRole('alert')).toHaveTextContent(/числ/i);
    expect(storedLoyaltyState().business.purchaseCycleDays).toBeNull();
    expect(useWorkbookStore.getState().exercises['loyalty-measurement']?.drafts).toEqual({ 'business.purchaseCycleDays': 'месяц' });
  });

  it('adds the recommended metrics to the plan without duplicating one already there', async () => {
    const typed = planEntry({ metric: 'nps', owner: 'Анна', target: 40, alarm: 20, frequency: 'yearly' });
    resetLoyaltyWorkbook(
      loyaltyState({
        business: { model: 'b2c', purchaseCycleDays: 30, identification: 'card', activeCustomers: 900, dataAvailable: ['sales', 'surveys'] },
        plan: [typed],
      }),
    );
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Добавить рекомендованные метрики в план' }));

    const plan = storedLoyaltyState().plan;
    expect(plan.map((entry) => entry.metric)).toEqual(['nps', 'csat', 'retention', 'repeatRate', 'cohortRetention', 'frequency']);
    expect(plan[0]).toEqual(typed);
    expect(plan.find((entry) => entry.metric === 'retention')?.frequency).toBe('monthly');
    expect(screen.getByText('В план добавлено 5 метрик.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Добавить рекомендованные метрики в план' })).toBeNull();
  });

  it('speaks Chinese in Chinese, the demo included', async () => {
    resetLoyaltyWorkbook(undefined, 'zh');
    render(<App />);
    const panel = await screen.findByRole('region', { name: '推荐指标' });
    expect(within(panel).getByText('NPS（净推荐值）')).toBeInTheDocument();
    // The page, not the header: its language menu writes Русский in Russian.
    expect(screen.getByRole('main').textContent).not.toMatch(/[\u0400-\u04ff]/);
  });
});
