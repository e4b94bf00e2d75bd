import { describe, expect, it } from 'vitest';
import { latestWave, servqualGroup } from '../../../exercises/servqual/group';
import type { SurveyResponse } from '../../../exercises/servqual/state';
import { groupSummarySchema, type GroupSummary } from '../../../src/handin/format';
import type { ExportDatasets } from '../../../src/workbook/contract';
import { enteredWave, onlyStatements, servqualState } from '../../builders/servqual';

const noFiles: ExportDatasets = { summary: () => null, own: {}, loadRows: () => Promise.resolve(new Map()) };

/** One statement a dimension (1 tangibles, 5 reliability, 10 responsiveness, 14 assurance, 18 empathy): [E, P] each. */
function response(respondentId: string, answers: [number, number][], weights: number[]): SurveyResponse {
  const expectations: (number | null)[] = Array.from({ length: 22 }, () => null);
  const perceptions: (number | null)[] = Array.from({ length: 22 }, () => null);
  [1, 5, 10, 14, 18].forEach((item, index) => {
    expectations[item - 1] = answers[index]![0];
    perceptions[item - 1] = answers[index]![1];
  });
  return { respondentId, expectations, perceptions, weights };
}

const answers = [
  // gaps P − E: −2, −2, 0, +1, −1
  response('1', [[6, 4], [7, 5], [5, 5], [6, 7], [4, 3]], [20, 30, 20, 10, 20]),
  // gaps: 0, −1, −1, 0, −2
  response('2', [[6, 6], [7, 6], [5, 4], [6, 6], [5, 3]], [10, 40, 20, 10, 20]),
];

const values = (summary: GroupSummary, id: string) =>
  Object.fromEntries((summary.sections.find((section) => section.id === id)?.rows ?? []).map((row) => [row.key, row.cell.kind === 'text' ? row.cell.value.en : row.cell.value]));

describe('SERVQUAL in the group view', () => {
  const state = servqualState({
    questionnaire: { scale: 7, statements: onlyStatements(1, 5, 10, 14, 18) },
    // An earlier wave with other answers: the latest is the one compared.
    waves: [enteredWave('w2', '2026-11-20', answers), enteredWave('w1', '2026-10-01', [response('9', [[1, 7], [1, 7], [1, 7], [1, 7], [1, 7]], [20, 20, 20, 20, 20])])],
  });

  it('gives the latest wave’s gap per dimension, weighted, and the priority order', async () => {
    const summary = await servqualGroup.summarize({ state, datasets: noFiles });
    expect(groupSummarySchema.safeParse(summary).success).toBe(true);
    // Means over the two respondents: (−2 + 0) / 2, (−2 − 1) / 2, (0 − 1) / 2, (1 + 0) / 2, (−1 − 2) / 2; the score is their mean −4 / 5.
    expect(values(summary, 'gaps')).toEqual({ tangibles: -1, reliability: -1.5, responsiveness: -0.5, assurance: 0.5, empathy: -1.5, score: -0.8 });
    // Mean weights 15, 35, 20, 10, 20; weighted = gap × weight / 100; total −0.15 − 0.525 − 0.1 + 0.05 − 0.3 = −1.025.
    const weighted = values(summary, 'weighted');
    const expected = { tangibles: -0.15, reliability: -0.525, responsiveness: -0.1, assurance: 0.05, empathy: -0.3, score: -1.025 };
    for (const [key, value] of Object.entries(expected)) expect(weighted[key], key).toBeCloseTo(value, 12);
    // Most negative weighted gap first.
    expect(values(summary, 'priority')).toEqual({ 'rank-1': 'Reliability', 'rank-2': 'Empathy', 'rank-3': 'Tangibles', 'rank-4': 'Responsiveness', 'rank-5': 'Assurance' });
    expect(summary.sections.find((section) => section.id === 'priority')?.rows[0]).toMatchObject({ label: { ru: '1-е место' }, cell: { value: { ru: 'Надёжность', zh: '可靠性' } } });
    expect(summary.sections[0]?.title).toEqual({ ru: 'Разрыв P − E', en: expect.any(String), zh: expect.any(String) });
  });

  it('picks the latest wave by date, of one day the one added later', () => {
    expect(latestWave(state.waves)?.id).toBe('w2');
    expect(latestWave([enteredWave('a', '2026-01-01'), enteredWave('b', '2026-01-01')])?.id).toBe('b');
    expect(latestWave([])).toBeNull();
  });

  it('has nothing to compare without answers, and gives the demo’s five dimensions', async () => {
    expect(await servqualGroup.summarize({ state: servqualState(), datasets: noFiles })).toEqual({ sections: [] });
    const demo = await servqualGroup.summarize({ state: servqualState({}, 'demo'), datasets: noFiles });
    expect(demo.sections.map((section) => [section.id, section.rows.length])).toEqual([
      ['gaps', 6],
      ['weighted', 6],
      ['priority', 5],
    ]);
  });
});
