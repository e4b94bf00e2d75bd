import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod/mini';
import { defineExercise } from '../../src/workbook/contract';
import type { ExerciseEntry } from '../../src/store/schema';

// Capture the backup instead of going through object URLs and anchor clicks.
const downloadText = vi.fn<(fileName: string, text: string, mime: string) => void>();
vi.mock('../../src/data/download', () => ({ downloadText, downloadBlob: vi.fn() }));

/** Two exercises of two steps: a price to enter, then a summary that is done once the price exists and was seen. */
const stateSchema = z.object({ price: z.nullable(z.number()) });
type State = z.infer<typeof stateSchema>;
const steps = [
  { id: 'price', title: { ru: 'Цена', en: 'Price', zh: '价格' }, component: () => null, done: (state: State) => state.price !== null },
  { id: 'summary', title: { ru: 'Итог', en: 'Summary', zh: '总结' }, component: () => null, done: (state: State, { visited }: { visited: boolean }) => visited && state.price !== null },
];
const exerciseNamed = (id: string, order: number, ru: string) =>
  defineExercise<State>({
    id,
    order,
    title: { ru, en: id, zh: id },
    summary: { ru: 'Для проверки', en: 'For a test', zh: '测试' },
    inputs: [],
    state: { version: 1, schema: stateSchema, blank: () => ({ price: null }), demo: () => ({ price: 10 }) },
    steps,
    toSheets: () => [],
  });
const first = exerciseNamed('first', 1, 'Первое упражнение');
const second = exerciseNamed('second', 2, 'Второе упражнение');
vi.mock('../../exercises', () => ({ exercises: [first, second], findExercise: (id: string) => [first, second].find((exercise) => exercise.id === id) }));

const { App } = await import('../../src/app/App');
const { useWorkbookStore } = await import('../../src/store/workbookStore');
const { useLastBackup, LAST_BACKUP_KEY } = await import('../../src/store/lastBackup');

function entry(state: State, extra: Partial<ExerciseEntry> = {}): ExerciseEntry {
  return { stateVersion: 1, state, startedFrom: 'blank', currentStep: 'price', completedSteps: [], visitedSteps: [], drafts: {}, datasets: {}, updatedAt: new Date().toISOString(), ...extra };
}

const DAY = 24 * 60 * 60 * 1000;

describe('the home page', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: { locale: 'ru', currency: null, presenter: false }, exercises: {}, myData: {} });
    useLastBackup.setState({ at: null });
    window.location.hash = '#/';
    downloadText.mockClear();
  });

  it('gives a newcomer one primary action: start the first exercise; the backup is secondary and not urged', async () => {
    render(<App />);
    const start = screen.getByRole('link', { name: 'Начать: Первое упражнение' });
    expect(start).toHaveAttribute('href', '#/ex/first/price');
    expect(start).toHaveClass('button--primary');
    expect(await screen.findByRole('button', { name: 'Скачать копию' })).not.toHaveClass('button--primary');
    // The only primary control on the page is the start.
    expect(document.querySelectorAll('.button--primary')).toHaveLength(1);
    expect(screen.queryByText(/Ваша работа хранится только в этом браузере/)).not.toBeInTheDocument();
  });

  it('treats an exercise opened on untouched demo values as not begun', () => {
    useWorkbookStore.setState({ exercises: { first: entry({ price: 10 }, { startedFrom: 'demo', visitedSteps: ['price', 'summary'], completedSteps: ['price'] }) } });
    render(<App />);
    expect(screen.getByText('Демо-данные, не изменены')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Начать: Первое упражнение' })).toBeInTheDocument();
  });

  it('counts the steps whose work is done, not the clicks on "Next"', () => {
    useWorkbookStore.setState({
      exercises: {
        first: entry({ price: 12 }, { visitedSteps: ['price'], completedSteps: [] }),
        second: entry({ price: null }, { visitedSteps: ['price', 'summary'], completedSteps: ['price', 'summary'] }),
      },
    });
    render(<App />);
    const cards = screen.getAllByRole('listitem').filter((item) => item.classList.contains('card'));
    expect(within(cards[0]!).getByText('Выполнен 1 шаг из 2')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Выполнено 0 шагов из 2')).toBeInTheDocument();
    // Work exists: the start panel gives way to "Continue".
    expect(screen.queryByRole('link', { name: /^Начать:/ })).not.toBeInTheDocument();
  });

  it('after real work with no backup yet, reminds gently; downloading one records the time and the reminder goes', async () => {
    const user = userEvent.setup();
    useWorkbookStore.setState({ exercises: { first: entry({ price: 12 }) } });
    render(<App />);
    const reminder = screen.getByText(/Ваша работа хранится только в этом браузере/).closest('section') as HTMLElement;
    await user.click(within(reminder).getByRole('button', { name: 'Скачать резервную копию' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/Ваша работа хранится только в этом браузере/)).not.toBeInTheDocument();
    expect(localStorage.getItem(LAST_BACKUP_KEY)).toBe(useLastBackup.getState().at);
  });

  it('reminds again when the last backup is over a week old and the work changed since, not before', () => {
    const weekAgo = new Date(Date.now() - 8 * DAY).toISOString();
    useLastBackup.setState({ at: weekAgo });
    useWorkbookStore.setState({ exercises: { first: entry({ price: 12 }) } });
    const { unmount } = render(<App />);
    expect(screen.getByText(/Последняя резервная копия скачана/)).toBeInTheDocument();
    unmount();
    useLastBackup.setState({ at: new Date(Date.now() - DAY).toISOString() });
    render(<App />);
    expect(screen.queryByText(/резервная копия скачана/)).not.toBeInTheDocument();
  });
});
