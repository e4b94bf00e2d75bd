import { describe, expect, it } from 'vitest';
import { conclusionsReading, economicsReading, type EconomicsFigures, type RoiWords } from '../../../exercises/program-roi/reading';
import { roiMessages } from '../../../exercises/program-roi/messages';
import { translator } from '../../../src/i18n/translate';
import { createFormatters } from '../../../src/i18n/format';

const format = createFormatters('ru', 'RUB');
const words: RoiWords = { t: translator(roiMessages, 'ru'), money: (value) => format.money(value), signedPercent: (share) => format.signedPercent(share) };
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A program that nets 1 250 000 ₽ over 24 months (ROI +25 %), pays back in month 14, and hinges on the frequency uplift. */
const profitable: EconomicsFigures = {
  result: { net: 1_250_000, roi: 0.25, paybackMonth: 14 },
  horizonMonths: 24,
  top: { name: 'Рост частоты покупок', range: [-0.05, 0.55] },
};

describe('the ROI reading', () => {
  it('reads the forecast, its payback and main assumption, and sends a fragile one to a pilot', () => {
    const reading = economicsReading(profitable, words);
    expect(reading.sentences.map(plain)).toEqual([
      'За 24 месяца программа заработает на 1 250 000 ₽ больше, чем стоит: ROI +25 %.',
      'Вложения вернутся через 14 месяцев.',
      'Сильнее всего результат зависит от допущения «Рост частоты покупок»: при его изменении на ±20 % ROI будет от −5 % до +55 %.',
      // The low end is below zero: the assumption decides whether the program pays.
      'Проверьте это допущение на пилоте, прежде чем запускать программу на всю базу.',
    ]);
    expect(reading.caution).toBeNull();
  });

  it('calls a program safe on its main assumption when even the low end is positive, and sends a loss back to the terms', () => {
    expect(economicsReading({ ...profitable, top: { name: 'Маржа', range: [0.1, 0.4] } }, words).sentences.at(-1)).toMatch(/^Даже при худшем значении/);
    const losing = economicsReading({ result: { net: -300_000, roi: -0.1, paybackMonth: null }, horizonMonths: 12, top: null }, words);
    expect(losing.sentences.map(plain)).toEqual([
      'За 12 месяцев программа не окупится: её стоимость превысит дополнительную прибыль на 300 000 ₽, ROI −10 %.',
      'За этот срок вложения не окупаются.',
      'Пересмотрите условия — вознаграждения, затраты, охват — и посмотрите на шаге «Чувствительность и сценарии», что даёт больше всего.',
    ]);
  });

  it('in the conclusions, puts the ROI measured from sales beside the forecast, or says where to measure it', () => {
    const measured = conclusionsReading(profitable, { roi: 0.083, months: 9 }, words);
    expect(plain(measured.sentences.at(-1) ?? '')).toBe('По данным продаж за 9 месяцев после запуска ROI +8,3 % — против прогноза +25 %.');
    expect(measured.sentences).toHaveLength(4);
    expect(conclusionsReading(profitable, null, words).sentences.at(-1)).toMatch(/^Прогноз ещё не проверен фактом/);
  });
});
