import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import RulesStep from '../../../exercises/promo-product/steps/RulesStep';
import { demoPromoState } from '../../../exercises/promo-product/demo';
import type { PromoProductState } from '../../../exercises/promo-product/state';
import type { StateUpdate } from '../../../src/workbook/contract';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { workbookSettings } from '../../builders';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The step with its state held as the shell holds it; `latest` reads what the step last wrote. */
function renderStep(initial: PromoProductState) {
  const latest = { state: initial };
  function Host() {
    const [state, setState] = useState(initial);
    const update = (next: StateUpdate<PromoProductState>) =>
      setState((current) => {
        const value = typeof next === 'function' ? next(current) : next;
        latest.state = value;
        return value;
      });
    return <RulesStep state={state} update={update} locale="ru" presenter={false} />;
  }
  render(<Host />);
  return latest;
}

/** A worker that never answers on its own: the mining it stands for runs until stopped. */
class BusyWorker {
  static started: BusyWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  asked: unknown[] = [];
  terminated = false;
  constructor() {
    BusyWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.asked.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('RulesStep', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
    useWorkbookStore.getState().setLocale('ru');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    BusyWorker.started = [];
  });

  it('shows a long run’s progress with "Stop", which ends the worker; a changed threshold mid-run starts a fresh worker', async () => {
    vi.stubGlobal('Worker', BusyWorker);
    renderStep(demoPromoState());
    const first = BusyWorker.started[0] as BusyWorker;
    act(() => first.onmessage?.({ data: { kind: 'progress', id: 1, fraction: 0.4 } } as MessageEvent));
    expect(screen.getByText('Ищем правила… 40 %')).toBeTruthy();

    // A new threshold while mining: the busy worker is dropped, not queued behind.
    const confidence = screen.getByLabelText('Минимальная достоверность');
    await userEvent.clear(confidence);
    await userEvent.type(confidence, '50');
    expect(first.terminated).toBe(true);
    const second = BusyWorker.started.at(-1) as BusyWorker;
    expect(second.terminated).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Остановить' }));
    expect(second.terminated).toBe(true);
    expect(screen.getByText(/^Поиск остановлен\./)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Искать снова' }));
    expect(BusyWorker.started.at(-1)?.terminated).toBe(false);
    expect(screen.getByRole('button', { name: 'Остановить' })).toBeTruthy();
  });

  it('reads the demo store’s strongest rules as sentences, lists them, and opens a product’s rules from its name', async () => {
    renderStep(demoPromoState());
    const reading = await screen.findByRole('region', { name: 'Что это значит' }, { timeout: 10_000 });
    // Nappies → baby wipes, the demo's strongest mission: 35 of 59 receipts with nappies (59 %), lift 50.3.
    expect(plain(reading.textContent)).toContain('В 59 % чеков с товаром «Подгузники (классика)» есть и «Детские салфетки (классика)» — в 50,3 раза чаще, чем в среднем чеке.');
    const table = screen.getByRole('table', { name: 'Правила' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(10);

    await userEvent.click(within(table).getAllByRole('button', { name: 'Правила с товаром «Подгузники (классика)»' })[0] as HTMLElement);
    const rows = within(screen.getByRole('table', { name: 'Правила' })).getAllByRole('row').slice(1);
    expect(plain(screen.getByText(/^Правила с товаром «Подгузники \(классика\)»:/).textContent)).toBe(`Правила с товаром «Подгузники (классика)»: ${rows.length}.`);
    for (const row of rows) expect(row.textContent).toContain('Подгузники (классика)');
    expect(screen.getByRole('heading', { name: 'Что тот же покупатель покупает потом' })).toBeTruthy();
  }, 20_000);

  it('says when no rule passes and suggests a concrete lower support; keeps a bad threshold as typed with its message', async () => {
    const state = demoPromoState();
    const latest = renderStep({ ...state, rules: { ...state.rules, minSupport: 40 } });
    expect(await screen.findByText('При этих порогах нет ни одного правила.', undefined, { timeout: 10_000 })).toBeTruthy();
    // The demo's most common pair is milk with bread (in about a tenth of receipts): the suggestion names its share.
    expect(plain(screen.getByText(/^Самая частая пара товаров встречается в/).textContent)).toMatch(/в \d+,\d\d % чеков: минимальная поддержка не выше \d+,\d\d % найдёт её\.$/);

    const support = screen.getByLabelText('Минимальная поддержка');
    await userEvent.clear(support);
    await userEvent.type(support, 'abc');
    expect(screen.getByRole('alert').textContent).toBeTruthy();
    expect((support as HTMLInputElement).value).toBe('abc');
    expect(latest.state.rules.minSupport).toBe(40);
  }, 20_000);
});
