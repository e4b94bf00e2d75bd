import type { Message } from '../../../src/i18n/messages';
import { defineMessages } from '../../../src/i18n/translate';

/** Step 2, "Retention levers", and its export sheet. Russian is the reference; en and zh have the same keys. */
const ru = {
  'levers.intro':
    'Клиент остаётся, когда уходить дорого или когда покупать у вас привычно и легко. Оцените каждый рычаг для своего бизнеса от 0 (не подходит) до 5 (сильный рычаг) и запишите, как будете его использовать.',
  'levers.introDetail':
    'Цена выхода, переключения и невозвратные вложения держат клиента потерями; привычка — удобством и уверенностью. Рычаг, который загоняет клиента в ловушку, рождает обиду, а не лояльность: сильная программа опирается и на то, и на другое.',
  'levers.ratingLegend': 'Оценка для вашего бизнеса',
  'levers.ratingHint': '0 — не подходит, 5 — сильный рычаг',
  'levers.ratingOption': '{value} — оценка рычага «{lever}»',
  'levers.clear': 'Сбросить оценку',
  'levers.clearLabel': 'Сбросить оценку рычага «{lever}»',
  'levers.how': 'Как вы будете его использовать',
  'levers.examples': 'Примеры и риск',
  'levers.b2c': 'B2C',
  'levers.b2b': 'B2B',
  'levers.risk': 'Риск',
  'levers.unrated': 'не оценён',
  'levers.progress': 'Оценено рычагов: {rated} из {total}.',

  'levers.summaryTitle': 'Где бизнес может удержать клиента',
  'levers.col.group': 'Группа',
  'levers.col.mean': 'Средняя оценка',
  'levers.col.rated': 'Оценено',
  'levers.col.strong': 'Сильные рычаги (4–5)',
  'levers.ratedOf': '{rated} из {total}',
  'levers.noStrong': 'нет',
  'levers.noMean': '—',

  'levers.chartTitle': 'Оценки рычагов удержания',
  'levers.chartDescription': 'Оценка каждого рычага от 0 до 5; цвет — группа. Пунктир — уровень 4, с которого рычаг считается сильным.',
  'levers.chartEmpty': 'График появится, когда вы оцените хотя бы один рычаг.',
  'levers.axisRating': 'Оценка (0–5)',
  'levers.strongLine': 'Сильный рычаг: 4 и выше',
  'levers.col.lever': 'Рычаг',
  'levers.col.rating': 'Оценка',

  'levers.quoted': '«{name}»',
  'levers.reading.unrated': 'Оцените рычаги от 0 до 5 — здесь появится вывод о том, чем ваш бизнес может удержать клиентов.',
  'levers.reading.partial': 'Оценено рычагов: {rated} из {total}; вывод уточнится, когда вы оцените все.',
  'levers.reading.none':
    'Ни один рычаг не получил 4 или 5: сейчас клиентов удерживает не программа, а что-то другое — или ничего. Выберите один-два рычага, которые можно развить, и начните с них.',
  'levers.reading.single':
    'Все сильные рычаги в одной группе, {group}: {levers}. Бизнес опирается на одну опору; если конкурент её перекроет, удерживать будет нечем. Развейте хотя бы ещё одну группу.',
  'levers.reading.several': 'Удержать клиентов можно за счёт нескольких групп: {groups}. Самые сильные рычаги: {levers}.',
  'levers.reading.traps':
    'Сильные рычаги делают уход дорогим, но ни один не делает покупку привычной и лёгкой. Клиент, которого держат потерями, копит обиду, а не лояльность: добавьте удобство, сервис на шаг впереди или уверенность в цене и качестве.',
  'levers.reading.weakest': 'Слабее всего группа {group}: в среднем {mean}.',

  'export.levers.sheet': 'Рычаги удержания',
  'export.levers.group': 'Группа',
  'export.levers.lever': 'Рычаг',
  'export.levers.rating': 'Оценка (0–5)',
  'export.levers.how': 'Как использовать',
  'export.levers.summary': 'Сводка по группам',
  'export.levers.rated': 'Оценено рычагов',
  'export.levers.total': 'Всего рычагов',
  'export.levers.mean': 'Средняя оценка',
  'export.levers.strong': 'Сильные рычаги (4–5)',
  'export.levers.reading': 'Вывод',
};

type LeversKey = keyof typeof ru;

const en: Record<LeversKey, Message> = {
  'levers.intro':
    'A customer stays when leaving is costly or when buying from you is easy and routine. Rate each lever for your business from 0 (does not fit) to 5 (a strong lever) and write down how you would use it.',
  'levers.introDetail':
    'Exit cost, switching cost and sunk cost hold a customer by what they would lose; habit holds them by ease and confidence. A lever that traps customers breeds resentment, not loyalty: a strong program stands on both.',
  'levers.ratingLegend': 'Rating for your business',
  'levers.ratingHint': '0 = does not fit, 5 = a strong lever',
  'levers.ratingOption': '{value} — rating of “{lever}”',
  'levers.clear': 'Clear rating',
  'levers.clearLabel': 'Clear rating of “{lever}”',
  'levers.how': 'How you would use it',
  'levers.examples': 'Examples and risk',
  'levers.b2c': 'B2C',
  'levers.b2b': 'B2B',
  'levers.risk': 'Risk',
  'levers.unrated': 'not rated',
  'levers.progress': 'Levers rated: {rated} of {total}.',

  'levers.summaryTitle': 'Where the business can hold customers',
  'levers.col.group': 'Group',
  'levers.col.mean': 'Mean rating',
  'levers.col.rated': 'Rated',
  'levers.col.strong': 'Strong levers (4–5)',
  'levers.ratedOf': '{rated} of {total}',
  'levers.noStrong': 'none',
  'levers.noMean': '—',

  'levers.chartTitle': 'Ratings of the retention levers',
  'levers.chartDescription': 'Each lever rated 0 to 5; the colour is its group. The dashed line is 4, from which a lever counts as strong.',
  'levers.chartEmpty': 'The chart appears once you rate at least one lever.',
  'levers.axisRating': 'Rating (0–5)',
  'levers.strongLine': 'Strong lever: 4 and above',
  'levers.col.lever': 'Lever',
  'levers.col.rating': 'Rating',

  'levers.quoted': '“{name}”',
  'levers.reading.unrated': 'Rate the levers from 0 to 5 to see where your business can hold its customers.',
  'levers.reading.partial': 'Levers rated: {rated} of {total}; the reading sharpens once all are rated.',
  'levers.reading.none':
    'No lever got a 4 or 5: customers are held by something other than the program, or by nothing. Pick one or two levers you could build up and start there.',
  'levers.reading.single':
    'All the strong levers are in one group, {group}: {levers}. The business stands on a single leg; if a rival matches it, nothing else holds customers. Build up at least one more group.',
  'levers.reading.several': 'The business can hold customers through several groups: {groups}. The strongest levers: {levers}.',
  'levers.reading.traps':
    'The strong levers make leaving costly, but none makes buying easy and routine. A customer held by what they would lose collects resentment, not loyalty: add convenience, service a step ahead, or confidence in price and quality.',
  'levers.reading.weakest': 'The weakest group is {group}: {mean} on average.',

  'export.levers.sheet': 'Retention levers',
  'export.levers.group': 'Group',
  'export.levers.lever': 'Lever',
  'export.levers.rating': 'Rating (0–5)',
  'export.levers.how': 'How to use it',
  'export.levers.summary': 'Summary by group',
  'export.levers.rated': 'Levers rated',
  'export.levers.total': 'Levers in all',
  'export.levers.mean': 'Mean rating',
  'export.levers.strong': 'Strong levers (4–5)',
  'export.levers.reading': 'Reading',
};

const zh: Record<LeversKey, Message> = {
  'levers.intro': '当离开的代价很高，或在你这里购买既轻松又成了习惯时，客户就会留下。请为自己的业务给每个杠杆打分，从0（不适用）到5（强有力的杠杆），并写下你打算如何使用它。',
  'levers.introDetail':
    '退出成本、转换成本和沉没成本靠“会失去什么”留住客户；购买习惯靠便利和确定感留住客户。把客户困住的杠杆只会带来怨气，而不是忠诚：好的计划两方面都要有。',
  'levers.ratingLegend': '对你业务的评分',
  'levers.ratingHint': '0 = 不适用，5 = 强有力的杠杆',
  'levers.ratingOption': '{value} — “{lever}”的评分',
  'levers.clear': '清除评分',
  'levers.clearLabel': '清除评分（{lever}）',
  'levers.how': '你打算如何使用',
  'levers.examples': '示例与风险',
  'levers.b2c': 'B2C',
  'levers.b2b': 'B2B',
  'levers.risk': '风险',
  'levers.unrated': '未评分',
  'levers.progress': '已评分杠杆：{rated} / {total}。',

  'levers.summaryTitle': '业务能在哪些方面留住客户',
  'levers.col.group': '类别',
  'levers.col.mean': '平均分',
  'levers.col.rated': '已评分',
  'levers.col.strong': '强杠杆（4–5分）',
  'levers.ratedOf': '{rated} / {total}',
  'levers.noStrong': '无',
  'levers.noMean': '—',

  'levers.chartTitle': '各留存杠杆的评分',
  'levers.chartDescription': '每个杠杆的评分（0–5），颜色表示类别。虚线为4分，达到即视为强杠杆。',
  'levers.chartEmpty': '至少为一个杠杆打分后显示图表。',
  'levers.axisRating': '评分（0–5）',
  'levers.strongLine': '强杠杆：4分及以上',
  'levers.col.lever': '杠杆',
  'levers.col.rating': '评分',

  'levers.quoted': '“{name}”',
  'levers.reading.unrated': '为各杠杆打0–5分，这里会显示你的业务能靠什么留住客户。',
  'levers.reading.partial': '已评分杠杆：{rated} / {total}；全部评完后结论会更准确。',
  'levers.reading.none': '没有任何杠杆得到4分或5分：目前留住客户的不是计划，而是别的东西，甚至什么都没有。挑一两个可以加强的杠杆，从它们开始。',
  'levers.reading.single': '所有强杠杆都在同一类别{group}中：{levers}。业务只有一根支柱；如果竞争对手做到同样水平，就没有别的东西能留住客户。请至少再加强一个类别。',
  'levers.reading.several': '业务可以通过多个类别留住客户：{groups}。最强的杠杆：{levers}。',
  'levers.reading.traps': '强杠杆都在提高离开的代价，却没有一个让购买变得轻松、成为习惯。靠“会失去什么”留住的客户积累的是怨气，而不是忠诚：请加上便利、预见性服务，或对价格和质量的确定感。',
  'levers.reading.weakest': '最弱的类别是{group}：平均{mean}分。',

  'export.levers.sheet': '留存杠杆',
  'export.levers.group': '类别',
  'export.levers.lever': '杠杆',
  'export.levers.rating': '评分（0–5）',
  'export.levers.how': '如何使用',
  'export.levers.summary': '按类别汇总',
  'export.levers.rated': '已评分杠杆',
  'export.levers.total': '杠杆总数',
  'export.levers.mean': '平均分',
  'export.levers.strong': '强杠杆（4–5分）',
  'export.levers.reading': '结论',
};

export const leversMessages = defineMessages({ ru, en, zh });
export type LeversMessageKey = LeversKey;
