import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

const BOARD_KEY = 'loyalty-workbook-trainer-board';

/** The board as a fresh page load would open it: the modules (and the store) read localStorage anew. */
async function openBoard() {
  cleanup();
  vi.resetModules();
  const { useWorkbookStore } = await import('../../../src/store/workbookStore');
  useWorkbookStore.getState().setLocale('ru');
  const { default: BoardView } = await import('../../../src/trainer/board/BoardView');
  const user = userEvent.setup();
  render(<BoardView />);
  return { user, useWorkbookStore };
}

function storedBoard(): { version: number; state: { teams: { name: string }[]; scores: Record<string, Record<string, number>>; drafts: Record<string, string> } } {
  return JSON.parse(localStorage.getItem(BOARD_KEY) ?? 'null');
}

describe('team competition board', () => {
  beforeEach(() => localStorage.clear());

  it('takes three teams and their scores, shows totals, places and winners, and opens them again after a reload', async () => {
    const { user } = await openBoard();
    expect(screen.getByRole('heading', { level: 1, name: 'Соревнование команд' })).toBeInTheDocument();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: '+ Добавить команду' }));
    await user.clear(screen.getByLabelText('Название команды 1'));
    await user.type(screen.getByLabelText('Название команды 1'), 'Альфа');
    await user.clear(screen.getByLabelText('Название команды 2'));
    await user.type(screen.getByLabelText('Название команды 2'), 'Бета');
    // Team 3 keeps the name it was given: «Команда 3».
    const enter = async (label: string, text: string) => user.type(screen.getByLabelText(label), text);
    // Альфа 10 + 12 + 15 = 37; Бета 14 + 13 + 14 = 41; Команда 3: 6 + 11 + 13 = 30.
    await enter('Альфа, Оценка 1', '10');
    await enter('Альфа, Оценка 2', '12');
    await enter('Альфа, Оценка 3', '15');
    await enter('Бета, Оценка 1', '14');
    await enter('Бета, Оценка 2', '13');
    await enter('Бета, Оценка 3', '14');
    await enter('Команда 3, Оценка 1', '6');
    await enter('Команда 3, Оценка 2', '11');
    await enter('Команда 3, Оценка 3', '13');

    const standings = screen.getAllByRole('table').find((table) => table.classList.contains('board-table'));
    expect(standings).toBeDefined();
    const rows = within(standings as HTMLElement).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      // Place, team, three scores (★ the best of an assessment), total, growth over the day (14 − 14 = 0).
      '♛ 1Бета, лидер14 ★, лучший результат оценки13 ★, лучший результат оценки14410',
      '2Альфа101215 ★, лучший результат оценки37+5',
      '3Команда 36111330+7',
    ]);
    const winners = screen.getAllByRole('table').find((table) => table.classList.contains('board-winners'));
    expect(winners).toBeDefined();
    const winnerRows = within(winners as HTMLElement).getAllByRole('row').slice(1).map((row) => row.textContent);
    // Оценка 2: Команда 3 grew 11 − 6 = 5; Оценка 3: Альфа 15 − 12 = 3.
    expect(winnerRows).toEqual([
      'Оценка 1Бета (14)первая оценка — расти не с чего',
      'Оценка 2Бета (13)Команда 3 (+5)',
      'Оценка 3Альфа (15)Альфа (+3)',
    ]);
    // Over the day: Команда 3 from 6 to 13, +7.
    expect(screen.getByText(/Самый большой рост за день/).closest('p')).toHaveTextContent('Команда 3 (+7)');
    expect(screen.getByText(/Пустая клетка — оценки не было, а не ноль/)).toBeInTheDocument();

    expect(storedBoard().version).toBe(1);
    expect(storedBoard().state.teams.map((team) => team.name)).toEqual(['Альфа', 'Бета', 'Команда 3']);

    await openBoard();
    expect(screen.getByLabelText('Альфа, Оценка 3')).toHaveValue('15');
    expect(screen.getAllByText('41').length).toBeGreaterThan(0);
  });

  it('keeps a bad score with its message, out of the totals, across a reload', async () => {
    const { user } = await openBoard();
    await user.click(screen.getByRole('button', { name: '+ Добавить команду' }));
    await user.type(screen.getByLabelText('Команда 1, Оценка 1'), 'семь');
    expect(screen.getByRole('alert')).toHaveTextContent('Введите число');
    await user.clear(screen.getByLabelText('Команда 1, Оценка 2'));
    await user.type(screen.getByLabelText('Команда 1, Оценка 2'), '-3');
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([expect.stringContaining('Введите число'), expect.stringContaining('Не меньше 0')]);
    expect(storedBoard().state.scores).toEqual({});
    expect(Object.values(storedBoard().state.drafts)).toEqual(['семь', '-3']);
    await openBoard();
    expect(screen.getByLabelText('Команда 1, Оценка 1')).toHaveValue('семь');
    expect(screen.getByLabelText('Команда 1, Оценка 1')).toHaveAttribute('aria-invalid', 'true');
  });

  it('removes a team with undo, and asks before removing an assessment that has scores', async () => {
    const { user } = await openBoard();
    await user.click(screen.getByRole('button', { name: '+ Добавить команду' }));
    await user.click(screen.getByRole('button', { name: '+ Добавить команду' }));
    await user.type(screen.getByLabelText('Команда 2, Оценка 1'), '7,5');
    await user.click(screen.getByRole('button', { name: 'Поднять «Команда 2» выше' }));
    expect(screen.getByLabelText('Название команды 1')).toHaveValue('Команда 2');
    await user.click(screen.getByRole('button', { name: 'Удалить «Команда 2»' }));
    expect(screen.queryByLabelText('Команда 2, Оценка 1')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Вернуть' }));
    expect(screen.getByLabelText('Команда 2, Оценка 1')).toHaveValue('7,5');
    expect(screen.getByLabelText('Название команды 1')).toHaveValue('Команда 2');

    await user.click(screen.getByRole('button', { name: '+ Добавить оценку' }));
    expect(screen.getByLabelText('Название оценки 4')).toBeInTheDocument();
    // No scores for the fourth: it goes at once.
    await user.click(screen.getByRole('button', { name: 'Удалить «Оценка 4»' }));
    expect(screen.queryByLabelText('Название оценки 4')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Удалить «Оценка 1»' }));
    const dialog = screen.getByRole('dialog', { name: 'Удалить оценку «Оценка 1»?' });
    expect(dialog).toHaveTextContent('Баллы за неё уже вписаны у 1 команды');
    await user.click(within(dialog).getByRole('button', { name: 'Удалить оценку' }));
    // The second and third assessments are now the first and second; the score of 7,5 went with the one removed.
    expect(screen.getAllByLabelText(/^Название оценки/)).toHaveLength(2);
    expect(screen.getByLabelText('Команда 2, Оценка 1')).toHaveValue('');
  });

  it('keeps a corrupt stored board aside and starts afresh with a message', async () => {
    localStorage.setItem(BOARD_KEY, '{"version":1,"state":{"teams":"not a list"}}');
    await openBoard();
    expect(screen.getByRole('status')).toHaveTextContent('Сохранённое табло не удалось прочитать');
    expect(screen.getByRole('button', { name: 'Скачать копию' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(`${BOARD_KEY}:kept-aside`) ?? '{}').raw).toBe('{"version":1,"state":{"teams":"not a list"}}');
    expect(screen.getByText('Команд пока нет. Добавьте первую.')).toBeInTheDocument();
  });

  it('reads a board another tab wrote', async () => {
    await openBoard();
    const { useBoardStore } = await import('../../../src/trainer/board/boardStore');
    const state = { ...useBoardStore.getState(), teams: [{ id: 't-x', name: 'Из другой вкладки' }] };
    const raw = JSON.stringify({ version: 1, state: { teams: state.teams, assessments: state.assessments, scores: {}, drafts: {} } });
    localStorage.setItem(BOARD_KEY, raw);
    await act(async () => {
      window.dispatchEvent(new StorageEvent('storage', { key: BOARD_KEY, newValue: raw }));
      await Promise.resolve();
    });
    expect(screen.getByLabelText('Название команды 1')).toHaveValue('Из другой вкладки');
  });
});
