import { describe, expect, it } from 'vitest';
import { analyseSurvey, detectResponseLayout, pairWideColumns, readWideHeader, responsesFromLongRows, wideToLong } from '../../../exercises/kano/model';

const features = [
  { id: 'delivery', name: 'Доставка за 2 часа' },
  { id: 'payment', name: 'Card payment' },
  { id: 'gift', name: '生日礼物' },
];

describe('readWideHeader: a feature column in the wide layout', () => {
  it.each([
    ['Доставка за 2 часа (функциональный)', 'delivery', 'functional'],
    ['Доставка за 2 часа — дисфункциональный', 'delivery', 'dysfunctional'],
    ['доставка  за 2 часа: нет', 'delivery', 'dysfunctional'],
    ['Доставка за 2 часа - важность', 'delivery', 'importance'],
    ['Card payment (functional)', 'payment', 'functional'],
    ['CARD PAYMENT [Dysfunctional]', 'payment', 'dysfunctional'],
    ['Card payment – functional question', 'payment', 'functional'],
    ['F1_f', 'delivery', 'functional'],
    ['F1_d', 'delivery', 'dysfunctional'],
    ['f2 i', 'payment', 'importance'],
    ['payment_func', 'payment', 'functional'], // the feature's id
    ['生日礼物（正向）', 'gift', 'functional'],
    ['生日礼物反向', 'gift', 'dysfunctional'],
    ['生日礼物非功能', 'gift', 'dysfunctional'], // 非功能 is tried before 功能
    ['生日礼物_重要性', 'gift', 'importance'],
  ] as const)('"%s" → %s %s', (header, featureId, role) => {
    expect(readWideHeader(header, features)).toEqual({ featureId, role });
  });

  it.each(['Доставка за 2 часа', 'F1', 'F1f', 'F4_f', 'Other feature (functional)', 'Комментарий', 'Q1'])('"%s" is not a feature column', (header) => {
    expect(readWideHeader(header, features)).toBeNull();
  });
});

describe('wideToLong', () => {
  const headers = ['Респондент', 'Сегмент', 'F1_f', 'F1_d', 'F1_i', 'Card payment (functional)', 'Card payment (dysfunctional)', 'Комментарий'];

  it('pairs columns by feature and names what it could not use', () => {
    const pairing = pairWideColumns(headers, features);
    expect(pairing).toEqual({
      respondentColumn: 0,
      segmentColumn: 1,
      paired: [
        { featureId: 'delivery', functional: 2, dysfunctional: 3, importance: 4 },
        { featureId: 'payment', functional: 5, dysfunctional: 6, importance: null },
      ],
      unpairedFeatureIds: ['gift'],
      unusedColumns: [7],
    });
  });

  it('turns one row per respondent into one row per respondent and feature', () => {
    const result = wideToLong(
      headers,
      [
        ['A-1', 'B2B', 'Нравится', 'Не нравится', 8, 1, 5, 'ok'],
        ['A-2', '', 'like', 'neutral', null, null, null, null],
        [null, 'B2C', 3, 3, '7', 'Мне всё равно', 'Могу смириться', null],
      ],
      features,
    );
    expect(result.rows).toEqual([
      { respondent: 'A-1', feature: 'delivery', functional: 'Нравится', dysfunctional: 'Не нравится', importance: 8, segment: 'B2B' },
      { respondent: 'A-1', feature: 'payment', functional: 1, dysfunctional: 5, importance: null, segment: 'B2B' },
      { respondent: 'A-2', feature: 'delivery', functional: 'like', dysfunctional: 'neutral', importance: null, segment: null },
      // No respondent id: the third data row is respondent "3".
      { respondent: '3', feature: 'delivery', functional: 3, dysfunctional: 3, importance: '7', segment: 'B2C' },
      { respondent: '3', feature: 'payment', functional: 'Мне всё равно', dysfunctional: 'Могу смириться', importance: null, segment: 'B2C' },
    ]);
    expect(result.sourceRowIndex).toEqual([0, 0, 1, 2, 2]);

    const { responses, problems } = responsesFromLongRows(result.rows, features, 'file-1');
    expect(problems).toEqual([]);
    const analysis = analyseSurvey(features, responses);
    expect(analysis.overall.respondents).toBe(3);
    // delivery: like/dislike → O, like/neutral → A, neutral/neutral → I; payment: 1/5 → O, neutral/live-with → I
    expect(analysis.overall.features.map((feature) => feature.classification.kind === 'ok' && feature.classification.counts)).toEqual([
      { A: 1, O: 1, M: 0, I: 1, R: 0, Q: 0 },
      { A: 0, O: 1, M: 0, I: 1, R: 0, Q: 0 },
      false,
    ]);
    // importance of delivery: (8 + 7) / 2 = 7.5, the text "7" read as a number
    expect(analysis.overall.features[0]?.importance?.mean).toBe(7.5);
  });

  it('works without a respondent column', () => {
    const result = wideToLong(['F3_f', 'F3_d'], [['喜欢', '无所谓'], ['不喜欢', '理所当然']], features);
    expect(result.rows.map((row) => [row.respondent, row.feature])).toEqual([
      ['1', 'gift'],
      ['2', 'gift'],
    ]);
  });
});

describe('detectResponseLayout', () => {
  it('says wide when headers name a feature with a role, long otherwise', () => {
    expect(detectResponseLayout(['ID', 'Card payment — functional', 'Card payment — dysfunctional'], features)).toBe('wide');
    expect(detectResponseLayout(['Respondent', 'Feature', 'Functional', 'Dysfunctional', 'Importance'], features)).toBe('long');
    // Only one of the two columns: the feature cannot be paired, so this is not a usable wide file.
    expect(detectResponseLayout(['ID', 'Card payment — functional'], features)).toBe('long');
  });
});

describe('responsesFromLongRows', () => {
  it('matches features by name, id or code, and reports what it cannot use', () => {
    const { responses, problems } = responsesFromLongRows(
      [
        { respondent: 'r1', feature: 'доставка за 2 часа', functional: 'Нравится', dysfunctional: 'Мне всё равно', importance: 9, segment: 'Розница' },
        { respondent: 'r1', feature: 'F2', functional: 'I like it', dysfunctional: 'maybe', importance: 12, segment: null },
        { respondent: 'r1', feature: 'Unknown', functional: 1, dysfunctional: 2, importance: null, segment: null },
        { respondent: 'r1', feature: 'delivery', functional: 5, dysfunctional: 5, importance: null, segment: null },
        { respondent: '', feature: 'gift', functional: 1, dysfunctional: 5, importance: null, segment: null },
      ],
      features,
      'file-1',
    );
    expect(responses).toEqual([
      { source: 'file-1', respondent: 'r1', segment: 'Розница', featureId: 'delivery', functional: 'like', dysfunctional: 'neutral', importance: 9 },
      { source: 'file-1', respondent: 'r1', segment: null, featureId: 'payment', functional: 'like', dysfunctional: null, importance: null },
    ]);
    expect(problems).toEqual([
      { rowIndex: 1, column: 'dysfunctional', value: 'maybe', code: 'unrecognisedAnswer' },
      { rowIndex: 1, column: 'importance', value: '12', code: 'importanceOutOfScale' },
      { rowIndex: 2, column: 'feature', value: 'Unknown', code: 'unknownFeature' },
      { rowIndex: 3, column: 'respondent', value: 'r1', code: 'duplicate' },
      { rowIndex: 4, column: 'respondent', value: '', code: 'missingRespondent' },
    ]);
  });
});
