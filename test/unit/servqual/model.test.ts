import { describe, expect, it } from 'vitest';
import {
  WEIGHT_SUM_TOLERANCE,
  analyseWave,
  checkWeights,
  compareWaves,
  importancePerformance,
  itemGap,
  priorityOrder,
  respondentScores,
  validateSurvey,
  weightedGap,
  type SurveySettings,
  type WaveAnalysis,
} from '../../../exercises/servqual/model';
import { DIMENSIONS, ITEM_COUNT, type Dimension } from '../../../exercises/servqual/structure';
import type { SurveyResponse } from '../../../exercises/servqual/state';
import { seededRandom } from '../../../src/data/seededRandom';

type Answer = number | null;
/** Answers per dimension, in item order: tangibles 4, reliability 5, responsiveness 4, assurance 4, empathy 5. */
type ByDimension = Record<Dimension, Answer[]>;

function flatten(answers: ByDimension): Answer[] {
  const flat = DIMENSIONS.flatMap((dimension) => answers[dimension]);
  if (flat.length !== ITEM_COUNT) throw new Error(`test data has ${flat.length} answers, not 22`);
  return flat;
}

function response(respondentId: string, expectations: ByDimension, perceptions: ByDimension, weights: Answer[]): SurveyResponse {
  return { respondentId, expectations: flatten(expectations), perceptions: flatten(perceptions), weights };
}

const ALL_ITEMS = Array.from({ length: ITEM_COUNT }, (_, index) => index + 1);
const SEVEN: SurveySettings = { scale: 7, enabledItems: ALL_ITEMS };

/**
 * Respondent A. Item gaps P − E:
 *   tangibles      P 6 5 6 7 − E 5 5 6 6            =  1  0  0  1       → mean  2/4 =  0.5
 *   reliability    P 5 6 4 6 4 − E 7 7 7 7 7        = −2 −1 −3 −1 −3    → mean −10/5 = −2
 *   responsiveness P 3 4 4 5 − E 6 6 6 6            = −3 −2 −2 −1       → mean −8/4 = −2
 *   assurance      P 6 5 6 7 − E 6 6 6 6            =  0 −1  0  1       → mean  0/4 =  0
 *   empathy        P 5 4 5 6 5 − E 5 5 5 5 5        =  0 −1  0  1  0    → mean  0/5 =  0
 * Weights 10 / 40 / 20 / 20 / 10 (sum 100).
 */
const A = response(
  'A',
  { tangibles: [5, 5, 6, 6], reliability: [7, 7, 7, 7, 7], responsiveness: [6, 6, 6, 6], assurance: [6, 6, 6, 6], empathy: [5, 5, 5, 5, 5] },
  { tangibles: [6, 5, 6, 7], reliability: [5, 6, 4, 6, 4], responsiveness: [3, 4, 4, 5], assurance: [6, 5, 6, 7], empathy: [5, 4, 5, 6, 5] },
  [10, 40, 20, 20, 10],
);

/**
 * Respondent B. Item gaps P − E:
 *   tangibles      P 4 5 4 5 − E 4 4 4 4            =  0  1  0  1       → mean  2/4 =  0.5
 *   reliability    P 6 5 6 6 5 − E 6 6 6 6 6        =  0 −1  0  0 −1    → mean −2/5 = −0.4
 *   responsiveness P 5 6 5 4 − E 7 7 7 7            = −2 −1 −2 −3       → mean −8/4 = −2
 *   assurance      P 5 5 6 6 − E 5 5 5 5            =  0  0  1  1       → mean  2/4 =  0.5
 *   empathy        P 4 4 5 5 4 − E 6 6 6 6 6        = −2 −2 −1 −1 −2    → mean −8/5 = −1.6
 * Weights 20 / 30 / 30 / 10 / 10 (sum 100).
 */
const B = response(
  'B',
  { tangibles: [4, 4, 4, 4], reliability: [6, 6, 6, 6, 6], responsiveness: [7, 7, 7, 7], assurance: [5, 5, 5, 5], empathy: [6, 6, 6, 6, 6] },
  { tangibles: [4, 5, 4, 5], reliability: [6, 5, 6, 6, 5], responsiveness: [5, 6, 5, 4], assurance: [5, 5, 6, 6], empathy: [4, 4, 5, 5, 4] },
  [20, 30, 30, 10, 10],
);

/**
 * Respondent C: every E is 6; P is 6 except reliability, where P5 is blank and P6…P9 are 3 4 5 4.
 * Reliability gaps over the answered items 6–9: −3 −2 −1 −2 → mean −8/4 = −2.
 * (Counting the blank as a 0 gap would give −8/5 = −1.6; as P = 0 it would give −14/5 = −2.8.)
 * Weights 10 / 30 / 30 / 10 / 10 add up to 90: invalid.
 */
const C = response(
  'C',
  { tangibles: [6, 6, 6, 6], reliability: [6, 6, 6, 6, 6], responsiveness: [6, 6, 6, 6], assurance: [6, 6, 6, 6], empathy: [6, 6, 6, 6, 6] },
  { tangibles: [6, 6, 6, 6], reliability: [null, 3, 4, 5, 4], responsiveness: [6, 6, 6, 6], assurance: [6, 6, 6, 6], empathy: [6, 6, 6, 6, 6] },
  [10, 30, 30, 10, 10],
);

function ok(result: ReturnType<typeof analyseWave>): WaveAnalysis {
  if (result.kind !== 'ok') throw new Error(`expected an analysis, got ${result.reason}`);
  return result;
}

function gaps(analysis: WaveAnalysis): Record<Dimension, number | null> {
  return Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, analysis.dimensions[dimension].gap])) as Record<Dimension, number | null>;
}

function expectClose(actual: Record<string, number | null>, expected: Record<string, number | null>, digits = 12): void {
  for (const [key, value] of Object.entries(expected)) {
    if (value === null) expect(actual[key], key).toBeNull();
    else expect(actual[key], key).toBeCloseTo(value, digits);
  }
}

describe('item gap P − E', () => {
  it('is negative when the service falls short and absent when a side is missing', () => {
    expect(itemGap(6, 4)).toBe(-2);
    expect(itemGap(3, 5)).toBe(2);
    expect(itemGap(null, 5)).toBeNull();
    expect(itemGap(6, null)).toBeNull();
  });
});

describe('one respondent', () => {
  it('averages the item gaps of each dimension (respondent A)', () => {
    const scores = respondentScores(A, SEVEN);
    expect(scores.itemGaps.slice(0, 4)).toEqual([1, 0, 0, 1]);
    expectClose(
      Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, scores.dimensions[dimension]?.gap ?? null])),
      { tangibles: 0.5, reliability: -2, responsiveness: -2, assurance: 0, empathy: 0 },
    );
    // reliability: mean E 35/5 = 7, mean P 25/5 = 5, difference −2 = the gap
    expect(scores.dimensions.reliability).toEqual({ gap: -2, expectation: 7, perception: 5, items: 5 });
  });

  it('leaves a missing answer out of the means instead of counting it as zero (respondent C)', () => {
    const scores = respondentScores(C, SEVEN);
    expect(scores.itemGaps[4]).toBeNull(); // item 5: P missing
    // (−3 − 2 − 1 − 2) / 4 = −2, over 4 items, not 5
    expect(scores.dimensions.reliability).toEqual({ gap: -2, expectation: 6, perception: 4, items: 4 });
  });

  it('has no dimension gap when none of its items was answered on both sides', () => {
    const onlyExpectations = response(
      'E only',
      { tangibles: [5, 5, 5, 5], reliability: [5, 5, 5, 5, 5], responsiveness: [5, 5, 5, 5], assurance: [5, 5, 5, 5], empathy: [5, 5, 5, 5, 5] },
      { tangibles: [null, null, null, null], reliability: [4, 4, 4, 4, 4], responsiveness: [4, 4, 4, 4], assurance: [4, 4, 4, 4], empathy: [4, 4, 4, 4, 4] },
      [20, 20, 20, 20, 20],
    );
    const scores = respondentScores(onlyExpectations, SEVEN);
    expect(scores.dimensions.tangibles).toBeNull();
    expect(scores.dimensions.reliability?.gap).toBe(-1);
  });
});

describe('a wave: respondents A and B', () => {
  const analysis = ok(analyseWave([A, B], SEVEN));

  it('averages the per-respondent dimension gaps', () => {
    // tangibles (0.5 + 0.5)/2 = 0.5; reliability (−2 − 0.4)/2 = −1.2; responsiveness (−2 − 2)/2 = −2;
    // assurance (0 + 0.5)/2 = 0.25; empathy (0 − 1.6)/2 = −0.8
    expectClose(gaps(analysis), { tangibles: 0.5, reliability: -1.2, responsiveness: -2, assurance: 0.25, empathy: -0.8 });
  });

  it('gives the unweighted SERVQUAL score as the mean of the five dimension gaps', () => {
    // (0.5 − 1.2 − 2 + 0.25 − 0.8) / 5 = −3.25 / 5 = −0.65
    expect(analysis.unweightedScore).toBeCloseTo(-0.65, 12);
    expect(analysis.dimensionsWithoutData).toEqual([]);
  });

  it('weights each dimension gap by its mean share of the 100 points', () => {
    const weighting = analysis.weighting;
    if (weighting.kind !== 'ok') throw new Error('expected weights');
    // mean weights: (10+20)/2 = 15, (40+30)/2 = 35, (20+30)/2 = 25, (20+10)/2 = 15, (10+10)/2 = 10
    expectClose(weighting.meanWeights, { tangibles: 15, reliability: 35, responsiveness: 25, assurance: 15, empathy: 10 });
    // 0.5×15/100 = 0.075; −1.2×35/100 = −0.42; −2×25/100 = −0.5; 0.25×15/100 = 0.0375; −0.8×10/100 = −0.08
    expectClose(weighting.weightedScores, { tangibles: 0.075, reliability: -0.42, responsiveness: -0.5, assurance: 0.0375, empathy: -0.08 });
    // 0.075 − 0.42 − 0.5 + 0.0375 − 0.08 = −0.8875
    expect(weighting.weightedTotal).toBeCloseTo(-0.8875, 12);
    expect(weighting.validRows).toBe(2);
  });

  it('gives mean expectations and perceptions whose difference is the gap', () => {
    // reliability: E (7 + 6)/2 = 6.5, P (5 + 5.6)/2 = 5.3, 5.3 − 6.5 = −1.2
    expect(analysis.dimensions.reliability.meanExpectation).toBeCloseTo(6.5, 12);
    expect(analysis.dimensions.reliability.meanPerception).toBeCloseTo(5.3, 12);
  });

  it('averages item gaps over the respondents who answered the item', () => {
    const item10 = analysis.items.find((item) => item.item === 10);
    // (−3 + −2)/2 = −2.5; E (6 + 7)/2 = 6.5, P (3 + 5)/2 = 4
    expect(item10).toMatchObject({ gap: -2.5, meanExpectation: 6.5, meanPerception: 4, respondents: 2, dimension: 'responsiveness' });
  });

  it('orders the priorities by weighted gap, most negative first, and items by gap within', () => {
    const priorities = priorityOrder(analysis);
    expect(priorities.basis).toBe('weighted');
    // −0.5 < −0.42 < −0.08 < 0.0375 < 0.075
    expect(priorities.dimensions.map((entry) => entry.dimension)).toEqual(['responsiveness', 'reliability', 'empathy', 'assurance', 'tangibles']);
    // responsiveness items: 10 (−3−2)/2 = −2.5, 11 (−2−1)/2 = −1.5, 12 (−2−2)/2 = −2, 13 (−1−3)/2 = −2; tie 12/13 by number
    expect(priorities.dimensions[0]?.items).toEqual([
      { item: 10, gap: -2.5 },
      { item: 12, gap: -2 },
      { item: 13, gap: -2 },
      { item: 11, gap: -1.5 },
    ]);
  });

  it('places the dimensions on the importance–performance grid', () => {
    const ipa = importancePerformance(analysis);
    if (ipa.kind !== 'ok') throw new Error('expected importance–performance data');
    // mean P: tangibles (6 + 4.5)/2 = 5.25, reliability (5 + 5.6)/2 = 5.3, responsiveness (4 + 5)/2 = 4.5,
    // assurance (6 + 5.5)/2 = 5.75, empathy (5 + 4.4)/2 = 4.7; centre (25.5)/5 = 5.1; importance centre 100/5 = 20
    expect(ipa.importanceCentre).toBe(20);
    expect(ipa.performanceCentre).toBeCloseTo(5.1, 12);
    expect(Object.fromEntries(ipa.points.map((point) => [point.dimension, point.quadrant]))).toEqual({
      tangibles: 'possibleOverkill', // 15 < 20, 5.25 ≥ 5.1
      reliability: 'keepUpTheGoodWork', // 35 ≥ 20, 5.3 ≥ 5.1
      responsiveness: 'concentrateHere', // 25 ≥ 20, 4.5 < 5.1
      assurance: 'possibleOverkill', // 15 < 20, 5.75 ≥ 5.1
      empathy: 'lowPriority', // 10 < 20, 4.7 < 5.1
    });
  });
});

describe('a respondent with an invalid split and a missing answer (A, B and C)', () => {
  const analysis = ok(analyseWave([A, B, C], SEVEN));

  it('keeps C in the gaps', () => {
    // tangibles (0.5 + 0.5 + 0)/3 = 1/3; reliability (−2 − 0.4 − 2)/3 = −4.4/3; responsiveness (−2 − 2 + 0)/3 = −4/3;
    // assurance (0 + 0.5 + 0)/3 = 1/6; empathy (0 − 1.6 + 0)/3 = −1.6/3
    expectClose(gaps(analysis), { tangibles: 1 / 3, reliability: -4.4 / 3, responsiveness: -4 / 3, assurance: 1 / 6, empathy: -1.6 / 3 });
    // item 5: only A (−2) and B (0) answered both sides → −1 over 2 respondents
    expect(analysis.items[4]).toMatchObject({ item: 5, gap: -1, respondents: 2 });
  });

  it('leaves C out of the weighting and lists it with the reason', () => {
    const weighting = analysis.weighting;
    if (weighting.kind !== 'ok') throw new Error('expected weights');
    expect(weighting.validRows).toBe(2);
    expectClose(weighting.meanWeights, { tangibles: 15, reliability: 35, responsiveness: 25, assurance: 15, empathy: 10 });
    // −4.4/3 × 35/100 = −1.54/3 ≈ −0.51333
    expect(weighting.weightedScores.reliability).toBeCloseTo(-1.54 / 3, 12);
    expect(analysis.problems.invalidWeights).toEqual([{ respondentIndex: 2, respondentId: 'C', reason: 'sumNot100', statedSum: 90 }]);
    expect(analysis.problems.missingAnswers).toEqual([{ respondentIndex: 2, respondentId: 'C', items: [5] }]);
  });
});

describe('weight validation', () => {
  it(`accepts a split within ±${WEIGHT_SUM_TOLERANCE} point of 100 and rescales it to exactly 100`, () => {
    const check = checkWeights([20, 20, 20, 20, 19.5]);
    if (check.kind !== 'valid') throw new Error('99.5 should be accepted');
    expect(check.statedSum).toBe(99.5);
    // 20 × 100 / 99.5 = 20.100502…; 19.5 × 100 / 99.5 = 19.597989…
    expect(check.weights.tangibles).toBeCloseTo(2000 / 99.5, 12);
    expect(check.weights.empathy).toBeCloseTo(1950 / 99.5, 12);
    expect(DIMENSIONS.reduce((sum, dimension) => sum + check.weights[dimension], 0)).toBeCloseTo(100, 12);
  });

  it('flags a split of 90 with its sum', () => {
    expect(checkWeights([20, 20, 20, 20, 10])).toEqual({ kind: 'invalid', reason: 'sumNot100', statedSum: 90 });
  });

  it('flags a negative weight even when the total is 100', () => {
    expect(checkWeights([-10, 40, 30, 20, 20])).toEqual({ kind: 'invalid', reason: 'negative', statedSum: 100 });
  });

  it('flags a row with no weights at all', () => {
    expect(checkWeights([null, null, null, null, null])).toEqual({ kind: 'invalid', reason: 'missing', statedSum: null });
  });

  it('reads blanks as 0 only when the written weights already make 100', () => {
    const check = checkWeights([50, 50, null, null, null]);
    expect(check.kind).toBe('valid');
    if (check.kind === 'valid') expect(check.weights).toEqual({ tangibles: 50, reliability: 50, responsiveness: 0, assurance: 0, empathy: 0 });
    expect(checkWeights([50, 40, null, null, null])).toEqual({ kind: 'invalid', reason: 'sumNot100', statedSum: 90 });
  });

  it('draws the tolerance line at exactly one point', () => {
    expect(checkWeights([21, 20, 20, 20, 20]).kind).toBe('valid'); // 101
    expect(checkWeights([21.5, 20, 20, 20, 20]).kind).toBe('invalid'); // 101.5
    expect(checkWeights([19, 20, 20, 20, 20]).kind).toBe('valid'); // 99
  });

  it('has no weighted result when no row is valid, and the priorities fall back to the gaps', () => {
    const analysis = ok(analyseWave([C], SEVEN));
    expect(analysis.weighting).toEqual({ kind: 'notEnoughData', reason: 'noValidWeights' });
    expect(importancePerformance(analysis)).toEqual({ kind: 'notEnoughData', reason: 'noValidWeights' });
    const priorities = priorityOrder(analysis);
    expect(priorities.basis).toBe('unweighted');
    // C's gaps: reliability −2, all others 0 (ties keep questionnaire order)
    expect(priorities.dimensions.map((entry) => [entry.dimension, entry.score])).toEqual([
      ['reliability', -2],
      ['tangibles', 0],
      ['responsiveness', 0],
      ['assurance', 0],
      ['empathy', 0],
    ]);
  });
});

describe('the scale', () => {
  const uniform = (value: Answer): ByDimension => ({
    tangibles: [value, value, value, value],
    reliability: [value, value, value, value, value],
    responsiveness: [value, value, value, value],
    assurance: [value, value, value, value],
    empathy: [value, value, value, value, value],
  });

  it('computes on a 1–5 scale and rejects answers above 5', () => {
    // E = 5 everywhere, P = 4 everywhere except P1 = 7, impossible on 1–5
    const perceptions = uniform(4);
    perceptions.tangibles[0] = 7;
    const respondent = response('R', uniform(5), perceptions, [20, 20, 20, 20, 20]);

    const five = ok(analyseWave([respondent], { scale: 5, enabledItems: ALL_ITEMS }));
    // item 1 left out: tangibles = (−1 − 1 − 1) / 3 = −1; every other dimension −1 too
    expectClose(gaps(five), { tangibles: -1, reliability: -1, responsiveness: -1, assurance: -1, empathy: -1 });
    expect(five.problems.outOfScale).toEqual([{ respondentIndex: 0, respondentId: 'R', part: 'perception', item: 1, value: 7 }]);
    // weighted: −1 × 20/100 × 5 = −1
    expect(five.weighting.kind === 'ok' && five.weighting.weightedTotal).toBeCloseTo(-1, 12);

    // On 1–7 the same 7 is a valid answer: tangibles = (2 − 1 − 1 − 1) / 4 = −0.25
    const seven = ok(analyseWave([respondent], SEVEN));
    expect(seven.dimensions.tangibles.gap).toBeCloseTo(-0.25, 12);
    expect(seven.problems.outOfScale).toEqual([]);
  });

  it('lists 0 and 8 on a 1–7 scale as out of scale and accepts a half point', () => {
    const expectations = uniform(6);
    const perceptions = uniform(5);
    expectations.reliability[0] = 0;
    perceptions.empathy[4] = 8;
    perceptions.assurance[0] = 5.5;
    const problems = validateSurvey([response('R', expectations, perceptions, [20, 20, 20, 20, 20])], SEVEN);
    expect(problems.outOfScale).toEqual([
      { respondentIndex: 0, respondentId: 'R', part: 'expectation', item: 5, value: 0 },
      { respondentIndex: 0, respondentId: 'R', part: 'perception', item: 22, value: 8 },
    ]);
    expect(problems.missingAnswers).toEqual([]);
  });
});

describe('switched-off items', () => {
  const withoutItems = (...off: number[]): SurveySettings => ({ scale: 7, enabledItems: ALL_ITEMS.filter((item) => !off.includes(item)) });

  it('leave the dimension means and the problem lists', () => {
    // items 1 and 2 off: tangibles A (0 + 1)/2 = 0.5, B (0 + 1)/2 = 0.5 → 0.5
    const settings = withoutItems(1, 2, 18, 19, 20, 21, 22);
    const analysis = ok(analyseWave([A, B], settings));
    expect(analysis.dimensions.tangibles.gap).toBeCloseTo(0.5, 12);
    expect(analysis.dimensions.tangibles.enabledItems).toBe(2);
    // empathy wholly off: no gap, and the score covers four dimensions: (0.5 − 1.2 − 2 + 0.25) / 4 = −0.6125
    expect(analysis.dimensions.empathy.gap).toBeNull();
    expect(analysis.dimensionsWithoutData).toEqual(['empathy']);
    expect(analysis.unweightedScore).toBeCloseTo(-0.6125, 12);
    // weighted total over four: 0.075 − 0.42 − 0.5 + 0.0375 = −0.8075
    expect(analysis.weighting.kind === 'ok' && analysis.weighting.weightedTotal).toBeCloseTo(-0.8075, 12);
    expect(analysis.items.map((item) => item.item)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    const priorities = priorityOrder(analysis);
    expect(priorities.dimensions.map((entry) => entry.dimension)).not.toContain('empathy');
    expect(priorities.dimensionsWithoutData).toEqual(['empathy']);
  });

  it('are not checked for missing or out-of-scale answers', () => {
    // C's blank P5 is no longer a problem when item 5 is off
    expect(validateSurvey([C], withoutItems(5)).missingAnswers).toEqual([]);
    const wild = { ...A, perceptions: A.perceptions.map((value, index) => (index === 0 ? 99 : value)) };
    expect(validateSurvey([wild], withoutItems(1)).outOfScale).toEqual([]);
  });

  it('give a typed result when nothing can be computed', () => {
    expect(analyseWave([A], { scale: 7, enabledItems: [] })).toEqual({ kind: 'notEnoughData', reason: 'noEnabledItems' });
    expect(analyseWave([], SEVEN)).toEqual({ kind: 'notEnoughData', reason: 'noRespondents' });
    const blank = response(
      'blank',
      { tangibles: [6, 6, 6, 6], reliability: [6, 6, 6, 6, 6], responsiveness: [6, 6, 6, 6], assurance: [6, 6, 6, 6], empathy: [6, 6, 6, 6, 6] },
      {
        tangibles: [null, null, null, null],
        reliability: [null, null, null, null, null],
        responsiveness: [null, null, null, null],
        assurance: [null, null, null, null],
        empathy: [null, null, null, null, null],
      },
      [20, 20, 20, 20, 20],
    );
    expect(analyseWave([blank], SEVEN)).toEqual({ kind: 'notEnoughData', reason: 'noPairedAnswers' });
  });
});

describe('waves', () => {
  /** A and B after an improvement: every responsiveness perception one point higher. */
  const improved = [A, B].map((respondent) => ({
    ...respondent,
    perceptions: respondent.perceptions.map((value, index) => (index >= 9 && index <= 12 && value !== null ? value + 1 : value)),
  }));

  it('orders the waves by date and measures the change since the previous wave', () => {
    const comparison = compareWaves(
      [
        { id: 'autumn', label: 'Autumn', date: '2025-09-01', responses: improved },
        { id: 'spring', label: 'Spring', date: '2025-02-01', responses: [A, B] },
      ],
      SEVEN,
    );
    if (comparison.kind !== 'ok') throw new Error('expected a comparison');
    expect(comparison.points.map((point) => point.id)).toEqual(['spring', 'autumn']);
    const autumn = comparison.points[1]?.result;
    // responsiveness: A (−3−2−2−1 + 4)/4 = −1, B (−2−1−2−3 + 4)/4 = −1 → −1
    expect(autumn?.kind === 'ok' && autumn.dimensionGaps.responsiveness).toBeCloseTo(-1, 12);
    const change = comparison.latestChange;
    if (change.kind !== 'ok') throw new Error('expected a change');
    expect(change).toMatchObject({ fromId: 'spring', toId: 'autumn' });
    // −1 − (−2) = +1 on responsiveness, 0 elsewhere; unweighted +1/5 = +0.2
    expectClose(change.dimensionChanges, { tangibles: 0, reliability: 0, responsiveness: 1, assurance: 0, empathy: 0 });
    expect(change.unweightedChange).toBeCloseTo(0.2, 12);
    // weighted total: −0.8875 + 1 × 25/100 = −0.6375
    expect(autumn?.kind === 'ok' && autumn.weightedTotal).toBeCloseTo(-0.6375, 12);
  });

  it('skips a wave without answers when measuring the change', () => {
    const comparison = compareWaves(
      [
        { id: 'first', label: '', date: '2025-01-10', responses: [A, B] },
        { id: 'second', label: '', date: '2025-06-10', responses: improved },
        { id: 'third', label: '', date: '2025-12-10', responses: [] },
      ],
      SEVEN,
    );
    if (comparison.kind !== 'ok') throw new Error('expected a comparison');
    expect(comparison.points[2]?.result).toEqual({ kind: 'notEnoughData', reason: 'noRespondents' });
    expect(comparison.latestChange).toMatchObject({ kind: 'ok', fromId: 'first', toId: 'second' });
  });

  it('needs two waves with answers to compare, and one to show anything', () => {
    const single = compareWaves([{ id: 'only', label: '', date: '2025-01-10', responses: [A] }], SEVEN);
    expect(single.kind === 'ok' && single.latestChange).toEqual({ kind: 'notEnoughData', reason: 'fewerThanTwoWaves' });
    expect(compareWaves([], SEVEN)).toEqual({ kind: 'notEnoughData', reason: 'noWaves' });
  });
});

// -----------------------------------------------------------------------------------------------------------
// Properties, over surveys drawn from a seeded generator (same data on every run)

function randomSurvey(seed: number, respondents: number, missingShare: number) {
  const random = seededRandom(seed);
  const answer = () => (random.next() < missingShare ? null : random.integer(1, 7));
  return Array.from({ length: respondents }, (_, index): SurveyResponse => {
    const raw = DIMENSIONS.map(() => random.integer(1, 40));
    const total = raw.reduce((sum, value) => sum + value, 0);
    return {
      respondentId: `R${index + 1}`,
      expectations: Array.from({ length: ITEM_COUNT }, answer),
      perceptions: Array.from({ length: ITEM_COUNT }, answer),
      weights: raw.map((value) => (value * 100) / total),
    };
  });
}

describe('properties', () => {
  it('P = E everywhere gives zero gaps and zero scores, whatever is missing', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const survey = randomSurvey(seed, 15, 0.1).map((respondent) => ({ ...respondent, perceptions: [...respondent.expectations] }));
      const analysis = analyseWave(survey, SEVEN);
      if (analysis.kind !== 'ok') continue;
      for (const dimension of DIMENSIONS) expect(analysis.dimensions[dimension].gap ?? 0).toBe(0);
      for (const item of analysis.items) expect(item.gap ?? 0).toBe(0);
      expect(analysis.unweightedScore).toBe(0);
      expect(analysis.weighting.kind === 'ok' && analysis.weighting.weightedTotal).toBeCloseTo(0, 12);
    }
  });

  it('multiplying a valid split by k and renormalising to 100 changes nothing', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const survey = randomSurvey(seed, 12, 0.05);
      const k = 0.3 + seededRandom(seed * 7).next() * 5;
      const rescaled = survey.map((respondent) => {
        const multiplied = respondent.weights.map((weight) => (weight ?? 0) * k);
        const total = multiplied.reduce((sum, weight) => sum + weight, 0);
        return { ...respondent, weights: multiplied.map((weight) => (weight * 100) / total) };
      });
      const before = ok(analyseWave(survey, SEVEN));
      const after = ok(analyseWave(rescaled, SEVEN));
      if (before.weighting.kind !== 'ok' || after.weighting.kind !== 'ok') throw new Error('expected weights');
      expectClose(after.weighting.meanWeights, before.weighting.meanWeights, 9);
      expect(after.weighting.weightedTotal).toBeCloseTo(before.weighting.weightedTotal, 9);
    }
  });

  it('weighted scores scale linearly with the gaps', () => {
    for (let seed = 1; seed <= 20; seed++) {
      // E = 4 and P = 4 + d with d in −1…1, against P = 4 + 2d: every gap doubles, nothing leaves the scale
      const random = seededRandom(seed);
      const deltas = Array.from({ length: 10 }, () => Array.from({ length: ITEM_COUNT }, () => (random.next() < 0.1 ? null : random.integer(-1, 1))));
      const survey = (factor: number) =>
        randomSurvey(seed, 10, 0).map((respondent, index) => ({
          ...respondent,
          expectations: Array.from({ length: ITEM_COUNT }, () => 4),
          perceptions: (deltas[index] ?? []).map((delta) => (delta === null ? null : 4 + factor * delta)),
        }));
      const single = ok(analyseWave(survey(1), SEVEN));
      const double = ok(analyseWave(survey(2), SEVEN));
      if (single.weighting.kind !== 'ok' || double.weighting.kind !== 'ok') throw new Error('expected weights');
      for (const dimension of DIMENSIONS) {
        expect(double.weighting.weightedScores[dimension] ?? 0).toBeCloseTo(2 * (single.weighting.weightedScores[dimension] ?? 0), 12);
      }
      expect(double.weighting.weightedTotal).toBeCloseTo(2 * single.weighting.weightedTotal, 12);
      expect(double.unweightedScore).toBeCloseTo(2 * single.unweightedScore, 12);
      expect(weightedGap(2 * -1.3, 27)).toBeCloseTo(2 * weightedGap(-1.3, 27), 12);
    }
  });

  it('mean weights always add up to 100 and the weighted total is the sum of gap × weight / 100', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const analysis = ok(analyseWave(randomSurvey(seed, 25, 0.15), SEVEN));
      if (analysis.weighting.kind !== 'ok') throw new Error('expected weights');
      const { meanWeights, weightedTotal } = analysis.weighting;
      expect(DIMENSIONS.reduce((sum, dimension) => sum + meanWeights[dimension], 0)).toBeCloseTo(100, 9);
      const byHand = DIMENSIONS.reduce((sum, dimension) => sum + ((analysis.dimensions[dimension].gap ?? 0) * meanWeights[dimension]) / 100, 0);
      expect(weightedTotal).toBeCloseTo(byHand, 12);
    }
  });

  it('does not depend on the order of the respondents', () => {
    const survey = randomSurvey(42, 30, 0.1);
    const forward = ok(analyseWave(survey, SEVEN));
    const backward = ok(analyseWave([...survey].reverse(), SEVEN));
    expectClose(gaps(backward), gaps(forward), 12);
    expect(backward.unweightedScore).toBeCloseTo(forward.unweightedScore, 12);
  });
});
