import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { plain, resetWorkbook, storedKanoState } from './helpers';

describe('Kano step 4: results of the demo survey', () => {
  beforeEach(() => {
    // Nothing entered: the exercise opens on the demo survey (64 customers, 10 retail features).
    resetWorkbook();
    window.location.hash = '#/ex/kano/results';
  });

  it('classifies card payment as must-be with the hand-checked Better and Worse', async () => {
    render(<App />);
    const table = await screen.findByRole('table', { name: /Число ответов каждой категории/ });
    const row = within(table).getByRole('row', { name: /Оплата картой и телефоном на всех кассах/ });
    const cells = within(row).getAllByRole('cell').map((cell) => plain(cell.textContent));
    // Demo quotas: regulars A1 O5 M25 I3, newcomers A0 O4 M22 I3 Q1 → A 1, O 9, M 47, I 6, R 0, Q 1; n = 64.
    expect(cells[0]).toBe('64');
    // Each category cell: the count, then the share beneath it (1 of 64 = 2 %, 47 of 64 = 73 %).
    const categoryCells = within(row).getAllByRole('cell').slice(1, 7).map((cell) => `${cell.firstChild?.textContent} · ${plain(cell.lastChild?.textContent)}`);
    expect(categoryCells).toEqual(['1 · 2 %', '9 · 14 %', '47 · 73 %', '6 · 9 %', '0 · 0 %', '1 · 2 %']);
    expect(cells[7]).toContain('Обязательное');
    // Strength: (47 − 9) / 64 = 59.4 points.
    expect(cells[8]).toBe('59,4 п. п.');
    expect(cells[9]).toBe('значимо');
    // Better = (A + O) / (A + O + M + I) = 10 / 63 = 0.159; Worse = −(O + M) / 63 = −56 / 63 = −0.889.
    expect(cells[10]).toBe('0,16');
    expect(cells[11]).toBe('-0,89');
    // Worse is written with the true minus sign, as every negative figure in the workbook.
    expect(within(row).getAllByRole('cell')[11]?.textContent).toBe('\u22120,89');
  });

  it('shows the tie on returns without a receipt, and results per segment', async () => {
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByRole('table', { name: /Число ответов каждой категории/ });
    const returns = within(table).getByRole('row', { name: /Возврат без чека по карте/ });
    expect(returns).toHaveTextContent('ничья, правило M > O > A > I');

    await user.selectOptions(screen.getByLabelText('Показать результаты'), 'Новые покупатели (30)');
    expect(screen.getByText(/Всего респондентов: 30/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Better–Worse: что радует и что огорчает' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Из чего складывается категория каждого свойства' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Непрерывный анализ (Дюмушель)' })).toBeInTheDocument();
  });
});

describe('Kano step 5: decisions', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/kano/decisions';
  });

  it('lists must-be first and keeps the decision and note per feature', async () => {
    const user = userEvent.setup();
    render(<App />);
    const headings = (await screen.findAllByRole('heading', { level: 4 })).map((heading) => heading.textContent);
    expect(headings[0]).toBe('Сначала обеспечить');
    expect(headings).toContain('Сначала разделить клиентов на группы');

    await user.selectOptions(screen.getByLabelText('Решение по «Оплата картой и телефоном на всех кассах»'), 'Улучшить');
    await user.type(screen.getByLabelText('Заметка к «Оплата картой и телефоном на всех кассах»'), 'Терминалы в каждом магазине');
    await user.type(screen.getByLabelText('Выводы и следующие шаги'), 'Повторить опрос через год');

    const cashless = storedKanoState().features.find((feature) => feature.id === 'cashless');
    expect(cashless).toMatchObject({ decision: 'improve', note: 'Терминалы в каждом магазине' });
    expect(storedKanoState().notes).toBe('Повторить опрос через год');
  });
});
