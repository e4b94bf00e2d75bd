import { describe, expect, it } from 'vitest';
import { analyseWave, compareWaves } from '../../../exercises/servqual/model';
import { resultsReading, wavesReading, type ReadingWords } from '../../../exercises/servqual/reading';
import { servqualReadingMessages } from '../../../exercises/servqual/readingMessages';
import type { SurveyResponse } from '../../../exercises/servqual/state';
import { translator } from '../../../src/i18n/translate';

const ru: ReadingWords = {
  t: translator(servqualReadingMessages, 'ru'),
  signed: (value) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2).replace('.', ',')}`,
  dimensionName: (dimension) => ({ tangibles: 'Материальность', reliability: 'Надёжность', responsiveness: 'Отзывчивость', assurance: 'Убедительность', empathy: 'Эмпатия' })[dimension],
  statement: (item) => `Утверждение ${item}`,
};

/** One respondent who answered statements 1 (tangibles), 5 (reliability) and 10 (responsiveness): E, P pairs. */
function respondent(id: string, pairs: Record<number, [number, number]>): SurveyResponse {
  const expectations: (number | null)[] = Array.from({ length: 22 }, () => null);
  const perceptions: (number | null)[] = Array.from({ length: 22 }, () => null);
  for (const [item, [e, p]] of Object.entries(pairs)) {
    expectations[Number(item) - 1] = e;
    perceptions[Number(item) - 1] = p;
  }
  return { respondentId: id, expectations, perceptions, weights: [20, 20, 20, 20, 20] };
}

const settings = { scale: 7 as const, enabledItems: [1, 5, 10] };

describe('the SERVQUAL reading', () => {
  it('names the overall gap, the largest shortfalls, the weakest side and the next step, with the small-sample caution', () => {
    // Item 1: gaps 4 − 6 = −2 and 5 − 5 = 0 → −1. Item 5: 6 − 7 = −1 and 3 − 6 = −3 → −2. Item 10: 7 − 6 = +1 and 6 − 6 = 0 → +0.5.
    // Dimensions: tangibles −1, reliability −2, responsiveness +0.5; overall (−1 − 2 + 0.5) / 3 = −0.8333 → −0,83.
    const analysis = analyseWave([respondent('a', { 1: [6, 4], 5: [7, 6], 10: [6, 7] }), respondent('b', { 1: [5, 5], 5: [6, 3], 10: [6, 6] })], settings);
    if (analysis.kind !== 'ok') throw new Error('expected an analysis');
    const reading = resultsReading(analysis, ru);
    expect(reading.sentences).toEqual([
      'В среднем сервис не дотягивает до ожиданий клиентов: общий разрыв −0,83.',
      // Only two statements are below expectations; item 10 is above and is not named.
      'Сильнее всего восприятие отстаёт от ожиданий здесь: «Утверждение 5» (−2,00); «Утверждение 1» (−1,00).',
      'Из пяти сторон сервиса слабее всего «Надёжность» (−2,00).',
      'С этих пунктов начните план улучшений: на шаге «План улучшений» запишите для каждого действие, ответственного и срок.',
    ]);
    expect(reading.caution).toBe('Всего 2 анкеты: средние пока неустойчивы, один-два новых ответа могут поменять порядок разрывов. Для выводов соберите хотя бы 30 анкет.');
  });

  it('says so when nothing falls short, and drops the caution at 30 questionnaires', () => {
    const happy = Array.from({ length: 30 }, (_, index) => respondent(String(index), { 1: [5, 6], 5: [5, 5], 10: [4, 6] }));
    const analysis = analyseWave(happy, settings);
    if (analysis.kind !== 'ok') throw new Error('expected an analysis');
    // Gaps +1, 0, +2 → overall +1.
    expect(resultsReading(analysis, ru)).toEqual({
      sentences: [
        'В среднем сервис не уступает ожиданиям клиентов: общий разрыв +1,00.',
        'Ни одно утверждение не отстаёт от ожиданий: держите уровень и проверьте, не тратите ли лишнего там, где восприятие намного выше ожиданий.',
      ],
      caution: null,
    });
  });

  it('reads the move between the last two waves from the figures as shown', () => {
    // Spring: tangibles −2, reliability −1, responsiveness 0 → overall −1. Autumn: −1, −2, 0 → −1: no overall change.
    const spring = { id: 's', label: 'Весна', date: '2026-03-01', responses: [respondent('a', { 1: [6, 4], 5: [6, 5], 10: [5, 5] })] };
    const autumn = { id: 'a', label: 'Осень', date: '2026-10-01', responses: [respondent('b', { 1: [6, 5], 5: [6, 4], 10: [5, 5] })] };
    const comparison = compareWaves([spring, autumn], settings);
    if (comparison.kind !== 'ok') throw new Error('expected a comparison');
    const reading = wavesReading(comparison, (point) => point.label, ru);
    expect(reading?.sentences).toEqual([
      'От волны «Весна» к волне «Осень» общий разрыв не изменился.',
      'Больше всего улучшилось «Материальность» (+1,00), больше всего ухудшилось «Надёжность» (−1,00).',
      'Сверьте это с планом улучшений: где действия выполнены, а разрыв не сдвинулся, выясните почему.',
    ]);
    expect(reading?.caution).toMatch(/^Всего 1 анкета/);
  });
});
