import { describe, expect, it } from 'vitest';
import { importBytes, inspectBytes } from '../../../../src/data/import/pipeline';
import { missingRecommended, proposeMapping } from '../../../../src/data/import/mapping';
import { MOSTLY_FAILING_SHARE, reportWarnings } from '../../../../src/data/import/health';
import { withScaleMax } from '../../../../src/data/import/scaleFit';
import type { ImportResult } from '../../../../src/data/import/types';
import type { ColumnSpec, DatasetSpec } from '../../../../src/data/spec';
import { SALES, TODAY, utf8 } from './fixtures';

function importText(text: string, spec: DatasetSpec): ImportResult {
  const bytes = utf8(text);
  const inspection = inspectBytes(bytes, 'file.csv');
  if (!inspection.ok) throw new Error(JSON.stringify(inspection.problem));
  const outcome = importBytes(bytes, 'file.csv', spec, proposeMapping(inspection.value.headers, spec), { today: TODAY, locale: 'ru' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.value;
}

const none = { ru: [], en: [], zh: [] };

function likert(key: string, max: number): ColumnSpec {
  return { key, type: 'likert', required: false, min: 1, max, label: { ru: key, en: key, zh: key }, synonyms: none };
}

/** Three answers on a 1–5 survey that may switch to 1–7, and a 0–100 weight that is not on the scale. */
const SURVEY: DatasetSpec = {
  id: 'survey',
  title: { ru: 'Анкеты', en: 'Survey', zh: '问卷' },
  scale: { min: 1, max: 5, allowedMax: [7, 5] },
  columns: [likert('E1', 5), likert('E2', 5), likert('P1', 5), { key: 'W1', type: 'number', required: false, min: 0, max: 100, label: { ru: 'W1', en: 'W1', zh: 'W1' }, synonyms: none }],
};

/** Ten respondents on a 1–7 scale: E1 6 or 7, E2 2…7, P1 4; weights 20. */
const SEVEN_POINT_FILE = ['E1;E2;P1;W1', ...Array.from({ length: 10 }, (_, i) => `${6 + (i % 2)};${2 + (i % 6)};4;20`)].join('\n');

describe('a file on another scale than the survey’s', () => {
  it('is recognised from the answers left out, and the scale that holds them is proposed', () => {
    const { report, rows } = importText(SEVEN_POINT_FILE, SURVEY);
    // E1: all ten outside (6 and 7); E2: 2, 3, 4, 5, 6, 7, 2, 3, 4, 5 → two outside; P1 none. 12 of 30 answers.
    expect(report.scaleFit).toEqual({ min: 1, max: 5, outside: 12, answers: 30, highest: 7, proposedMax: 7 });
    // Rows are kept: the answers are optional, only the cells are left out, as before.
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ E1: null, E2: 2, P1: 4, W1: 20 });
  });

  it('reads every answer once the survey is on the proposed scale', () => {
    const { report, rows } = importText(SEVEN_POINT_FILE, withScaleMax(SURVEY, 7));
    expect(report.scaleFit).toBeNull();
    expect(report.problemCounts).toEqual([]);
    expect(rows.map((row) => row.E1)).toEqual([6, 7, 6, 7, 6, 7, 6, 7, 6, 7]);
  });

  it('switches only the columns on the scale, and only to a scale the spec allows', () => {
    const seven = withScaleMax(SURVEY, 7);
    expect(seven.columns.map((column) => column.max)).toEqual([7, 7, 7, 100]);
    expect(seven.scale).toEqual({ min: 1, max: 7, allowedMax: [7, 5] });
    expect(withScaleMax(SURVEY, 10)).toBe(SURVEY);
  });

  it('proposes nothing for a slip or two (a 6 typed on a 1–5 form): those are reported, not a scale', () => {
    const lines = ['E1;E2;P1', ...Array.from({ length: 20 }, (_, i) => (i === 3 ? '6;4;4' : '3;4;4'))];
    // One answer of 60 outside (1,7 %): under SCALE_PROPOSAL_SHARE (5 %).
    expect(importText(lines.join('\n'), SURVEY).report.scaleFit).toEqual({ min: 1, max: 5, outside: 1, answers: 60, highest: 6, proposedMax: null });
  });

  it('proposes nothing when no allowed scale holds the answers (a 0, a 10)', () => {
    // E1: 0 and 10 outside; E2: three 9s. A 9 alone would fit no allowed scale either (1–7 at most).
    expect(importText('E1;E2\n0;9\n10;9\n1;9', SURVEY).report.scaleFit).toMatchObject({ outside: 5, proposedMax: null });
  });

  it('is not looked for in a spec that declares no scale', () => {
    const { scale: _scale, ...noScale } = SURVEY;
    expect(importText(SEVEN_POINT_FILE, noScale).report.scaleFit).toBeNull();
  });
});

describe('column health before accept', () => {
  it('names a mapped column whose values mostly fail, and asks for attention', () => {
    // Amounts written as words in 3 rows of 4: 75 % failed, over MOSTLY_FAILING_SHARE.
    const text = ['Дата;Клиент;Сумма', '01.03.2024;Иванов;сто', '02.03.2024;Петров;двести', '03.03.2024;Сидоров;много', '04.03.2024;Орлов;40'].join('\n');
    const { report } = importText(text, SALES);
    expect(3 / 4).toBeGreaterThan(MOSTLY_FAILING_SHARE);
    expect(report.columnHealth).toContainEqual({ column: 'amount', checked: 4, failed: 3 });
    expect(reportWarnings(report, SALES)).toEqual({ failing: [{ column: 'amount', checked: 4, failed: 3 }], scale: null, needAttention: true });
  });

  it('leaves a column with a few bad values to the problem summary', () => {
    const text = ['Дата;Клиент;Сумма', '01.03.2024;Иванов;сто', '02.03.2024;Петров;200', '03.03.2024;Сидоров;300'].join('\n');
    expect(reportWarnings(importText(text, SALES).report, SALES)).toEqual({ failing: [], scale: null, needAttention: false });
  });

  it('counts empty cells of a required column as failures, and leaves empty optional cells out of the share', () => {
    const text = ['Дата;Клиент;Сумма;Участник', '01.03.2024;;10;', '02.03.2024;;20;', '03.03.2024;Орлов;30;да'].join('\n');
    const { report } = importText(text, SALES);
    expect(report.columnHealth).toEqual([
      { column: 'date', checked: 3, failed: 0 },
      { column: 'customer', checked: 3, failed: 2 },
      { column: 'amount', checked: 3, failed: 0 },
      { column: 'member', checked: 1, failed: 0 },
    ]);
    expect(reportWarnings(report, SALES).failing.map((health) => health.column)).toEqual(['customer']);
  });

  it('lets the scale warning speak for answer columns that only failed by being past the scale', () => {
    const { report } = importText(SEVEN_POINT_FILE, SURVEY);
    // E1 failed 10 of 10, all past the scale: the proposal says it, a second warning per column would not.
    expect(reportWarnings(report, SURVEY)).toMatchObject({ failing: [], needAttention: true });
  });

  it('keeps the first few cells of each kind of problem as examples, with their rows', () => {
    const lines = ['Дата;Клиент;Сумма', ...Array.from({ length: 6 }, (_, i) => `0${i + 1}.03.2024;К${i};x${i}`)];
    const [amount] = importText(lines.join('\n'), SALES).report.problemCounts;
    expect(amount).toEqual({
      code: 'notNumber',
      column: 'amount',
      count: 6,
      examples: [
        { row: 2, value: 'x0' },
        { row: 3, value: 'x1' },
        { row: 4, value: 'x2' },
      ],
    });
  });
});

describe('a recommended column the file does not have', () => {
  it('is named, so the report can say what the exercise cannot tell without it', () => {
    const reason = { ru: 'Без него участников не отличить.', en: 'Members cannot be told apart without it.', zh: '没有它无法区分会员。' };
    const spec: DatasetSpec = { ...SALES, columns: SALES.columns.map((column) => (column.key === 'member' ? { ...column, recommended: reason } : column)) };
    expect(missingRecommended({ date: 0, customer: 1, amount: 2, member: null }, spec)).toEqual(['member']);
    expect(missingRecommended({ date: 0, customer: 1, amount: 2, member: 3 }, spec)).toEqual([]);
    // A column without a reason is merely optional.
    expect(missingRecommended({ date: 0, customer: 1, amount: 2, member: null }, SALES)).toEqual([]);
  });
});
