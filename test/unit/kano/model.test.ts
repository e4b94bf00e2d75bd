import { describe, expect, it } from 'vitest';
import {
  KANO_CATEGORIES,
  MIXED_THRESHOLD_POINTS,
  acceptedAnswerTexts,
  analyseSurvey,
  answerLookupKey,
  betterWorse,
  checkFeatureList,
  classifyCounts,
  continuousScores,
  emptyCategoryCounts,
  evaluateAnswerPair,
  fongTest,
  parseKanoAnswer,
  priorityList,
  responsesFromTyped,
  type CategoryCounts,
  type Classification,
  type KanoCategory,
  type KanoResponse,
} from '../../../exercises/kano/model';
import { KANO_ANSWERS, kanoStateSchema, type KanoAnswer } from '../../../exercises/kano/state';
import { blankKanoState, demoKanoState } from '../../../exercises/kano/demo';
import { DEMO_RESPONDENT_COUNT } from '../../../exercises/kano/demo/survey';
import { seededRandom } from '../../../src/data/seededRandom';
import { KANO_ANSWER_LABELS, KANO_QUESTION_TEMPLATES, fillQuestion } from '../../../exercises/kano/questions';
import { LOCALES } from '../../../src/i18n/locale';

function counts(partial: Partial<CategoryCounts>): CategoryCounts {
  return { ...emptyCategoryCounts(), ...partial };
}

function classified(partial: Partial<CategoryCounts>): Classification {
  const result = classifyCounts(counts(partial));
  if (result.kind !== 'ok') throw new Error('expected a classification');
  return result;
}

function response(featureId: string, functional: KanoAnswer | null, dysfunctional: KanoAnswer | null, extra: Partial<KanoResponse> = {}): KanoResponse {
  return { source: 'test', respondent: 'r', segment: null, featureId, functional, dysfunctional, importance: null, ...extra };
}

describe('the evaluation table (Berger et al. 1993, METHODS.md)', () => {
  // Rows: functional answer; columns: dysfunctional answer, both in the order Like, Must-be, Neutral, Live-with, Dislike.
  const expected: Record<KanoAnswer, readonly KanoCategory[]> = {
    like: ['Q', 'A', 'A', 'A', 'O'],
    mustBe: ['R', 'I', 'I', 'I', 'M'],
    neutral: ['R', 'I', 'I', 'I', 'M'],
    liveWith: ['R', 'I', 'I', 'I', 'M'],
    dislike: ['R', 'R', 'R', 'R', 'Q'],
  };
  const cells = KANO_ANSWERS.flatMap((functional) =>
    KANO_ANSWERS.map((dysfunctional, column) => [functional, dysfunctional, expected[functional][column]] as const),
  );

  it.each(cells)('functional %s × dysfunctional %s → %s', (functional, dysfunctional, category) => {
    expect(evaluateAnswerPair(functional, dysfunctional)).toBe(category);
  });

  it('has 25 cells: 3 A, 1 O, 3 M, 9 I, 7 R, 2 Q', () => {
    const tally = emptyCategoryCounts();
    for (const [functional, dysfunctional] of cells) tally[evaluateAnswerPair(functional, dysfunctional)] += 1;
    expect(tally).toEqual({ A: 3, O: 1, M: 3, I: 9, R: 7, Q: 2 });
  });
});

describe('parseKanoAnswer', () => {
  it.each([
    [1, 'like'],
    [2, 'mustBe'],
    [3, 'neutral'],
    [4, 'liveWith'],
    [5, 'dislike'],
    ['3', 'neutral'],
    [' 4 ', 'liveWith'],
    ['5.0', 'dislike'],
    ['2,0', 'mustBe'],
  ] as const)('reads the code %j', (value, answer) => {
    expect(parseKanoAnswer(value)).toEqual({ kind: 'answer', answer });
  });

  it.each([
    ['I like it', 'like'],
    ['Нравится', 'like'],
    ['喜欢', 'like'],
    ['It must be that way', 'mustBe'],
    ['Так и должно быть', 'mustBe'],
    ['Должно быть так', 'mustBe'],
    ['理所当然', 'mustBe'],
    ['必须如此', 'mustBe'],
    ['I am neutral', 'neutral'],
    ['Мне всё равно', 'neutral'],
    ['Нейтрально', 'neutral'],
    ['无所谓', 'neutral'],
    ['I can live with it', 'liveWith'],
    ['Могу смириться', 'liveWith'],
    ['可以忍受', 'liveWith'],
    ['I dislike it', 'dislike'],
    ['Не нравится', 'dislike'],
    ['不喜欢', 'dislike'],
  ] as const)('reads the label "%s"', (value, answer) => {
    expect(parseKanoAnswer(value)).toEqual({ kind: 'answer', answer });
  });

  it.each([
    ['  I LIKE IT  ', 'like'],
    ['i like it.', 'like'],
    ["I'm neutral", 'neutral'],
    ['Мне все равно', 'neutral'], // е for ё
    ['МНЕ  ВСЁ  РАВНО!', 'neutral'],
    ['так и должно быть…', 'mustBe'],
    ['Ненравится', 'dislike'], // a missing space
    ['Must-be', 'mustBe'],
    ['Live with', 'liveWith'],
    ['  不喜欢。', 'dislike'],
    ['1. Нравится', 'like'],
    ['5 - I dislike it', 'dislike'],
    ['3) 无所谓', 'neutral'],
  ] as const)('tolerates case, spacing, punctuation and a code prefix: "%s"', (value, answer) => {
    expect(parseKanoAnswer(value)).toEqual({ kind: 'answer', answer });
  });

  it('reads every accepted spelling, as written, upper-cased and with extra spaces', () => {
    for (const [answer, texts] of acceptedAnswerTexts()) {
      for (const text of texts) {
        for (const variant of [text, text.toUpperCase(), `  ${text.split(' ').join('   ')} `]) {
          expect(parseKanoAnswer(variant), variant).toEqual({ kind: 'answer', answer });
        }
      }
    }
  });

  it('never lets two answers share a spelling', () => {
    const owner = new Map<string, KanoAnswer>();
    for (const [answer, texts] of acceptedAnswerTexts()) {
      for (const text of texts) {
        const key = answerLookupKey(text);
        expect(owner.get(key) ?? answer, `${text} is claimed by two answers`).toBe(answer);
        owner.set(key, answer);
      }
    }
  });

  it('reports blanks as empty and does not guess the rest', () => {
    expect(parseKanoAnswer(null)).toEqual({ kind: 'empty' });
    expect(parseKanoAnswer(undefined)).toEqual({ kind: 'empty' });
    expect(parseKanoAnswer('   ')).toEqual({ kind: 'empty' });
    for (const value of [0, 6, 2.5, -1]) expect(parseKanoAnswer(value)).toEqual({ kind: 'unrecognised', value: String(value) });
    expect(parseKanoAnswer(' maybe ')).toEqual({ kind: 'unrecognised', value: 'maybe' });
    expect(parseKanoAnswer('I like')).toEqual({ kind: 'answer', answer: 'like' });
    expect(parseKanoAnswer('like it a lot').kind).toBe('unrecognised');
    // The code says "like", the label says "dislike": not guessed.
    expect(parseKanoAnswer('1 — Не нравится').kind).toBe('unrecognised');
    expect(parseKanoAnswer(true).kind).toBe('unrecognised');
  });
});

describe('classification: the most frequent category and the tie rule M > O > A > I', () => {
  it('takes the most frequent category with its counts and shares', () => {
    // n = 20: A 3, O 4, M 10, I 2, R 1 → M with 10/20 = 50 %, runner-up O 4/20 = 20 %, strength 30 points.
    const result = classified({ A: 3, O: 4, M: 10, I: 2, R: 1 });
    expect(result.category).toBe('M');
    expect(result.n).toBe(20);
    expect(result.shares.M).toBeCloseTo(0.5, 12);
    expect(result.shares.A).toBeCloseTo(0.15, 12);
    expect(result.second.category).toBe('O');
    expect(result.strengthPoints).toBeCloseTo(30, 12);
    expect(result.mixed).toBe(false);
    expect(result.decidedByTieRule).toBe(false);
  });

  it.each([
    [{ M: 5, O: 5, A: 2 }, 'M', 'O'],
    [{ O: 5, A: 5, I: 2 }, 'O', 'A'],
    [{ A: 5, I: 5, M: 2 }, 'A', 'I'],
    [{ A: 4, O: 4, M: 4, I: 4 }, 'M', 'O'],
    [{ I: 5, R: 5 }, 'I', 'R'],
    [{ R: 5, Q: 5 }, 'R', 'Q'],
    [{ M: 3, Q: 3 }, 'M', 'Q'],
  ] as const)('tie %j → %s, runner-up %s', (partial, category, second) => {
    const result = classified(partial);
    expect(result.category).toBe(category);
    expect(result.second.category).toBe(second);
    expect(result.decidedByTieRule).toBe(true);
    expect(result.strengthPoints).toBe(0);
    expect(result.mixed).toBe(true);
  });

  it('reports reverse or questionable as the category when they are the most frequent', () => {
    expect(classified({ R: 10, I: 5, A: 1 }).category).toBe('R');
    expect(classified({ Q: 6, A: 5 }).category).toBe('Q');
  });

  it(`calls a gap below ${MIXED_THRESHOLD_POINTS} points mixed and a gap of exactly 6 not mixed`, () => {
    // n = 50: 20 vs 17 → (20 − 17) / 50 = 6 points exactly → not mixed.
    const six = classified({ O: 20, M: 17, I: 13 });
    expect(six.strengthPoints).toBe(6);
    expect(six.mixed).toBe(false);
    // n = 50: 20 vs 18 → 4 points → mixed, the runner-up is M.
    const four = classified({ O: 20, M: 18, I: 12 });
    expect(four.strengthPoints).toBeCloseTo(4, 12);
    expect(four.mixed).toBe(true);
    expect(four.second.category).toBe('M');
  });

  it('returns a typed "not enough data" result without answers', () => {
    expect(classifyCounts(emptyCategoryCounts())).toEqual({ kind: 'notEnoughData', n: 0 });
  });

  it('flags samples under 30 answers', () => {
    expect(classified({ A: 29 }).smallSample).toBe(true);
    expect(classified({ A: 30 }).smallSample).toBe(false);
  });
});

describe('Fong test: |a − b| < 1.65·sqrt((a + b)(2n − a − b) / (2n)) → not significant', () => {
  it('n = 50, a = 20, b = 12 is significant', () => {
    // (a + b) = 32; 2n − a − b = 100 − 32 = 68; 32 · 68 = 2176; / 100 = 21.76; sqrt = 4.66476;
    // · 1.65 = 7.69686. |20 − 12| = 8 ≥ 7.69686 → significant.
    const test = fongTest(20, 12, 50);
    expect(test.critical).toBeCloseTo(7.69686, 5);
    expect(test.difference).toBe(8);
    expect(test.significant).toBe(true);
  });

  it('n = 50, a = 20, b = 13 is not significant', () => {
    // 33 · 67 = 2211; / 100 = 22.11; sqrt = 4.70213; · 1.65 = 7.75851. |20 − 13| = 7 < 7.75851.
    const test = fongTest(20, 13, 50);
    expect(test.critical).toBeCloseTo(7.75851, 5);
    expect(test.significant).toBe(false);
  });

  it('is attached to the classification with the top two counts', () => {
    const result = classified({ A: 20, I: 13, M: 10, O: 7 });
    expect(result.fong).toMatchObject({ a: 20, b: 13, significant: false });
  });
});

describe('Better and Worse (Berger et al. 1993)', () => {
  it('computes both on hand-counted answers, leaving R and Q out of the denominator', () => {
    // A 12, O 18, M 10, I 5 → base 45; R 3 and Q 2 are not in it.
    // Better = (12 + 18) / 45 = 30 / 45 = 0.6667; Worse = −(18 + 10) / 45 = −28 / 45 = −0.6222.
    const result = betterWorse(counts({ A: 12, O: 18, M: 10, I: 5, R: 3, Q: 2 }));
    expect(result).toEqual({ kind: 'ok', better: 30 / 45, worse: -28 / 45, base: 45 });
    expect(result.kind === 'ok' && result.better).toBeCloseTo(0.6667, 4);
    expect(result.kind === 'ok' && result.worse).toBeCloseTo(-0.6222, 4);
  });

  it('gives Better 1 and Worse −1 when every usable answer is one-dimensional', () => {
    // O 8 → (0 + 8) / 8 = 1 and −(8 + 0) / 8 = −1
    expect(betterWorse(counts({ O: 8, R: 4 }))).toEqual({ kind: 'ok', better: 1, worse: -1, base: 8 });
  });

  it('has no base when every answer is reverse or questionable', () => {
    expect(betterWorse(counts({ R: 3, Q: 1 }))).toEqual({ kind: 'noBase' });
  });
});

describe('continuous analysis (DuMouchel scale)', () => {
  it('averages the asymmetric scores on a hand case', () => {
    // functional: like 4, must-be 2, neutral 0, dislike −2 → mean (4 + 2 + 0 − 2) / 4 = 1;
    //   deviations 3, 1, −1, −3 → squares 20 → variance 20 / 3 → sd 2.5820.
    // dysfunctional: dislike 4, dislike 4, neutral 0, like −2 → mean 6 / 4 = 1.5;
    //   deviations 2.5, 2.5, −1.5, −3.5 → squares 6.25 + 6.25 + 2.25 + 12.25 = 27 → variance 9 → sd 3.
    const scores = continuousScores([
      { functional: 'like', dysfunctional: 'dislike' },
      { functional: 'mustBe', dysfunctional: 'dislike' },
      { functional: 'neutral', dysfunctional: 'neutral' },
      { functional: 'dislike', dysfunctional: 'like' },
    ]);
    if (scores.kind !== 'ok') throw new Error('expected scores');
    expect(scores.functional.mean).toBe(1);
    expect(scores.functional.standardDeviation).toBeCloseTo(2.582, 3);
    expect(scores.dysfunctional.mean).toBe(1.5);
    expect(scores.dysfunctional.standardDeviation).toBeCloseTo(3, 12);
  });

  it('scores live-with as −1 and 2, must-be as 2 and −1', () => {
    // functional (4 + (−1)) / 2 = 1.5; dysfunctional (−1 + 2) / 2 = 0.5
    const scores = continuousScores([
      { functional: 'like', dysfunctional: 'mustBe' },
      { functional: 'liveWith', dysfunctional: 'liveWith' },
    ]);
    expect(scores.kind === 'ok' && [scores.functional.mean, scores.dysfunctional.mean]).toEqual([1.5, 0.5]);
  });

  it('has no standard deviation for one respondent and nothing for none', () => {
    const one = continuousScores([{ functional: 'like', dysfunctional: 'dislike' }]);
    expect(one.kind === 'ok' && one.functional.standardDeviation).toBeNull();
    expect(continuousScores([])).toEqual({ kind: 'notEnoughData' });
  });
});

describe('survey analysis', () => {
  const features = [{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }];

  it('classifies each feature, averages importance and counts half-answered pairs apart', () => {
    const result = analyseSurvey(features, [
      response('f1', 'like', 'dislike', { respondent: 'a', importance: 8 }),
      response('f1', 'mustBe', 'dislike', { respondent: 'b', importance: 6 }),
      response('f1', 'like', null, { respondent: 'c', importance: 7 }),
      response('f2', 'neutral', 'neutral', { respondent: 'a' }),
      response('unknown', 'like', 'like', { respondent: 'z' }),
    ]);
    const [f1, f2, f3] = result.overall.features;
    expect(result.overall.respondents).toBe(3);
    expect(f1?.classification).toMatchObject({ kind: 'ok', n: 2, counts: { O: 1, M: 1 }, category: 'M' });
    // importance (8 + 6 + 7) / 3 = 7, from everyone who gave it, even without both answers
    expect(f1?.importance).toMatchObject({ n: 3, mean: 7 });
    expect(f1?.incomplete).toBe(1);
    expect(f2?.classification).toMatchObject({ kind: 'ok', category: 'I' });
    expect(f2?.importance).toBeNull();
    expect(f3?.classification).toEqual({ kind: 'notEnoughData', n: 0 });
    expect(f3?.continuous).toEqual({ kind: 'notEnoughData' });
  });

  it('keeps equal respondent ids from two sources apart and analyses each segment on its own', () => {
    const result = analyseSurvey(features, [
      response('f1', 'like', 'neutral', { source: 'file-1', respondent: '1', segment: 'B2B' }),
      response('f1', 'like', 'dislike', { source: 'file-2', respondent: '1', segment: 'B2C' }),
      response('f1', 'neutral', 'dislike', { source: 'file-2', respondent: '2', segment: null }),
    ]);
    expect(result.overall.respondents).toBe(3);
    expect(result.segments.map((segment) => [segment.segment, segment.analysis.respondents])).toEqual([
      ['B2B', 1],
      ['B2C', 1],
    ]);
    expect(result.segments[0]?.analysis.features[0]?.classification).toMatchObject({ category: 'A' });
    expect(result.segments[1]?.analysis.features[0]?.classification).toMatchObject({ category: 'O' });
  });

  it('checks the feature list: 3 to 30 features with distinct, non-empty names', () => {
    expect(checkFeatureList([{ id: 'a', name: 'Доставка' }, { id: 'b', name: ' доставка ' }, { id: 'c', name: '' }])).toEqual([
      { code: 'emptyName', featureId: 'c' },
      { code: 'duplicateName', featureIds: ['a', 'b'] },
    ]);
    expect(checkFeatureList([{ id: 'a', name: 'x' }])).toContainEqual({ code: 'tooFew', count: 1, min: 3 });
    const many = Array.from({ length: 31 }, (_, index) => ({ id: `f${index}`, name: `Feature ${index}` }));
    expect(checkFeatureList(many)).toEqual([{ code: 'tooMany', count: 31, max: 30 }]);
  });
});

describe('priority list', () => {
  it('puts must-be first, then one-dimensional, attractive, indifferent, reverse, questionable, unanswered', () => {
    const feature = (id: string, partial: Partial<CategoryCounts>) => ({
      featureId: id,
      classification: classifyCounts(counts(partial)),
      continuous: { kind: 'notEnoughData' } as const,
      importance: null,
      incomplete: 0,
    });
    const list = priorityList([
      feature('q', { Q: 5, A: 1 }),
      feature('none', {}),
      feature('i', { I: 9, A: 1 }),
      feature('a-weak', { A: 6, I: 4 }), // Better 6 / 10 = 0.6
      feature('a-strong', { A: 9, I: 1 }), // Better 9 / 10 = 0.9
      feature('r', { R: 7, I: 3 }),
      feature('o', { O: 8, M: 2 }),
      feature('m-mixed', { M: 5, O: 5 }), // |Worse| = 10 / 10 = 1, a tie with O
      feature('m', { M: 8, I: 2 }), // |Worse| = 8 / 10 = 0.8
    ]);
    expect(list.map((item) => [item.rank, item.featureId, item.action])).toEqual([
      [1, 'm-mixed', 'secureMustBe'],
      [2, 'm', 'secureMustBe'],
      [3, 'o', 'improveOneDimensional'],
      [4, 'a-strong', 'addAttractive'],
      [5, 'a-weak', 'addAttractive'],
      [6, 'i', 'doNotInvest'],
      [7, 'r', 'segmentFirst'],
      [8, 'q', 'checkQuestion'],
      [9, 'none', 'collectAnswers'],
    ]);
    expect(list[0]).toMatchObject({ borderlineWith: 'O', notSignificant: true, better: 0.5, worse: -1 });
  });
});

describe('invariants on random answers (seeded)', () => {
  const random = seededRandom(7).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  it('shares sum to 1, Better ∈ [0, 1], Worse ∈ [−1, 0], the category is a most frequent one', () => {
    for (let trial = 0; trial < 300; trial += 1) {
      const n = 1 + Math.floor(random() * 80);
      const tally = emptyCategoryCounts();
      for (let i = 0; i < n; i += 1) tally[evaluateAnswerPair(pick(KANO_ANSWERS), pick(KANO_ANSWERS))] += 1;
      const result = classified(tally);
      const shareSum = KANO_CATEGORIES.reduce((sum, category) => sum + result.shares[category], 0);
      expect(shareSum).toBeCloseTo(1, 12);
      expect(result.counts[result.category]).toBe(Math.max(...KANO_CATEGORIES.map((category) => tally[category])));
      expect(result.strengthPoints).toBeGreaterThanOrEqual(0);
      expect(result.mixed).toBe(result.strengthPoints < 6);
      if (result.betterWorse.kind === 'ok') {
        expect(result.betterWorse.better).toBeGreaterThanOrEqual(0);
        expect(result.betterWorse.better).toBeLessThanOrEqual(1);
        expect(result.betterWorse.worse).toBeGreaterThanOrEqual(-1);
        expect(result.betterWorse.worse).toBeLessThanOrEqual(0);
      } else {
        expect(tally.A + tally.O + tally.M + tally.I).toBe(0);
      }
    }
  });

  it('Better and Worse do not move when reverse or questionable answers are added', () => {
    for (let trial = 0; trial < 200; trial += 1) {
      const tally = counts({ A: Math.floor(random() * 20), O: Math.floor(random() * 20), M: Math.floor(random() * 20), I: 1 + Math.floor(random() * 20) });
      const before = betterWorse(tally);
      const after = betterWorse({ ...tally, R: tally.R + 1 + Math.floor(random() * 30), Q: tally.Q + Math.floor(random() * 30) });
      expect(after).toEqual(before);
    }
  });

  it('DuMouchel means stay within the scale (−2 … 4)', () => {
    for (let trial = 0; trial < 100; trial += 1) {
      const pairs = Array.from({ length: 1 + Math.floor(random() * 40) }, () => ({ functional: pick(KANO_ANSWERS), dysfunctional: pick(KANO_ANSWERS) }));
      const scores = continuousScores(pairs);
      if (scores.kind !== 'ok') throw new Error('expected scores');
      for (const mean of [scores.functional.mean, scores.dysfunctional.mean]) {
        expect(mean).toBeGreaterThanOrEqual(-2);
        expect(mean).toBeLessThanOrEqual(4);
      }
    }
  });
});

describe('the demo survey', () => {
  const state = demoKanoState();
  const results = analyseSurvey(state.features, responsesFromTyped(state.responses));
  const byId = new Map(results.overall.features.map((feature) => [feature.featureId, feature.classification]));
  const overall = (id: string): Classification => {
    const result = byId.get(id);
    if (result?.kind !== 'ok') throw new Error(`no classification for ${id}`);
    return result;
  };

  it('is a valid state, as is the blank one, and is the same every time', () => {
    expect(kanoStateSchema.parse(state)).toEqual(state);
    expect(kanoStateSchema.parse(blankKanoState())).toEqual(blankKanoState());
    expect(demoKanoState()).toEqual(state);
  });

  it('has at least 8 features, 60+ respondents in two segments and a few questionable answers', () => {
    expect(state.features.length).toBeGreaterThanOrEqual(8);
    expect(results.overall.respondents).toBe(DEMO_RESPONDENT_COUNT);
    expect(DEMO_RESPONDENT_COUNT).toBeGreaterThanOrEqual(60);
    expect(results.segments.map((segment) => [segment.segment, segment.analysis.respondents])).toEqual([
      ['new', 30],
      ['regular', 34],
    ]);
    const questionable = results.overall.features.reduce((sum, feature) => sum + (feature.classification.kind === 'ok' ? feature.classification.counts.Q : 0), 0);
    expect(questionable).toBeGreaterThan(0);
    expect(questionable).toBeLessThan(20);
  });

  it('classifies the features as the demo story intends', () => {
    expect(Object.fromEntries([...byId].map(([id, result]) => [id, result.kind === 'ok' ? result.category : null]))).toEqual({
      points: 'O',
      'e-receipt': 'I',
      'delivery-2h': 'A',
      cashless: 'M',
      'personal-offers': 'A',
      'daily-push': 'R',
      'returns-no-receipt': 'M',
      'birthday-gift': 'A',
      'short-queues': 'O',
      'app-games': 'I',
    });
  });

  it('resolves the M–O tie on returns by the rule, while the two segments disagree', () => {
    const returns = overall('returns-no-receipt');
    expect([returns.counts.M, returns.counts.O]).toEqual([20, 20]);
    expect(returns).toMatchObject({ category: 'M', decidedByTieRule: true, mixed: true });
    expect(returns.fong.significant).toBe(false);
    const bySegment = Object.fromEntries(
      results.segments.map((segment) => [segment.segment, segment.analysis.features.find((feature) => feature.featureId === 'returns-no-receipt')?.classification]),
    );
    expect(bySegment.regular).toMatchObject({ category: 'M' });
    expect(bySegment.new).toMatchObject({ category: 'O' });
  });

  it('shows personal offers as a near-tie between attractive and indifferent', () => {
    // A 22, I 21 of 64 → (22 − 21) / 64 = 1.5625 points
    const offers = overall('personal-offers');
    expect(offers).toMatchObject({ category: 'A', mixed: true, decidedByTieRule: false, second: { category: 'I', count: 21 } });
    expect(offers.strengthPoints).toBeCloseTo(1.5625, 10);
  });

  it('finds the reverse feature and sends it to segmenting', () => {
    expect(overall('daily-push').category).toBe('R');
    const push = priorityList(results.overall.features).find((item) => item.featureId === 'daily-push');
    expect(push?.action).toBe('segmentFirst');
  });
});

describe('questionnaire wording', () => {
  it('puts the feature into every template of every language, and every printed label is read back', () => {
    for (const locale of LOCALES) {
      const templates = KANO_QUESTION_TEMPLATES[locale];
      for (const template of [templates.functional, templates.dysfunctional, templates.importance]) {
        const question = fillQuestion(template, '  Доставка за 2 часа ', { min: 1, max: 9 });
        expect(question).toContain('Доставка за 2 часа');
        expect(question).not.toMatch(/\{\w+\}/);
      }
      for (const answer of KANO_ANSWERS) expect(parseKanoAnswer(KANO_ANSWER_LABELS[locale][answer])).toEqual({ kind: 'answer', answer });
    }
    expect(fillQuestion(KANO_QUESTION_TEMPLATES.en.dysfunctional, 'free delivery')).toBe('If the product does not have “free delivery”, how do you feel?');
    expect(fillQuestion(KANO_QUESTION_TEMPLATES.ru.importance, 'Бонусы', { min: 1, max: 5 })).toBe(
      'Насколько для вас важно: «Бонусы»? (1 — совсем не важно, 5 — крайне важно)',
    );
  });
});
