import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { z } from 'zod/mini';
import { defineExercise, type StepProps } from '../../src/workbook/contract';
import { salesSpec } from '../../exercises/program-roi/inputs';
import { datasetSummary } from '../builders';

/** A report of two steps, the second loaded lazily (as every exercise's steps are) and let through on demand. */
const stateSchema = z.object({ note: z.string() });
type State = z.infer<typeof stateSchema>;
let loadSecondStep: () => void = () => {};
const secondStep = new Promise<{ default: (props: StepProps<State>) => React.JSX.Element }>((resolve) => {
  // A note of "считаем" stands for a step whose worker is still computing: it says so as the app's Pending does.
  loadSecondStep = () => resolve({ default: ({ state }) => (state.note === 'считаем' ? <p data-pending="">Считаем…</p> : <p>Итог: {state.note}</p>) });
});

const fakeExercise = defineExercise<State>({
  id: 'fake',
  order: 3,
  title: { ru: 'Пробное упражнение', en: 'Trial exercise', zh: '试用练习' },
  summary: { ru: 'Для проверки отчёта', en: 'To test the report', zh: '用于测试' },
  inputs: [salesSpec],
  state: { version: 1, schema: stateSchema, blank: () => ({ note: '' }), demo: () => ({ note: 'демо' }) },
  steps: [
    { id: 'first', title: { ru: 'Ввод', en: 'Entry', zh: '输入' }, component: () => <p>Первый шаг</p>, done: (state) => state.note !== '' },
    { id: 'second', title: { ru: 'Итог', en: 'Summary', zh: '总结' }, component: lazy(() => secondStep), done: (_state, { visited }) => visited },
  ],
  toSheets: () => [],
});

vi.mock('../../exercises', () => ({
  exercises: [fakeExercise],
  findExercise: (id: string) => (id === 'fake' ? fakeExercise : undefined),
}));

const { ReportPage } = await import('../../src/app/ReportPage');
const { useWorkbookStore } = await import('../../src/store/workbookStore');

describe('the printable report', () => {
  let printed: number;
  beforeEach(() => {
    useWorkbookStore.setState({ settings: { locale: 'ru', currency: 'RUB', presenter: false }, exercises: {}, myData: {} });
    printed = 0;
    vi.spyOn(window, 'print').mockImplementation(() => {
      printed += 1;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('names a CSV source by its file alone, and a workbook’s by file and sheet, with dates in the app’s language', () => {
    useWorkbookStore.getState().writeExerciseState('fake', 1, { note: 'своё' }, 'blank');
    useWorkbookStore.getState().setDatasetSummary('fake', 'answers', datasetSummary('ответы.xlsx', 40, { format: 'xlsx', sheet: 'Лист1', importedAt: '2026-03-05T09:00:00.000Z' }));
    useWorkbookStore.getState().recordDatasetSummary({ owner: '@my-data', id: 'sales' }, datasetSummary('продажи.csv', 1234, { sheet: '', importedAt: '2026-03-05T09:00:00.000Z' }));
    render(<ReportPage exerciseId="fake" />);
    const source = screen.getByText(/^Данные:/).textContent ?? '';
    expect(source).toContain('файл «ответы.xlsx» (лист «Лист1», строк: 40, загружен 05.03.2026)');
    // The shared sales file the exercise reads is named too, and a CSV has no sheet to name: no "лист ,".
    expect(source.replace(/\u00a0/g, ' ')).toContain('файл «продажи.csv» (строк: 1 234, загружен 05.03.2026)');
    expect(source).not.toMatch(/лист\s*[,)]/);
  });

  it('asks for the print dialog only once every step has loaded, not over "Loading the step…"', async () => {
    vi.useFakeTimers();
    render(<ReportPage exerciseId="fake" />);
    expect(screen.getByText('Загружаем шаг…')).toBeInTheDocument();
    await act(async () => {
      vi.advanceTimersByTime(5_000);
    });
    expect(printed).toBe(0);

    await act(async () => {
      loadSecondStep();
      await secondStep;
    });
    expect(screen.getByText('Итог: демо')).toBeInTheDocument();
    await act(async () => {
      vi.advanceTimersByTime(1_000);
    });
    expect(printed).toBe(1);
  });

  it('waits for what a step is still computing (a worker, a chart yet to draw) before the dialog, and not for ever', async () => {
    // Runs after the test above has let the second step load.
    vi.useFakeTimers();
    useWorkbookStore.getState().writeExerciseState('fake', 1, { note: 'считаем' }, 'blank');
    render(<ReportPage exerciseId="fake" />);
    await act(async () => {
      await secondStep;
    });
    expect(screen.getByText('Считаем…')).toBeInTheDocument();
    await act(async () => {
      vi.advanceTimersByTime(3_000);
    });
    expect(printed).toBe(0);

    act(() => useWorkbookStore.getState().writeExerciseState('fake', 1, { note: 'готово' }, 'blank'));
    await act(async () => {
      vi.advanceTimersByTime(200);
    });
    expect(screen.getByText('Итог: готово')).toBeInTheDocument();
    expect(printed).toBe(1);
  });

  it('opens the dialog all the same when a step never stops computing', async () => {
    vi.useFakeTimers();
    useWorkbookStore.getState().writeExerciseState('fake', 1, { note: 'считаем' }, 'blank');
    render(<ReportPage exerciseId="fake" />);
    await act(async () => {
      await secondStep;
    });
    await act(async () => {
      vi.advanceTimersByTime(14_000);
    });
    expect(printed).toBe(0);
    await act(async () => {
      vi.advanceTimersByTime(1_500);
    });
    expect(printed).toBe(1);
  });
});
