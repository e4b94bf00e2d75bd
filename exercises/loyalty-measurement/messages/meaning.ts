import { defineMessages } from '../../../src/i18n/translate';
import type { Message } from '../../../src/i18n/messages';
import type { LOYALTY_VIEWS } from '../state';

type ViewKeys = `view.${(typeof LOYALTY_VIEWS)[number]}` | `view.${(typeof LOYALTY_VIEWS)[number]}.hint`;

/** Step 2: what loyalty means in this business, its loyalty types and the commitment ladder; and the mark of a suggestion. */
const ru = {
  'meaning.intro':
    'Прежде чем что-то измерять, договоритесь, что такое лояльный клиент именно у вас: тот, кто возвращается, тот, кто вас любит, или и то и другое. От этого зависит, какие метрики войдут в план.',
  'meaning.viewLegend': 'Что для вас лояльность',
  'view.behavioural': 'Поведение',
  'view.behavioural.hint': 'клиент покупает снова и снова, что бы ни чувствовал',
  'view.attitudinal': 'Отношение',
  'view.attitudinal.hint': 'клиент предпочитает вас, доверяет и рекомендует',
  'view.both': 'И то и другое',
  'view.both.hint': 'покупает регулярно и делает это по своему выбору (истинная лояльность по Дику и Басу)',
  'meaning.colon': ': ',
  'meaning.definition': 'Определение лояльного клиента',
  'meaning.definitionHint': 'Одно-два предложения своими словами: что лояльный клиент делает и что чувствует.',
  'meaning.typesTitle': 'Типы лояльности у ваших клиентов',
  'meaning.typesIntro': 'Оцените на глаз, какая доля клиентов относится к каждому типу. Сумма должна составить 100 %.',
  'meaning.typesSum': 'Сумма долей: {sum} %',
  'meaning.typesSumOff': 'Доли в сумме дают {sum} %, а не 100 %. Поправьте оценки: сейчас часть клиентов посчитана дважды или не посчитана вовсе.',
  'meaning.typesSumOk': 'Доли в сумме дают 100 %.',
  'meaning.ladderTitle': 'Лестница приверженности',
  'meaning.ladderIntro':
    'Отметьте ступени, с которыми вы работаете, и запишите, что делаете с клиентами на каждой. Пустое поле показывает стратегию по умолчанию: привлечь, вовлечь, удержать, беречь.',
  'meaning.stageUsed': 'Работаем с этой ступенью',
  'meaning.strategyFor': 'Стратегия: {stage}',
  'suggestion.mark': 'Подсказка каталога: впишите свой текст, чтобы заменить её.',
  'suggestion.printed': 'подсказка каталога',
} satisfies Record<ViewKeys, Message> & Record<string, Message>;

type MeaningKey = keyof typeof ru;

const en: Record<MeaningKey, Message> = {
  'meaning.intro':
    'Before measuring anything, agree what a loyal customer is in your business: one who comes back, one who likes you, or both. That decides which metrics go into the plan.',
  'meaning.viewLegend': 'What loyalty means to you',
  'view.behavioural': 'Behaviour',
  'view.behavioural.hint': 'the customer buys again and again, whatever they feel',
  'view.attitudinal': 'Attitude',
  'view.attitudinal.hint': 'the customer prefers you, trusts you and recommends you',
  'view.both': 'Both',
  'view.both.hint': 'buys regularly and does so by choice (true loyalty in Dick & Basu’s terms)',
  'meaning.colon': ': ',
  'meaning.definition': 'Definition of a loyal customer',
  'meaning.definitionHint': 'One or two sentences in your own words: what a loyal customer does and feels.',
  'meaning.typesTitle': 'Loyalty types among your customers',
  'meaning.typesIntro': 'Estimate roughly which share of customers shows each type. The shares should add up to 100%.',
  'meaning.typesSum': 'Sum of the shares: {sum}%',
  'meaning.typesSumOff': 'The shares add up to {sum}%, not 100%. Adjust the estimates: some customers are counted twice or not at all.',
  'meaning.typesSumOk': 'The shares add up to 100%.',
  'meaning.ladderTitle': 'Commitment ladder',
  'meaning.ladderIntro':
    'Tick the stages you work with and write what you do with customers on each. An empty box shows the default strategy: attract, involve, retain, cherish.',
  'meaning.stageUsed': 'We work with this stage',
  'meaning.strategyFor': 'Strategy: {stage}',
  'suggestion.mark': 'The catalogue’s suggestion: write your own text to replace it.',
  'suggestion.printed': 'catalogue suggestion',
};

const zh: Record<MeaningKey, Message> = {
  'meaning.intro': '在衡量之前，先明确在您的业务中什么是忠诚客户：是不断回来的客户，是喜欢您的客户，还是两者兼有。这决定了哪些指标进入计划。',
  'meaning.viewLegend': '忠诚度对您意味着什么',
  'view.behavioural': '行为',
  'view.behavioural.hint': '客户一次又一次地购买，无论感受如何',
  'view.attitudinal': '态度',
  'view.attitudinal.hint': '客户更喜欢您、信任您并推荐您',
  'view.both': '两者兼有',
  'view.both.hint': '定期购买，而且是主动选择（Dick & Basu 所说的真正忠诚）',
  'meaning.colon': '：',
  'meaning.definition': '忠诚客户的定义',
  'meaning.definitionHint': '用您自己的话写一两句：忠诚客户会做什么、有什么感受。',
  'meaning.typesTitle': '您的客户中的忠诚类型',
  'meaning.typesIntro': '粗略估计每种类型的客户所占比例。各比例之和应为 100%。',
  'meaning.typesSum': '比例合计：{sum}%',
  'meaning.typesSumOff': '各比例合计为 {sum}%，而不是 100%。请调整估计：目前有些客户被重复计算或被遗漏。',
  'meaning.typesSumOk': '各比例合计为 100%。',
  'meaning.ladderTitle': '忠诚阶梯',
  'meaning.ladderIntro': '勾选您要经营的阶段，并写下在每个阶段对客户做什么。留空时显示默认策略：吸引、引导、留住、呵护。',
  'meaning.stageUsed': '我们经营这一阶段',
  'meaning.strategyFor': '策略：{stage}',
  'suggestion.mark': '目录中的建议：写下您自己的文字即可替换。',
  'suggestion.printed': '目录建议',
};

export const meaningMessages = defineMessages({ ru, en, zh });
