import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translate';
import { conclusionsMessages } from '../../../exercises/loyalty-measurement/messages/conclusions';
import { conclusionsReading, type ConclusionsWords } from '../../../exercises/loyalty-measurement/conclusionsReading';

const words = (locale: 'ru' | 'en' | 'zh'): ConclusionsWords => ({
  t: translator(conclusionsMessages, locale),
  signed: (value) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(1)}`,
  number: (value) => value.toFixed(1),
});

describe('the conclusions’ reading', () => {
  it('counts the plan’s alarms and asks for the first measurement until it is recorded', () => {
    const reading = conclusionsReading({ statuses: ['met', 'alarm', 'between', 'alarm', 'notMeasured'], baselineRecorded: false, nextMeasurement: null, npsMoved: null }, words('en'));
    expect(reading.sentences).toEqual([
      'The plan has 5 metrics; 2 are already past their alarm levels.',
      'Record the first measurement and set the date of the next one: without a second measurement, a method stays an intention.',
    ]);
  });

  it('says how NPS moved against the noise of both samples, and when the next measurement is', () => {
    const reading = conclusionsReading({ statuses: ['met'], baselineRecorded: true, nextMeasurement: '01.04.2027', npsMoved: { change: 15, margin: 14.76, significant: true } }, words('ru'));
    expect(reading.sentences).toEqual([
      'В плане 1 метрика.',
      'С первого измерения NPS изменился на +15.0 (погрешность ±14.8): это больше погрешности, изменение реальное.',
      'Следующее измерение назначено на 01.04.2027.',
    ]);
  });

  it('starts an empty plan with advice instead of a count', () => {
    const reading = conclusionsReading({ statuses: [], baselineRecorded: true, nextMeasurement: '2027年4月1日', npsMoved: null }, words('zh'));
    expect(reading.sentences).toEqual(['衡量计划仍为空：先从两三个能定期计算的指标开始。', '下一次测量定于2027年4月1日。']);
  });
});
