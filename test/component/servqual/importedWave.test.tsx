import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { blankServqualState } from '../../../exercises/servqual/demo';
import type { ServqualState } from '../../../exercises/servqual/state';
import { waveFileKey } from '../../../exercises/servqual/steps/shared/waveFiles';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { resetDatasetsDatabase } from '../import/helpers';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { datasetSummary } from '../../builders';
import { plain, resetWorkbook } from './helpers';

/**
 * Issue 12, "files that lie", on the SERVQUAL steps: a 1–7 file imported into a 1–5 survey lost 216 answers
 * and the results' footnote still said "answers outside the scale: 0"; a file without weights had every response
 * called "weights do not add up to 100"; an empty wave said "the answers are fine".
 */

const LONG = { timeout: 10_000 };

/** A 1–5 survey with one empty wave and one wave answered in a file. */
function survey(): ServqualState {
  const state = blankServqualState();
  return {
    ...state,
    questionnaire: { ...state.questionnaire, scale: 5 },
    waves: [
      { id: 'march', label: 'Март', date: '2026-03-01', source: { kind: 'entered', responses: [] } },
      { id: 'april', label: 'Апрель', date: '2026-04-01', source: { kind: 'entered', responses: [] } },
    ],
  };
}

/** What the import stored of a 1–7 file read as 1–5: the 6s and 7s left out (null), no weight columns at all. */
function storedRow(respondent: string): TypedRow {
  const row: TypedRow = { respondent, W1: null, W2: null, W3: null, W4: null, W5: null };
  for (let item = 1; item <= 22; item++) {
    row[`E${item}`] = item <= 12 ? null : 5;
    row[`P${item}`] = 4;
  }
  return row;
}

async function importedApril(): Promise<void> {
  const rows = Array.from({ length: 18 }, (_, index) => storedRow(`R${index + 1}`));
  // 18 respondents × 12 expectations past the scale = 216 answers left out at import.
  const summary = datasetSummary('апрель.xlsx', rows.length, { problemCounts: Array.from({ length: 12 }, (_, index) => ({ code: 'outOfRange' as const, column: `E${index + 1}`, count: 18 })) });
  const key = waveFileKey('april', 1);
  expect((await saveDataset('servqual', key, rows, summary)).ok).toBe(true);
  useWorkbookStore.getState().setDatasetSummary('servqual', key, summary);
}

// The whole app renders: on a machine shared with other test runs, more than the default five seconds.
describe('SERVQUAL: a wave imported from a file on another scale, without weights', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
    resetWorkbook(survey());
    await importedApril();
  });

  it('counts the answers the import left out in the results’ footnote', async () => {
    window.location.hash = '#/ex/servqual/results';
    render(<App />);
    await screen.findByText('Невзвешенный SERVQUAL', { selector: 'dt' }, LONG);
    // The latest wave is shown first; its footnote counts the 216 answers the rows no longer hold.
    const footnote = await screen.findByText(/ответы вне шкалы \(не учтены\)/, {}, LONG);
    expect(plain(footnote.textContent)).toContain('ответы вне шкалы (не учтены): 216');
    // No weight columns: not 18 responses "whose points do not make 100".
    expect(plain(footnote.textContent)).toContain('Анкеты с суммой баллов не 100 (в весах не учтены): 0');
  });

  it('lists them by file on the answers step, and says the split was not asked', async () => {
    window.location.hash = '#/ex/servqual/answers';
    render(<App />);
    expect(await screen.findByText('216 ответов вне шкалы 1–5 не загружены из файлов', {}, LONG)).toBeInTheDocument();
    expect(screen.getByText(/^Файл «апрель\.xlsx»: при импорте 216 ответов были вне шкалы и не загружены\./)).toBeInTheDocument();
    expect(screen.getByText(/^В 18 анкетах из файлов без столбцов весов распределение 100 баллов не спрашивали/)).toBeInTheDocument();
    expect(screen.queryByText(/веса не дают в сумме 100/)).not.toBeInTheDocument();
  });

  it('says an empty wave has no answers yet, not that its answers are fine', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/ex/servqual/answers';
    render(<App />);
    await screen.findByText('216 ответов вне шкалы 1–5 не загружены из файлов', {}, LONG);
    await user.selectOptions(screen.getByLabelText('Волна опроса'), 'march');
    expect(await screen.findByText(/^В этой волне пока нет ни одной анкеты — проверять нечего\./, {}, LONG)).toBeInTheDocument();
    expect(screen.queryByText(/^Ответы в порядке/)).not.toBeInTheDocument();
  });
});
