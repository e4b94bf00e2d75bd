import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { blankServqualState } from '../../../exercises/servqual/demo';
import type { ServqualState, SurveyResponse } from '../../../exercises/servqual/state';
import { plain, resetWorkbook } from './helpers';

/** One respondent who asked statements 1–4 (tangibles) only, with these gaps P − E on them (E = 5). */
function respondent(id: string, gaps: [number, number, number, number]): SurveyResponse {
  const expectations: (number | null)[] = Array.from({ length: 22 }, () => null);
  const perceptions: (number | null)[] = Array.from({ length: 22 }, () => null);
  gaps.forEach((gap, index) => {
    expectations[index] = 5;
    perceptions[index] = 5 + gap;
  });
  return { respondentId: id, expectations, perceptions, weights: [20, 20, 20, 20, 20] };
}

/**
 * Wave 1: respondents' tangibles gaps 2/4, 2/4 and 1/4 → (0.5 + 0.5 + 0.25) / 3 = 0.41667, shown +0,42.
 * Wave 2: five at 2/4, one at 1/4, one at 0 → 11/28 = 0.39286, shown +0,39.
 * Unrounded change −0.0238 would show −0,02; the figures shown differ by 0,39 − 0,42 = −0,03.
 */
function twoWaves(): ServqualState {
  const state = blankServqualState();
  const two = [1, 1, 0, 0] as [number, number, number, number];
  return {
    ...state,
    questionnaire: { ...state.questionnaire, statements: state.questionnaire.statements.map((statement) => ({ ...statement, enabled: statement.item <= 4 })) },
    waves: [
      { id: 'w1', label: 'Весна', date: '2026-03-01', source: { kind: 'entered', responses: [respondent('a', two), respondent('b', two), respondent('c', [1, 0, 0, 0])] } },
      {
        id: 'w2',
        label: 'Осень',
        date: '2026-10-01',
        source: { kind: 'entered', responses: [...['d', 'e', 'f', 'g', 'h'].map((id) => respondent(id, two)), respondent('i', [1, 0, 0, 0]), respondent('j', [0, 0, 0, 0])] },
      },
    ],
  };
}

describe('SERVQUAL waves: the change column agrees with the rounded gaps beside it', () => {
  beforeEach(() => {
    resetWorkbook(twoWaves());
    window.location.hash = '#/ex/servqual/waves';
  });

  it('shows +0,42 → +0,39 as a change of −0,03 (round first, then subtract), in two decimals throughout', { timeout: 20_000 }, async () => {
    render(<App />);
    const table = await screen.findByRole('table', { name: /в каждой волне/ }, { timeout: 10_000 });
    const row = within(table).getByRole('row', { name: /Материальность/ });
    expect(within(row).getAllByRole('cell').map((cell) => plain(cell.textContent))).toEqual(['+0,42', '+0,39', '−0,03']);
  });
});
