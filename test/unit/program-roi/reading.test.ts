import { describe, expect, it } from 'vitest';
import { conclusionsReading, economicsReading, evaluationReading, sensitivityReading, type EconomicsFigures, type RoiWords } from '../../../exercises/program-roi/reading';
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

describe('the sensitivity reading', () => {
  it('names the main assumption, the scenarios’ ROI, and whether the pessimistic one loses money', () => {
    const reading = sensitivityReading(profitable.top, { pessimistic: -0.12, expected: 0.25, optimistic: 0.6 }, words);
    expect(reading.sentences.slice(1).map(plain)).toEqual([
      'В пессимистичном сценарии ROI −12 %, в ожидаемом +25 %, в оптимистичном +60 %.',
      'Пессимистичный сценарий убыточен: решите заранее, по каким цифрам пилота программу остановят или переделают.',
    ]);
    expect(plain(reading.sentences[0] ?? '')).toContain('«Рост частоты покупок»');
    expect(sensitivityReading(null, { pessimistic: 0.05, expected: 0.2, optimistic: 0.4 }, words).sentences.at(-1)).toBe('Даже в пессимистичном сценарии программа в плюсе: риск невелик.');
  });
});

describe('the evaluation reading', () => {
  it('says what members spend beyond the others’ trend and what it is worth; the demo shop is cautioned', () => {
    const reading = evaluationReading({ spendDid: 125, economics: { months: 2, net: -40_000, roi: -0.2 }, demo: false }, words);
    expect(reading.sentences.map(plain)).toEqual([
      'После запуска участники тратят на 125 ₽ в месяц больше, чем тратили бы без программы (по сравнению с остальными клиентами).',
      'За 2 мес. затраты на программу превысили дополнительную прибыль на 40 000 ₽ (ROI −20 %).',
      'Сравните это с прогнозом: на шаге «Выводы и решение» измеренный ROI стоит рядом с ожидаемым.',
    ]);
    expect(reading.caution).toBeNull();
    const demo = evaluationReading({ spendDid: -30, economics: null, demo: true }, words);
    expect(plain(demo.sentences[0] ?? '')).toMatch(/^После запуска участники тратят на 30 ₽ в месяц меньше/);
    expect(demo.caution).toMatch(/^Это демонстрационный магазин/);
  });
});
