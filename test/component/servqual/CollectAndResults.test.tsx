import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { onlyStatements, servqualState } from '../../builders';
import { metricValue, plain, resetWorkbook, storedState } from './helpers';

type User = ReturnType<typeof userEvent.setup>;

async function typeRespondent(user: User, answers: { E1: string; P1: string; E5: string; P5: string }, weights: string[]) {
  await user.type(screen.getByLabelText('Ожидание 1'), answers.E1);
  await user.type(screen.getByLabelText('Ожидание 5'), answers.E5);
  await user.type(screen.getByLabelText('Восприятие 1'), answers.P1);
  await user.type(screen.getByLabelText('Восприятие 5'), answers.P5);
  const names = ['Материальность', 'Надёжность', 'Отзывчивость', 'Убедительность', 'Эмпатия'];
  for (const [index, weight] of weights.entries()) await user.type(screen.getByRole('textbox', { name: names[index] }), weight);
}

describe('SERVQUAL steps 2 and 4: typing paper forms in, and the results they give', () => {
  beforeEach(() => {
    // Only statements 1 (tangibles) and 5 (reliability) asked: a survey small enough to type and to check by hand.
    resetWorkbook(servqualState({ questionnaire: { statements: onlyStatements(1, 5) } }));
    window.location.hash = '#/ex/servqual/collect';
  });

  it('warns when the 100 points do not add up, still adds the respondent, and lists it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { name: 'Новая анкета' }, { timeout: 5000 });
    await typeRespondent(user, { E1: '6', P1: '4', E5: '7', P5: '6' }, ['30', '30', '30']);

    expect(screen.getByText('Сумма баллов: 90 из 100')).toBeInTheDocument();
    expect(screen.getByText('Баллы не дают 100')).toBeInTheDocument();
    expect(screen.getByText(/Сумма 90, а должно быть 100/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Добавить анкету' }));
    const [wave] = storedState().waves;
    expect(wave?.source).toEqual({
      kind: 'entered',
      responses: [expect.objectContaining({ respondentId: 'R01', weights: [30, 30, 30, null, null] })],
    });
    const table = screen.getByRole('table', { name: 'Введена 1 анкета' });
    expect(within(table).getByRole('rowheader', { name: 'R01' })).toBeInTheDocument();
    expect(within(table).getByText('90 (не в весах)')).toBeInTheDocument();
    // The form is empty again for the next paper form.
    expect(screen.getByLabelText('Ожидание 1')).toHaveValue('');
  });

  it('refuses an answer outside the scale until it is corrected', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Ожидание 1', {}, { timeout: 5000 }), '9');
    expect(screen.getByText('E1: нужен целый ответ от 1 до 7.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Добавить анкету' })).toBeDisabled();
  });

  it('shows the hand-checked scores of a two-respondent survey', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    await screen.findByRole('heading', { name: 'Новая анкета' }, { timeout: 5000 });
    await typeRespondent(user, { E1: '6', P1: '4', E5: '7', P5: '6' }, ['20', '40', '20', '10', '10']);
    await user.click(screen.getByRole('button', { name: 'Добавить анкету' }));
    await typeRespondent(user, { E1: '5', P1: '5', E5: '6', P5: '3' }, ['10', '30', '30', '20', '10']);
    await user.click(screen.getByRole('button', { name: 'Добавить анкету' }));
    unmount();

    window.location.hash = '#/ex/servqual/results';
    render(<App />);
    await screen.findByText('Невзвешенный SERVQUAL', { selector: 'dt' }, { timeout: 5000 });
    // Tangibles: gaps 4 − 6 = −2 and 5 − 5 = 0 → −1. Reliability: 6 − 7 = −1 and 3 − 6 = −3 → −2.
    // Unweighted = mean of the dimensions with data = (−1 + −2) / 2 = −1.5.
    expect(plain(metricValue('Невзвешенный SERVQUAL'))).toBe('−1,50');
    // Mean weights: tangibles (20 + 10) / 2 = 15, reliability (40 + 30) / 2 = 35.
    // Weighted = −1 × 15 / 100 + −2 × 35 / 100 = −0.15 − 0.70 = −0.85.
    expect(plain(metricValue('Взвешенный SERVQUAL'))).toBe('−0,85');
    const table = screen.getByRole('table', { name: /Стороны сервиса/ });
    const reliability = within(table).getByRole('row', { name: /Надёжность/ });
    expect(plain(reliability.textContent)).toContain('−2,00');
    expect(plain(reliability.textContent)).toContain('35,0');
  });
});
