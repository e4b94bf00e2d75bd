import { beforeEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import type { Locale } from '../../../src/i18n/locale';
import { DateField } from '../../../src/ui/date/DateField';

/** A field with its stored value shown beside it, as a step keeps it. */
function Harness({ initial, required = false }: { initial: string | null; required?: boolean }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <DateField aria-label="Дата" value={value} onChange={setValue} required={required} />
      <output data-testid="stored">{value ?? 'none'}</output>
      <button type="button">elsewhere</button>
    </>
  );
}

function inLanguage(locale: Locale) {
  act(() => useWorkbookStore.getState().setLocale(locale));
}

const stored = () => screen.getByTestId('stored').textContent;

describe('DateField: dates in the app’s language, whatever the browser’s', () => {
  beforeEach(() => inLanguage('ru'));

  it('shows a stored date as each language writes it', () => {
    const { unmount } = render(<Harness initial="2026-03-05" />);
    expect(screen.getByLabelText('Дата')).toHaveValue('05.03.2026');
    unmount();
    inLanguage('en');
    render(<Harness initial="2026-03-05" />);
    expect(screen.getByLabelText('Дата')).toHaveValue('5 Mar 2026');
    inLanguage('zh');
    expect(screen.getByLabelText('Дата')).toHaveValue('2026-03-05');
  });

  it('stores a typed Russian date, and keeps a half-typed one without storing it', async () => {
    const user = userEvent.setup();
    render(<Harness initial={null} />);
    const field = screen.getByLabelText('Дата');
    await user.type(field, '14.03.20');
    expect(stored()).toBe('none');
    await user.type(field, '25');
    expect(stored()).toBe('2025-03-14');
    await user.tab();
    expect(field).toHaveValue('14.03.2025');
  });

  it('says what to type once the user leaves a date it cannot read, and keeps the text and the last date', async () => {
    const user = userEvent.setup();
    render(<Harness initial="2026-03-05" />);
    const field = screen.getByLabelText('Дата');
    await user.clear(field);
    await user.type(field, '03/14/2025');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('«03/14/2025» не читается как дата. Введите её так: 05.03.2026, или выберите в календаре.');
    expect(field).toHaveValue('03/14/2025');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // Emptying an optional field clears it once the user leaves it; the stored date had stayed until then.
    expect(stored()).toBe('2026-03-05');
    await user.clear(field);
    expect(stored()).toBe('2026-03-05');
    await user.tab();
    expect(stored()).toBe('none');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the date of a field that must have one, and says so', async () => {
    const user = userEvent.setup();
    render(<Harness initial="2026-03-05" required />);
    await user.clear(screen.getByLabelText('Дата'));
    await user.tab();
    expect(stored()).toBe('2026-03-05');
    expect(screen.getByRole('alert')).toHaveTextContent('Здесь нужна дата');
  });

  it('picks a day in a calendar written in the app’s language, and gives focus back to its button', async () => {
    const user = userEvent.setup();
    render(<Harness initial="2026-03-05" />);
    await user.click(screen.getByRole('button', { name: 'Выбрать дату в календаре' }));
    const calendar = screen.getByRole('dialog', { name: 'Календарь' });
    // The calendar's code loads on first use.
    const day = await screen.findByRole('button', { name: /20 марта 2026/i });
    expect(calendar).toHaveTextContent(/март/i);
    await user.click(day);
    expect(stored()).toBe('2026-03-20');
    expect(screen.getByLabelText('Дата')).toHaveValue('20.03.2026');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Выбрать дату в календаре' })).toHaveFocus();
  });

  it('closes the calendar with Esc without changing the date', async () => {
    const user = userEvent.setup();
    render(<Harness initial="2026-03-05" />);
    await user.click(screen.getByRole('button', { name: 'Выбрать дату в календаре' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Выбрать дату в календаре' })).toHaveFocus();
    expect(stored()).toBe('2026-03-05');
  });
});
