import type { Message } from '../../src/i18n/messages';
import { defineMessages } from '../../src/i18n/translate';

/** The plain-language reading at the top of the results and decisions steps (reading.ts builds it). */
const ru = {
  'reading.item': '«{name}»',
  'reading.separator': ', ',
  'reading.mustBe': 'Обязательные свойства — {names}: их отсутствие вызывает недовольство, а наличие воспринимается как должное. Убедитесь в первую очередь, что они есть и работают.',
  'reading.noMustBe': 'Обязательных свойств опрос не выявил.',
  'reading.attractive': 'Привлекательные — {names}: их не ждут, но они радуют. Добавляйте их, когда обязательное в порядке.',
  'reading.noAttractive': 'Привлекательных свойств опрос не выявил.',
  'reading.oneDimensional': 'Одномерные — {names}: чем лучше исполнены, тем довольнее клиенты; улучшайте их соразмерно затратам.',
  'reading.next': 'На шаге «Решения» отметьте, что делать с каждым свойством.',
  'reading.nextHere': 'Ниже отметьте, что делать с каждым свойством.',
  'reading.none': 'Пока ни одно свойство не удалось отнести к категории: нужны ответы на обе пары вопросов.',
  'reading.smallSample': {
    one: 'На часть свойств всего {count} ответ: категории могут поменяться с каждым новым респондентом. Считайте выводы предварительными, пока ответов меньше {min}.',
    few: 'На часть свойств всего {count} ответа: категории могут поменяться с каждым новым респондентом. Считайте выводы предварительными, пока ответов меньше {min}.',
    many: 'На часть свойств всего {count} ответов: категории могут поменяться с каждым новым респондентом. Считайте выводы предварительными, пока ответов меньше {min}.',
    other: 'На часть свойств всего {count} ответа: категории могут поменяться с каждым новым респондентом. Считайте выводы предварительными, пока ответов меньше {min}.',
  },
} satisfies Record<string, Message>;

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'reading.item': '«{name}»',
  'reading.separator': ', ',
  'reading.mustBe': 'Must-be features: {names}. Their absence causes dissatisfaction and their presence is taken for granted. First make sure they are there and work.',
  'reading.noMustBe': 'The survey found no must-be features.',
  'reading.attractive': 'Attractive: {names}. Nobody expects them, but they delight. Add them once the must-be features are in order.',
  'reading.noAttractive': 'The survey found no attractive features.',
  'reading.oneDimensional': 'One-dimensional: {names}. The better they are done, the happier customers are; improve them in proportion to the cost.',
  'reading.next': 'On the "Decisions" step, mark what to do with each feature.',
  'reading.nextHere': 'Below, mark what to do with each feature.',
  'reading.none': 'No feature could be classified yet: each needs answers to both questions.',
  'reading.smallSample': {
    one: 'Some features have only {count} answer: their categories may change with each new respondent. Treat the conclusions as preliminary until there are {min}.',
    other: 'Some features have only {count} answers: their categories may change with each new respondent. Treat the conclusions as preliminary until there are {min}.',
  },
};

const zh: Record<Key, Message> = {
  'reading.item': '「{name}」',
  'reading.separator': '、',
  'reading.mustBe': '必备特性：{names}。缺少它们会引起不满，而具备它们被视为理所当然。首先要确保它们存在并正常运作。',
  'reading.noMustBe': '调查没有发现必备特性。',
  'reading.attractive': '魅力特性：{names}。客户并不期待，但会感到惊喜。在必备特性到位之后再添加。',
  'reading.noAttractive': '调查没有发现魅力特性。',
  'reading.oneDimensional': '期望特性：{names}。做得越好，客户越满意；按成本比例加以改进。',
  'reading.next': '请在"决策"步骤中标明对每个特性的处理方式。',
  'reading.nextHere': '请在下方标明对每个特性的处理方式。',
  'reading.none': '目前还没有任何特性能够归类：每个特性都需要两道问题的回答。',
  'reading.smallSample': { other: '部分特性只有 {count} 份回答：每增加一位受访者，类别都可能改变。在回答达到 {min} 份之前，请把结论视为初步结论。' },
};

export const kanoReadingMessages = defineMessages({ ru, en, zh });
export type KanoReadingKey = Key;
