import { describe, expect, it } from 'vitest';
import { classifyCounts, emptyCategoryCounts, type CategoryCounts, type FeatureResult } from '../../../exercises/kano/model';
import { kanoReading } from '../../../exercises/kano/reading';
import { kanoReadingMessages } from '../../../exercises/kano/readingMessages';
import { translator } from '../../../src/i18n/translate';

const t = translator(kanoReadingMessages, 'ru');
const names: Record<string, string> = { cash: 'Кэшбэк', app: 'Приложение', gift: 'Подарок ко дню рождения', queue: 'Без очереди', bag: 'Пакет' };

/** A feature classified from these category counts (n = their sum). */
function feature(featureId: string, counts: Partial<CategoryCounts>): FeatureResult {
  return {
    featureId,
    classification: classifyCounts({ ...emptyCategoryCounts(), ...counts }),
    continuous: { kind: 'notEnoughData' },
    importance: null,
    incomplete: 0,
  };
}

describe('the Kano reading', () => {
  it('names the must-be features first, then the attractive and one-dimensional ones, and cautions a small sample', () => {
    // queue: M 12 of 20 → must-be, |Worse| = (O 2 + M 12) / 20 = 0.70. bag: M 8 of 20 → must-be, |Worse| = (M 8 + O 0) / 20 = 0.40.
    // gift: A 14 of 20 → attractive. cash: O 11 of 20 → one-dimensional. app: I 15 of 20 → indifferent, not named.
    const results = [
      feature('cash', { O: 11, A: 5, I: 4 }),
      feature('app', { I: 15, A: 5 }),
      feature('gift', { A: 14, I: 6 }),
      feature('bag', { M: 8, I: 7, A: 5 }),
      feature('queue', { M: 12, O: 2, I: 6 }),
    ];
    const reading = kanoReading(results, (id) => names[id] ?? id, t);
    expect(reading.sentences).toEqual([
      'Обязательные свойства — «Без очереди», «Пакет»: их отсутствие вызывает недовольство, а наличие воспринимается как должное. Убедитесь в первую очередь, что они есть и работают.',
      'Привлекательные — «Подарок ко дню рождения»: их не ждут, но они радуют. Добавляйте их, когда обязательное в порядке.',
      'Одномерные — «Кэшбэк»: чем лучше исполнены, тем довольнее клиенты; улучшайте их соразмерно затратам.',
      'На шаге «Решения» отметьте, что делать с каждым свойством.',
    ]);
    // 20 answers per feature, under the 30 the method asks for.
    expect(reading.caution).toBe('На часть свойств всего 20 ответов: категории могут поменяться с каждым новым респондентом. Считайте выводы предварительными, пока ответов меньше 30.');
  });

  it('says when a category is missing, points below on the decisions step, and has no caution from 30 answers on', () => {
    const reading = kanoReading([feature('app', { I: 25, A: 5 }), feature('cash', { O: 20, I: 10 })], (id) => names[id] ?? id, t, true);
    expect(reading).toEqual({
      sentences: [
        'Обязательных свойств опрос не выявил.',
        'Привлекательных свойств опрос не выявил.',
        'Одномерные — «Кэшбэк»: чем лучше исполнены, тем довольнее клиенты; улучшайте их соразмерно затратам.',
        'Ниже отметьте, что делать с каждым свойством.',
      ],
      caution: null,
    });
  });
});
