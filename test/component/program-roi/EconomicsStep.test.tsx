import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { roiState } from '../../builders';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { roiMessages } from '../../../exercises/program-roi/messages';
import { programEconomics } from '../../../exercises/program-roi/model';
import { DEMO_PROGRAM_INPUTS } from '../../../exercises/program-roi/demo/programDemo';
import { metricValue, plain, resetWorkbook, storedRoiState } from './helpers';

const format = createFormatters('ru', 'RUB');
const t = translator(roiMessages, 'ru');

describe('step 2: program economics', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/program-roi/economics';
  });

  it('opens with the demo program and shows the model\'s ROI, payback and net effect', async () => {
    const expected = programEconomics(DEMO_PROGRAM_INPUTS);
    render(<App />);
    expect(plain((await screen.findByLabelText<HTMLInputElement>('Участники программы')).value)).toBe('20 000');
    expect(expected.roi).not.toBeNull();
    expect(expected.paybackMonth).not.toBeNull();

    expect(metricValue('ROI')).toBe(format.signedPercent(expected.roi ?? Number.NaN));
    expect(metricValue('Чистый эффект')).toBe(format.money(expected.net));
    const payback = plain(t('results.paybackValue', { count: expected.paybackMonth ?? 0 }));
    expect(payback).toMatch(/^\d+ месяц(а|ев)?$/);
    expect(plain(metricValue('Окупаемость'))).toBe(payback);
    expect(plain(screen.getByText(/программа заработает/).textContent)).toContain(`Вложения вернутся через ${payback}.`);

    // The cumulative chart's data table has one row per month of the horizon.
    const chart = screen.getByRole('figure', { name: 'Накопленный эффект по месяцам' });
    expect(within(chart).getAllByRole('row')).toHaveLength(DEMO_PROGRAM_INPUTS.horizonMonths + 1);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('writes every valid value through to the stored state', async () => {
    const user = userEvent.setup();
    render(<App />);
    const check = await screen.findByLabelText('Средний чек');
    await user.clear(check);
    await user.type(check, '2 000');
    await user.clear(screen.getByLabelText('Доля сгорающих бонусов'));
    await user.type(screen.getByLabelText('Доля сгорающих бонусов'), '25,5');

    const program = storedRoiState().program;
    expect(program).toMatchObject({ averageCheck: 2000, breakage: 0.255 });
    const expected = programEconomics({ ...DEMO_PROGRAM_INPUTS, averageCheck: 2000, breakage: 0.255 });
    expect(metricValue('Чистый эффект')).toBe(format.money(expected.net));
  });

  it('lists what to fill in instead of computing from blanks', async () => {
    resetWorkbook(roiState());
    const user = userEvent.setup();
    render(<App />);
    const callout = (await screen.findByText('Чтобы посчитать эффект программы, заполните поля:')).closest('.callout') as HTMLElement;
    expect(within(callout).getByText('Участники программы')).toBeInTheDocument();
    expect(within(callout).getByText('Горизонт расчёта')).toBeInTheDocument();
    expect(screen.queryByText('ROI', { selector: 'dt' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Участники программы'), '1000');
    expect(within(callout).queryByText('Участники программы')).not.toBeInTheDocument();
    expect(storedRoiState().program.members).toBe(1000);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
