import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { blankEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { withAction } from '../../../exercises/emotional-loyalty/model/planEdits';
import { cafePlan } from '../../unit/emotional-loyalty/planState';
import { openWith, plain, storedState } from './planHelpers';

const metric = (label: string) => plain(screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);

describe('step 4: plan and follow-up', () => {
  beforeAll(() => import('../../../exercises/emotional-loyalty/steps/FollowUpStep'));
  beforeEach(() => openWith(cafePlan(), 'follow-up'));

  it('shows the plan as one document: actions by date, texts whole, the total', async () => {
    render(<App />);
    const table = within(await screen.findByRole('region', { name: 'План эмоциональной лояльности на год' })).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1, 4);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['15.03.2026', '20.03.2026', 'дата не назначена']);
    expect(within(rows[0] as HTMLElement).getByText('Отзывы гостей')).toBeInTheDocument();
    expect(plain(within(table).getByText('Итого').closest('tr')?.textContent)).toContain('28 000 ₽');
  });

  it('marks an action done with what was observed, saved on every keystroke, and sums the follow-up', async () => {
    const user = userEvent.setup();
    render(<App />);
    const cake = await screen.findByRole('group', { name: 'Торт ко дню рождения' });
    await user.click(within(cake).getByRole('radio', { name: 'Сделано' }));
    expect(storedState().actions['i-cake']?.followUp).toBe('done');
    const observed = within(cake).getByLabelText('Что увидели');
    await user.type(observed, '12 гостей');
    expect(storedState().actions['i-cake']?.observed).toBe('12 гостей');
    await user.type(observed, ' вернулись');
    expect(storedState().actions['i-cake']?.observed).toBe('12 гостей вернулись');

    await user.click(within(screen.getByRole('group', { name: 'Детский праздник' })).getByRole('radio', { name: 'Не сделано' }));
    expect(metric('Сделано')).toBe('1');
    expect(metric('Не сделано')).toBe('1');
    expect(metric('Не отмечено')).toBe('1');
    // The cake (3 000) was done; the plan is 28 000.
    expect(metric('Потрачено на сделанное')).toBe('3 000 ₽');
    expect(screen.getByText('из 28 000 ₽ по плану')).toBeInTheDocument();
    const reading = plain(screen.getByRole('region', { name: 'Что это значит' }).textContent);
    expect(reading).toContain('Сделано 1 из 3 действий, не сделано 1, не отмечено 1.');
    expect(reading).toContain('Не сделано: «Детский праздник».');
    expect(reading).toContain('Ещё не отмечены: «Вечер дегустаций».');
  });

  it('keeps an observation typed before the mark, and reads an untouched plan as not followed up yet', async () => {
    openWith(withAction(cafePlan(), 'i-tasting', { observed: 'Заметки заранее' }), 'follow-up');
    render(<App />);
    const reading = plain((await screen.findByRole('region', { name: 'Что это значит' })).textContent);
    expect(reading).toContain('В плане 3 действия на 28 000 ₽. Итоги ещё не подводились');
    expect(within(screen.getByRole('group', { name: 'Вечер дегустаций' })).getByLabelText('Что увидели')).toHaveValue('Заметки заранее');
  });

  it('links back to the plan when nothing is chosen', async () => {
    openWith(blankEmotionalState(), 'follow-up');
    render(<App />);
    expect(await screen.findByRole('link', { name: 'Перейти к плану' })).toHaveAttribute('href', '#/ex/emotional-loyalty/plan');
  });
});
