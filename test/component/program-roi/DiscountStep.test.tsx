import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { roiState } from '../../builders';
import { metricValue, plain, resetWorkbook, storedRoiState } from './helpers';

describe('step 1: discount break-even', () => {
  beforeEach(() => {
    resetWorkbook(roiState());
    window.location.hash = '#/ex/program-roi/discount';
  });

  it('asks for the margin and discount, then shows the +50 % the seminar example needs', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText(/Введите валовую маржу и скидку/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Валовая маржа'), '30');
    await user.type(screen.getByLabelText('Скидка'), '10');
    expect(plain(metricValue('Нужный прирост объёма'))).toBe('+50 %');
    expect(plain(screen.getByText(/окупается, только если продажи вырастут/).textContent)).toContain('вырастут на 50 %');
    expect(storedRoiState().discount).toMatchObject({ margin: 0.3, discount: 0.1 });

    await user.type(screen.getByLabelText('Ожидаемый прирост продаж'), '30');
    // (1 + 0.3) × (0.3 − 0.1) / 0.3 − 1 = −13.3 %: the expected uplift falls short of the +50 % required.
    expect(plain(metricValue('Изменение валовой прибыли'))).toBe('−13,3 %');
    expect(plain(screen.getByText(/меньше нужного/).textContent)).toContain('снизится на 13,3 %');
  });

  it('calls a discount at or above the margin suicidal', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Валовая маржа'), '30');
    await user.type(screen.getByLabelText('Скидка'), '35');
    expect(metricValue('Нужный прирост объёма')).toBe('Недостижим');
    expect(screen.getByText(/«самоубийственная»/, { selector: 'p.verdict' })).toBeInTheDocument();
    // The chart's data table marks the suicidal zone as unreachable too.
    expect(screen.getAllByRole('cell', { name: 'недостижим' }).length).toBeGreaterThan(0);
  });

  it('keeps the last valid result while the text is not a number', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Валовая маржа'), '30');
    const discount = screen.getByLabelText('Скидка');
    await user.type(discount, '10');
    // Typed over the selected "10", as a person replaces a value: the field never passes through empty.
    await user.type(discount, 'abc', { initialSelectionStart: 0, initialSelectionEnd: 2 });
    expect(discount).toHaveValue('abc');

    expect(screen.getByRole('alert')).toHaveTextContent('Введите число');
    expect(discount).toHaveAttribute('aria-invalid', 'true');
    expect(plain(metricValue('Нужный прирост объёма'))).toBe('+50 %');
    expect(storedRoiState().discount.discount).toBe(0.1);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
