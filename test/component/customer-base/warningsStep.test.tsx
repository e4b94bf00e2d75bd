import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import WarningsStep from '../../../exercises/customer-base/steps/WarningsStep';
import { blankCustomerBaseState, demoCustomerBaseState } from '../../../exercises/customer-base/demo';
import type { CustomerBaseState } from '../../../exercises/customer-base/state';
import type { StateUpdate } from '../../../src/workbook/contract';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { workbookSettings } from '../../builders';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The step with its state held as the shell holds it; `latest` reads what the step last wrote. */
function renderStep(initial: CustomerBaseState, locale: 'ru' | 'en' = 'ru') {
  const latest = { state: initial };
  function Host() {
    const [state, setState] = useState(initial);
    const update = (next: StateUpdate<CustomerBaseState>) =>
      setState((current) => {
        const value = typeof next === 'function' ? next(current) : next;
        latest.state = value;
        return value;
      });
    return <WarningsStep state={state} update={update} locale={locale} presenter={false} />;
  }
  render(<Host />);
  return latest;
}

const ruleNames = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent ?? '');

describe('WarningsStep', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
    useWorkbookStore.getState().setLocale('ru');
  });

  it('offers the demo when there are no sales yet', async () => {
    const latest = renderStep(blankCustomerBaseState());
    await userEvent.click(screen.getByRole('button', { name: 'Открыть учебные данные' }));
    expect(latest.state.useDemoData).toBe(true);
  });

  it('reads the demo distributor: stages, the at-risk list with its reasons, the slipping customers near the top', async () => {
    renderStep(demoCustomerBaseState());
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 10_000 });
    expect(plain(reading.textContent)).toMatch(/Из 199 клиентов окна постоянных 109, повторных 45, с одной покупкой 1, уходящих 44; ещё 61 покупали только до окна\./);
    const table = screen.getByRole('table', { name: 'Клиенты под угрозой, по выручке под угрозой' });
    // One page of 50 from the worker, ranked; the slipping D-071 is third, below its plan and with falling sales.
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    const ids = ruleNames(table);
    for (const id of ['D-215', 'D-159', 'D-183', 'D-210', 'D-135', 'D-071']) expect(ids.slice(0, 12)).toContain(id);
    const third = within(table).getAllByRole('row')[3] as HTMLElement;
    expect(plain(third.textContent)).toMatch(/D-071.*за последние 3 мес\. в среднем .* в месяц — 33 % от прежних/);
    expect(screen.getByText(/^1–50 из 111$/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Дальше' }));
    expect(await screen.findByText(/^51–100 из 111$/)).toBeTruthy();

    // Filtered by debt: only the debtors, ranked again from 1.
    await userEvent.selectOptions(screen.getByLabelText('Показать'), 'debt');
    // 12 debtors fit on one page: no pager.
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Клиенты под угрозой, по выручке под угрозой' })).getAllByRole('row')).toHaveLength(13));
    const debts = screen.getByRole('table', { name: 'Клиенты под угрозой, по выручке под угрозой' });
    expect(within(debts).getAllByRole('row')[1]?.textContent).toMatch(/^1/);
    for (const row of within(debts).getAllByRole('row').slice(1)) expect(plain(row.textContent)).toMatch(/долг .* при кредитном лимите/);
    expect(screen.queryByRole('navigation', { name: 'Страницы списка' })).toBeNull();
  });

  it('switching a rule off takes its customers out of the list and keeps the switch in the state', async () => {
    const latest = renderStep(demoCustomerBaseState());
    await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Долг выше кредитного лимита' }));
    expect(latest.state.warnings.debt.on).toBe(false);
    expect(await screen.findByText(/^Выключено\. Включённым отметило бы 12 клиентов\.$/)).toBeTruthy();
    // 111 customers carried a warning; the debtors with no other warning leave the list.
    const range = await screen.findByText(/^1–50 из (?!111$)\d+$/);
    expect(Number(/из (\d+)/.exec(range.textContent ?? '')?.[1])).toBeLessThan(111);
  });

  it('shows a rule without its data disabled, with the column and file it needs (the demo shop has no plan, debt or cost to serve)', async () => {
    renderStep({ ...demoCustomerBaseState(), demoBusiness: 'shop' });
    await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 10_000 });
    const plan = screen.getByRole('checkbox', { name: 'Объём ниже плана' }) as HTMLInputElement;
    expect(plan.disabled).toBe(true);
    expect(plan.checked).toBe(false);
    expect(screen.getByText('Недоступно: нет данных. Нужно: колонка «План продаж за период» в файле «Справочник клиентов».')).toBeTruthy();
    expect(screen.getByText('Недоступно: нет данных. Нужно: колонка «Задолженность» в файле «Справочник клиентов»; колонка «Кредитный лимит» в файле «Справочник клиентов».')).toBeTruthy();
    expect(screen.getByText(/^Недоступно: нет данных\. Нужно: колонка «Затраты на обслуживание за период» в файле «Справочник клиентов»\.$/)).toBeTruthy();
    expect(plain(screen.getByRole('region', { name: 'Что это значит' }).textContent)).toContain('Без данных выключены правила: Объём ниже плана; Долг выше кредитного лимита; Обслуживание дороже маржи.');
  });
});
