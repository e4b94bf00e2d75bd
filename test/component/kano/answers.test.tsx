import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { typedResponse } from '../../builders';
import { ownFeaturesState, resetWorkbook, storedKanoState } from './helpers';

function metricValue(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

describe('Kano: a paper form typed in', () => {
  beforeEach(() => {
    resetWorkbook(ownFeaturesState());
    window.location.hash = '#/ex/kano/questionnaire';
  });

  it('saves one respondent’s answers and counts them on the answers step', async () => {
    const user = userEvent.setup();
    render(<App />);
    // Wi-Fi: like / neutral → attractive; parking: must-be / dislike → must-be; the kids' room left blank.
    await user.selectOptions(await screen.findByLabelText('«Бесплатный Wi-Fi»: ответ, если свойство есть'), '1 — Нравится');
    await user.selectOptions(screen.getByLabelText('«Бесплатный Wi-Fi»: ответ, если свойства нет'), '3 — Мне всё равно');
    await user.selectOptions(screen.getByLabelText('«Бесплатный Wi-Fi»: важность'), '7');
    await user.selectOptions(screen.getByLabelText('«Парковка»: ответ, если свойство есть'), '2 — Так и должно быть');
    // The unfinished form is kept as a draft, so a reload would not lose it.
    expect(useWorkbookStore.getState().exercises.kano?.drafts['questionnaire.entry']).toContain('mustBe');
    await user.selectOptions(screen.getByLabelText('«Парковка»: ответ, если свойства нет'), '5 — Не нравится');
    await user.type(screen.getByLabelText('Сегмент (необязательно)'), 'Постоянные');
    expect(screen.getByLabelText('Номер анкеты')).toHaveValue('1');
    await user.click(screen.getByRole('button', { name: 'Сохранить анкету' }));

    expect(storedKanoState().responses).toEqual([
      typedResponse(
        '1',
        {
          wifi: { functional: 'like', dysfunctional: 'neutral', importance: 7 },
          parking: { functional: 'mustBe', dysfunctional: 'dislike', importance: null },
        },
        { segment: 'Постоянные' },
      ),
    ]);
    expect(screen.getByText('Анкета «1» сохранена. Всего введено: 1.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { name: 'Введено 1 анкета' })).toBeInTheDocument();
    // The next form gets the next number.
    expect(screen.getByLabelText('Номер анкеты')).toHaveValue('2');

    await user.click(screen.getByRole('button', { name: 'Далее →' }));
    expect(await screen.findByText('Респондентов всего', { selector: 'dt' })).toBeInTheDocument();
    expect(metricValue('Респондентов всего')).toBe('1');
    expect(metricValue('Введено вручную')).toBe('1');
    expect(metricValue('Пар ответов')).toBe('2');
    expect(screen.getByText(/Сегменты: Постоянные/)).toBeInTheDocument();
  });

  it('refuses a form without a number or without a pair of answers, saying why', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.clear(await screen.findByLabelText('Номер анкеты'));
    await user.click(screen.getByRole('button', { name: 'Сохранить анкету' }));
    expect(screen.getByText('Укажите номер анкеты.')).toBeInTheDocument();
    expect(screen.getByText('Выберите оба ответа хотя бы для одного свойства.')).toBeInTheDocument();
    expect(storedKanoState().responses).toEqual([]);
  });
});
