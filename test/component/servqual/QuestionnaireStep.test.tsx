import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { presetText } from '../../../exercises/servqual/statements';
import { resetWorkbook, storedState } from './helpers';

describe('SERVQUAL step 1: adapting the questionnaire', () => {
  beforeEach(() => {
    resetWorkbook();
    window.location.hash = '#/ex/servqual/questionnaire';
  });

  it('keeps two rewritten statements through a reload, and resets one to the preset text', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    const first = await screen.findByLabelText('Утверждение 1', {}, { timeout: 5000 });
    await user.clear(first);
    await user.type(first, 'Кассы и терминалы в магазине работают быстро.');
    const eleventh = screen.getByLabelText('Утверждение 11');
    await user.clear(eleventh);
    await user.type(eleventh, 'Менеджер перезванивает в течение часа.');

    expect(storedState().questionnaire.statements[0]?.text).toBe('Кассы и терминалы в магазине работают быстро.');
    expect(storedState().questionnaire.statements[10]?.text).toBe('Менеджер перезванивает в течение часа.');

    // A reload reads the same progress back: it is in the persisted workbook.
    expect(localStorage.getItem('loyalty-workbook')).toContain('Менеджер перезванивает в течение часа.');
    unmount();
    render(<App />);
    expect(await screen.findByLabelText('Утверждение 1', {}, { timeout: 5000 })).toHaveValue('Кассы и терминалы в магазине работают быстро.');
    expect(screen.getByLabelText('Утверждение 11')).toHaveValue('Менеджер перезванивает в течение часа.');

    await user.click(screen.getByRole('button', { name: 'Вернуть исходный текст утверждения 11' }));
    expect(screen.getByLabelText('Утверждение 11')).toHaveValue(presetText(11, 'generic', 'ru'));
    expect(storedState().questionnaire.statements[10]?.text).toBeNull();
  });

  it('asks before a preset overwrites edits, switches items off and changes the scale', async () => {
    const user = userEvent.setup();
    render(<App />);
    const first = await screen.findByLabelText('Утверждение 1', {}, { timeout: 5000 });
    await user.type(first, ' Особенно в выходные.');

    await user.selectOptions(screen.getByLabelText('Формулировки для'), 'Банк');
    expect(screen.getByRole('dialog', { name: 'Заменить ваши формулировки?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Заменить' }));
    expect(storedState().questionnaire.preset).toBe('bank');
    expect(screen.getByLabelText('Утверждение 1')).toHaveValue(presetText(1, 'bank', 'ru'));

    await user.click(screen.getByRole('checkbox', { name: 'Утверждение 4 в анкете' }));
    expect(storedState().questionnaire.statements[3]?.enabled).toBe(false);
    expect(screen.getByText('В анкете 21 из 22 утверждений')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^1–5/ }));
    expect(storedState().questionnaire.scale).toBe(5);
  });
});
