import { describe, expect, it } from 'vitest';
import type { TypedRow } from '../../../src/data/import/types';
import { collectAnswers, readScore, surveyResults } from '../../../exercises/loyalty-measurement/model/survey';
import { checkDraft, EMPTY_DRAFT, nextTypedId } from '../../../exercises/loyalty-measurement/model/typedAnswer';
import { demoSurveyRows } from '../../../exercises/loyalty-measurement/demo/retailer';
import type { TypedAnswer } from '../../../exercises/loyalty-measurement/state';
import { surveyTemplateSpec } from '../../../exercises/loyalty-measurement/inputs';

const row = (values: Partial<Record<string, string | number | null>>): TypedRow => ({ respondent: null, customer: null, segment: null, nps: null, csat: null, ces: null, attitude1: null, attitude2: null, attitude3: null, ...values });
const typed = (values: Partial<TypedAnswer> & { id: string }): TypedAnswer => ({ customer: '', segment: '', nps: null, csat: null, ces: null, attitude: null, ...values });

describe('survey answers', () => {
  it('reads CSAT and CES as numbers or as the scale words in ru, en and zh', () => {
    expect(readScore('csat', 'Очень доволен')).toEqual({ value: 5 });
    expect(readScore('csat', 'very satisfied')).toEqual({ value: 5 });
    expect(readScore('csat', '非常满意')).toEqual({ value: 5 });
    expect(readScore('ces', 'Очень легко')).toEqual({ value: 7 });
    expect(readScore('ces', ' 3 ')).toEqual({ value: 3 });
    expect(readScore('csat', 'хорошо')).toEqual({ problem: 'notScore', shown: 'хорошо' });
    expect(readScore('csat', '4,5')).toEqual({ problem: 'notWhole', shown: '4,5' });
    expect(readScore('nps', 11)).toEqual({ problem: 'outsideScale', shown: '11' });
    // NPS has no words: "Очень доволен" in the NPS column is text in a score.
    expect(readScore('nps', 'Очень доволен')).toEqual({ problem: 'notScore', shown: 'Очень доволен' });
    expect(readScore('ces', null)).toEqual({ value: null });
  });

  it('merges typed answers and several files; bad scores and repeated respondents are left out and counted', () => {
    const { answers, problems } = collectAnswers(
      [
        { fileName: 'shop.xlsx', rows: [row({ respondent: 'R1', customer: 'K1', nps: 10, csat: '5' }), row({ respondent: 'R2', nps: 12, csat: 'хорошо' }), row({ respondent: 'r1', nps: 3 })] },
        { fileName: 'online.csv', rows: [row({ respondent: 'R3', customer: 'k1 ', nps: 6 }), row({ respondent: 'R4', nps: 8, ces: 'Очень легко', attitude1: 4, attitude2: 5 })] },
      ],
      [typed({ id: 'T1', nps: 9 })],
    );
    // T1, R1, R2 (NPS and CSAT dropped, the answer kept), R4; r1 repeats R1 (case ignored), R3's customer repeats K1.
    expect(answers.map((answer) => answer.respondent)).toEqual(['T1', 'R1', 'R2', 'R4']);
    expect(answers[2]).toMatchObject({ nps: null, csat: null });
    // R4's attitude: (4 + 5) / 2 = 4.5
    expect(answers[3]).toMatchObject({ ces: 7, attitude: 4.5, fileName: 'online.csv' });
    expect(problems).toEqual([
      { code: 'outsideScale', column: 'nps', count: 1, examples: ['12'], files: ['shop.xlsx'] },
      { code: 'notScore', column: 'csat', count: 1, examples: ['хорошо'], files: ['shop.xlsx'] },
      { code: 'duplicateRespondent', column: 'respondent', count: 1, examples: ['r1'], files: ['shop.xlsx'] },
      { code: 'duplicateCustomer', column: 'customer', count: 1, examples: ['k1'], files: ['online.csv'] },
    ]);
  });

  it('counts a file imported twice as duplicates, with the first examples', () => {
    const rows = [1, 2, 3, 4, 5].map((n) => row({ respondent: `R${n}`, nps: 9 }));
    const { answers, problems } = collectAnswers([{ fileName: 'a.xlsx', rows }, { fileName: 'a (copy).xlsx', rows }], []);
    expect(answers).toHaveLength(5);
    expect(problems).toEqual([{ code: 'duplicateRespondent', column: 'respondent', count: 5, examples: ['R1', 'R2', 'R3'], files: ['a (copy).xlsx'] }]);
  });
});

describe('survey results', () => {
  it('NPS, distribution, CSAT, CES and attitude by hand', () => {
    const { answers } = collectAnswers(
      [
        {
          fileName: 'f.csv',
          rows: [
            row({ respondent: '1', segment: 'A', nps: 10, csat: 5, ces: 7, attitude1: 5 }),
            row({ respondent: '2', segment: 'A', nps: 9, csat: 4, ces: 6, attitude1: 4 }),
            row({ respondent: '3', segment: 'A', nps: 7, csat: 3, ces: 5, attitude1: 3 }),
            row({ respondent: '4', segment: 'B', nps: 3, csat: 2, ces: 2, attitude1: 2 }),
            row({ respondent: '5', segment: 'B', nps: 0, csat: null, ces: null, attitude1: null }),
          ],
        },
      ],
      [],
    );
    const results = surveyResults(answers, 3);
    // P = 2 (10, 9), passive 1 (7), D = 2 (3, 0): NPS = 100 × (2 − 2) / 5 = 0
    expect(results.nps).toMatchObject({ answers: 5, promoters: 2, passives: 1, detractors: 2, score: 0 });
    expect(results.distribution).toEqual([1, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1]);
    // CSAT: 5 and 4 of four answers → 2 / 4 = 50 %
    expect(results.csat).toEqual({ answers: 4, satisfied: 2, share: 0.5 });
    // CES: (7 + 6 + 5 + 2) / 4 = 5; attitude (5 + 4 + 3 + 2) / 4 = 3.5
    expect(results.ces).toEqual({ answers: 4, mean: 5 });
    expect(results.attitude).toEqual({ answers: 4, mean: 3.5 });
    // A: 3 answers, NPS 100 × (2 − 0) / 3 = 66.7, compared; B: 2 answers (below 3), NPS 100 × (0 − 2) / 2 = −100, too small.
    expect(results.segments.map((segment) => [segment.segment, segment.answers, segment.tooSmall])).toEqual([
      ['A', 3, false],
      ['B', 2, true],
    ]);
    expect(results.segments[0]?.nps?.score).toBeCloseTo(66.667, 3);
    expect(results.segments[1]?.nps?.score).toBe(-100);
  });

  it('lists no segments when no answer names one', () => {
    expect(surveyResults(collectAnswers([], [typed({ id: 'T1', nps: 9 })]).answers, 30).segments).toEqual([]);
  });

  it('reads the demo retailer: 400 answers, three segments, no problems', () => {
    const { answers, problems } = collectAnswers([{ fileName: 'demo', rows: demoSurveyRows() }], []);
    expect(problems).toEqual([]);
    expect(answers).toHaveLength(400);
    const results = surveyResults(answers, 30);
    expect(results.distribution.reduce((sum, count) => sum + count, 0)).toBe(results.nps?.answers);
    expect(results.segments.map((segment) => segment.segment).sort()).toEqual(['corporate', 'online', 'stores']);
  });
});

describe('an answer typed in', () => {
  const existing = [typed({ id: 'T1', customer: 'K1', nps: 9 })];

  it('is kept when its scores are on their scales', () => {
    expect(checkDraft({ ...EMPTY_DRAFT, id: 'T2', nps: '8', csat: 'Доволен', attitude: '3,5' }, existing)).toEqual({
      ok: true,
      answer: { id: 'T2', customer: '', segment: '', nps: 8, csat: 4, ces: null, attitude: 3.5 },
    });
    expect(nextTypedId(existing)).toBe('T2');
  });

  it('is refused with a reason per field: NPS outside 0–10, text in a score, a repeated respondent or customer', () => {
    expect(checkDraft({ ...EMPTY_DRAFT, id: 't1', customer: 'k1', nps: '11', csat: 'good', ces: '2.5' }, existing)).toEqual({
      ok: false,
      problems: { id: 'duplicate', customer: 'duplicate', nps: 'outsideScale', csat: 'notScore', ces: 'notWhole' },
    });
    expect(checkDraft({ ...EMPTY_DRAFT, id: 'T2' }, existing)).toEqual({ ok: false, problems: { nps: 'noScore' } });
    expect(checkDraft({ ...EMPTY_DRAFT, nps: '5' }, existing)).toEqual({ ok: false, problems: { id: 'required' } });
  });
});

describe('the answer template', () => {
  it('carries the respondent and the chosen questions only, attitude columns as many as statements', () => {
    const keys = (questions: Parameters<typeof surveyTemplateSpec>[0], statements: number) => surveyTemplateSpec(questions, statements).columns.map((column) => column.key);
    expect(keys(['nps', 'customerId'], 0)).toEqual(['respondent', 'customer', 'nps']);
    expect(keys(['nps', 'csat', 'ces', 'attitude', 'segment'], 2)).toEqual(['respondent', 'segment', 'nps', 'csat', 'ces', 'attitude1', 'attitude2']);
  });

  it('lists the CSAT words it accepts in the template language', () => {
    const csat = surveyTemplateSpec(['csat'], 0).columns.find((column) => column.key === 'csat');
    expect(csat?.accepted?.zh).toEqual(['1', '2', '3', '4', '5', '非常不满意', '不满意', '一般', '满意', '非常满意']);
  });
});
