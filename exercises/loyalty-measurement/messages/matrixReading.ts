import type { Message } from '../../../src/i18n/messages';

/** The plain-language reading at the top of the matrix step (steps/matrix/matrixReading.ts builds it). */
const ru = {
  'matrix.reading.largest': 'Больше всего клиентов в группе «{name}»: {share} ({count} из {total} ответивших на опрос и найденных в продажах).',
  'matrix.reading.largestEstimated': 'По вашей оценке больше всего клиентов в группе «{name}»: {share}.',
  'matrix.reading.second': 'Следом идёт «{name}»: {share}.',
  'matrix.reading.advocates': 'Адвокатов — часто покупающих клиентов, готовых рекомендовать вас, — {count}: {share} сопоставленных.',
  'matrix.reading.smallSample': {
    one: 'Сопоставлен всего {count} клиент: доли сдвигаются с каждым новым ответом. Для выводов нужно хотя бы {min}.',
    few: 'Сопоставлено всего {count} клиента: доли сдвигаются с каждым новым ответом. Для выводов нужно хотя бы {min}.',
    many: 'Сопоставлено всего {count} клиентов: доли сдвигаются с каждым новым ответом. Для выводов нужно хотя бы {min}.',
    other: 'Сопоставлено всего {count} клиента: доли сдвигаются с каждым новым ответом. Для выводов нужно хотя бы {min}.',
  },
  'matrix.reading.fewFound': 'В продажах нашлась только часть опрошенных ({found} из {withId}): матрица описывает их, а не всех ответивших.',
  'matrix.reading.estimate': 'Это ваша оценка, а не измерение: чтобы измерить, нужны ответы опроса с номерами клиентов, которые есть в продажах.',
} satisfies Record<string, Message>;

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'matrix.reading.largest': 'The largest group is “{name}”: {share} ({count} of the {total} who answered the survey and were found in the sales).',
  'matrix.reading.largestEstimated': 'By your estimate, the largest group is “{name}”: {share}.',
  'matrix.reading.second': 'Next comes “{name}”: {share}.',
  'matrix.reading.advocates': 'Advocates, frequent buyers ready to recommend you: {count}, {share} of those matched.',
  'matrix.reading.smallSample': {
    one: 'Only {count} customer matched: the shares move with every new answer. Conclusions need at least {min}.',
    other: 'Only {count} customers matched: the shares move with every new answer. Conclusions need at least {min}.',
  },
  'matrix.reading.fewFound': 'Only part of the surveyed customers were found in the sales ({found} of {withId}): the matrix describes them, not everyone who answered.',
  'matrix.reading.estimate': 'This is your estimate, not a measurement: measuring needs survey answers with customer ids that appear in the sales.',
};

const zh: Record<Key, Message> = {
  'matrix.reading.largest': '人数最多的是“{name}”组：占 {share}（既回答了问卷、又在销售记录中找到的 {total} 位客户中有 {count} 位）。',
  'matrix.reading.largestEstimated': '按您的估计，人数最多的是“{name}”组：占 {share}。',
  'matrix.reading.second': '其次是“{name}”组：占 {share}。',
  'matrix.reading.advocates': '拥护者，即愿意推荐您的经常购买者：{count} 位，占已对应客户的 {share}。',
  'matrix.reading.smallSample': { other: '只对应上 {count} 位客户：每多一份答卷，比例都会明显变化。至少需要 {min} 位才能下结论。' },
  'matrix.reading.fewFound': '受访客户中只有一部分在销售记录中找到（{withId} 位中的 {found} 位）：矩阵描述的是他们，而不是所有答卷人。',
  'matrix.reading.estimate': '这是您的估计，不是测量：要测量，需要问卷答案带有能在销售记录中找到的客户编号。',
};

export const matrixReadingMessages = { ru, en, zh };
