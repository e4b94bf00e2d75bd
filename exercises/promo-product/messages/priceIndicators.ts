import { defineMessages } from '../../../src/i18n/translate';
import type { Message } from '../../../src/i18n/messages';

/** Step "Price indicators": what they are, the suggestions with their reasons, the marked list, the searchable list, what to do. */
const ru = {
  'priceIndicators.intro':
    'Покупатели не помнят цен на сотни товаров. О том, дорогой магазин или дешёвый, они судят по нескольким товарам, которые берут почти каждый раз: молоко, хлеб, яйца. Это товары-индикаторы цены. Отметьте свои: по ним видно, какие цены трогать нельзя.',
  'priceIndicators.advice.title': 'Что делать с товарами-индикаторами',
  'priceIndicators.advice.steady': 'Держите на них ровную, конкурентную цену: не выше, чем у ближайших конкурентов, и без скачков.',
  'priceIndicators.advice.noPromo': 'Не ставьте их в промо по очереди: покупатели привыкнут ждать скидки и перестанут брать их по обычной цене, а после акции магазин покажется дороже.',
  'priceIndicators.advice.watch': 'Следите за ценами конкурентов именно на эти товары: сравнивают прежде всего их.',

  'priceIndicators.reading.marked': 'Индикаторами цены отмечены: {names}.',
  'priceIndicators.reading.none': 'Товары-индикаторы пока не отмечены.',
  'priceIndicators.reading.suggested': 'По чекам на эту роль больше всего подходят: {names}: их берут чаще других, покупают снова и снова, и стоят они меньше большинства товаров.',
  'priceIndicators.reading.alsoSuggested': 'Из подходящих по чекам ещё не отмечены: {names}.',
  'priceIndicators.reading.action':
    'Держите на индикаторах ровную, конкурентную цену и не ставьте их в промо: если такой товар выбрать на шаге «Кандидаты в промо», там появится предупреждение.',
  'priceIndicators.reading.absent': 'В чеках на выбранном уровне нет: {names}. Проверьте уровень и объединения на шаге «Чеки» или снимите отметку.',

  'priceIndicators.suggest.title': 'Подсказки по чекам',
  'priceIndicators.suggest.intro':
    'Товар подходит в индикаторы, если его берут во многих чеках, одни и те же покупатели покупают его снова и снова и он дешевле большинства товаров: такую цену видят часто и запоминают. Решаете вы: подсказка не знает, с кем вас сравнивают.',
  'priceIndicators.suggest.noPrice': 'В файле нет цен, поэтому подсказки опираются только на то, как часто товар покупают.',
  'priceIndicators.suggest.none': 'По чекам подходящих товаров не нашлось. Отметьте индикаторы сами в списке ниже.',
  'priceIndicators.reason.penetration': 'есть в {share} чеков',
  'priceIndicators.reason.perMonth': 'покупатель берёт его {count} раза в месяц',
  'priceIndicators.reason.perPeriod': 'покупатель берёт его {count} раза за период',
  'priceIndicators.reason.cheaper': 'цена ниже, чем у {share} товаров',
  'priceIndicators.mark': 'Отметить',
  'priceIndicators.marked': 'Отмечен',
  'priceIndicators.namedItem': '«{name}»',

  'priceIndicators.list.title': 'Отмеченные индикаторы',
  'priceIndicators.list.empty': 'Пока ничего не отмечено: выберите товары из подсказок или найдите их в списке ниже.',
  'priceIndicators.list.absent': 'нет в чеках на этом уровне',
  'priceIndicators.col.product': 'Товар',
  'priceIndicators.col.penetration': 'Доля чеков',
  'priceIndicators.col.frequency': 'Покупок на покупателя',
  'priceIndicators.col.frequencyMonth': 'Покупок на покупателя в месяц',
  'priceIndicators.col.cheaperThan': 'Цена ниже, чем у … товаров',
  'priceIndicators.col.action': 'Отметка',

  'priceIndicators.all.title': 'Найти и отметить товар',
  'priceIndicators.all.search': 'Найти товар',
  'priceIndicators.all.label': 'Товары по убыванию доли чеков',
  'priceIndicators.all.more': 'Показаны первые {shown} из {total}. Уточните поиск, чтобы найти остальные.',
  'priceIndicators.all.nothing': 'Ничего не найдено: сократите слово поиска.',
  'priceIndicators.all.item': '{name} — в {share} чеков',
} satisfies Record<string, Message>;

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'priceIndicators.intro':
    'Shoppers do not remember the prices of hundreds of products. They judge whether a store is dear or cheap by a few they buy almost every time: milk, bread, eggs. These are price indicators. Mark yours: they show which prices must not be played with.',
  'priceIndicators.advice.title': 'What to do with price indicators',
  'priceIndicators.advice.steady': 'Keep a steady, competitive price on them: no higher than your nearest competitors, and without jumps.',
  'priceIndicators.advice.noPromo': 'Do not rotate them through promotions: shoppers learn to wait for the discount and stop buying at the regular price, and after the promo the store looks dearer.',
  'priceIndicators.advice.watch': 'Watch competitors’ prices on exactly these products: they are the ones shoppers compare.',

  'priceIndicators.reading.marked': 'Marked as price indicators: {names}.',
  'priceIndicators.reading.none': 'No price indicators are marked yet.',
  'priceIndicators.reading.suggested': 'By the receipts, the best fits for the role are {names}: bought more often than the rest, bought again and again, and cheaper than most products.',
  'priceIndicators.reading.alsoSuggested': 'Good fits by the receipts not yet marked: {names}.',
  'priceIndicators.reading.action':
    'Keep a steady, competitive price on the indicators and keep them out of promotions: if one is picked on the "Promo candidates" step, a warning appears there.',
  'priceIndicators.reading.absent': 'Not in the receipts at the chosen level: {names}. Check the level and merges on the "Receipts" step, or unmark them.',

  'priceIndicators.suggest.title': 'Suggestions from the receipts',
  'priceIndicators.suggest.intro':
    'A product fits as an indicator when it is in many receipts, the same shoppers buy it again and again, and it is cheaper than most: a price seen that often is remembered. The choice is yours: the suggestion does not know whom you are compared with.',
  'priceIndicators.suggest.noPrice': 'The file has no prices, so the suggestions rest only on how often products are bought.',
  'priceIndicators.suggest.none': 'The receipts suggest no product. Mark your indicators yourself in the list below.',
  'priceIndicators.reason.penetration': 'in {share} of receipts',
  'priceIndicators.reason.perMonth': 'bought {count} times a month by a buyer',
  'priceIndicators.reason.perPeriod': 'bought {count} times over the period by a buyer',
  'priceIndicators.reason.cheaper': 'price below {share} of products',
  'priceIndicators.mark': 'Mark',
  'priceIndicators.marked': 'Marked',
  'priceIndicators.namedItem': '“{name}”',

  'priceIndicators.list.title': 'Marked indicators',
  'priceIndicators.list.empty': 'Nothing is marked yet: pick products from the suggestions or find them in the list below.',
  'priceIndicators.list.absent': 'not in the receipts at this level',
  'priceIndicators.col.product': 'Product',
  'priceIndicators.col.penetration': 'Share of receipts',
  'priceIndicators.col.frequency': 'Purchases per buyer',
  'priceIndicators.col.frequencyMonth': 'Purchases per buyer a month',
  'priceIndicators.col.cheaperThan': 'Price below … of products',
  'priceIndicators.col.action': 'Mark',

  'priceIndicators.all.title': 'Find and mark a product',
  'priceIndicators.all.search': 'Find a product',
  'priceIndicators.all.label': 'Products, most receipts first',
  'priceIndicators.all.more': 'Showing the first {shown} of {total}. Narrow the search to find the rest.',
  'priceIndicators.all.nothing': 'Nothing found: shorten the search.',
  'priceIndicators.all.item': '{name}, in {share} of receipts',
};

const zh: Record<Key, Message> = {
  'priceIndicators.intro':
    '顾客记不住几百种商品的价格。他们判断一家店贵不贵，靠的是几乎每次都买的少数几样东西：牛奶、面包、鸡蛋。这就是价格敏感商品（价格标杆）。请标出您店里的这类商品：它们的价格不能随意变动。',
  'priceIndicators.advice.title': '价格敏感商品该怎么管',
  'priceIndicators.advice.steady': '保持稳定、有竞争力的价格：不高于附近的竞争对手，也不要忽高忽低。',
  'priceIndicators.advice.noPromo': '不要把它们轮流拿来做促销：顾客会养成等折扣的习惯，不再按原价购买，活动结束后还会觉得店里变贵了。',
  'priceIndicators.advice.watch': '重点盯住竞争对手在这些商品上的价格：顾客最先比较的就是它们。',

  'priceIndicators.reading.marked': '已标为价格敏感商品：{names}。',
  'priceIndicators.reading.none': '还没有标出价格敏感商品。',
  'priceIndicators.reading.suggested': '从小票看，最适合这个角色的是{names}：它们比其他商品买得更频繁，顾客反复购买，而且比大多数商品便宜。',
  'priceIndicators.reading.alsoSuggested': '小票显示合适但尚未标出的：{names}。',
  'priceIndicators.reading.action': '请为价格敏感商品保持稳定、有竞争力的价格，不要拿它们做促销：如果在“促销候选”步骤选中了这类商品，那里会出现提醒。',
  'priceIndicators.reading.absent': '在当前层级的小票中找不到：{names}。请在“小票”步骤检查层级和合并设置，或取消标记。',

  'priceIndicators.suggest.title': '根据小票的建议',
  'priceIndicators.suggest.intro':
    '如果一个商品出现在很多小票里、同一批顾客反复购买、而且比大多数商品便宜，它就适合作为价格敏感商品：经常看到的价格最容易被记住。最终由您决定：系统并不知道顾客拿您和谁比较。',
  'priceIndicators.suggest.noPrice': '文件中没有价格，因此建议只依据商品的购买频率。',
  'priceIndicators.suggest.none': '小票中没有找到合适的商品。请在下方列表中自行标出。',
  'priceIndicators.reason.penetration': '出现在 {share} 的小票中',
  'priceIndicators.reason.perMonth': '每位顾客每月购买 {count} 次',
  'priceIndicators.reason.perPeriod': '每位顾客在此期间购买 {count} 次',
  'priceIndicators.reason.cheaper': '价格低于 {share} 的商品',
  'priceIndicators.mark': '标记',
  'priceIndicators.marked': '已标记',
  'priceIndicators.namedItem': '“{name}”',

  'priceIndicators.list.title': '已标记的价格敏感商品',
  'priceIndicators.list.empty': '还没有标记任何商品：请从建议中选择，或在下方列表中查找。',
  'priceIndicators.list.absent': '当前层级的小票中没有',
  'priceIndicators.col.product': '商品',
  'priceIndicators.col.penetration': '小票占比',
  'priceIndicators.col.frequency': '人均购买次数',
  'priceIndicators.col.frequencyMonth': '每月人均购买次数',
  'priceIndicators.col.cheaperThan': '价格低于…的商品',
  'priceIndicators.col.action': '标记',

  'priceIndicators.all.title': '查找并标记商品',
  'priceIndicators.all.search': '查找商品',
  'priceIndicators.all.label': '按小票占比从高到低排列的商品',
  'priceIndicators.all.more': '仅显示前 {shown} 个，共 {total} 个。请细化搜索以找到其余商品。',
  'priceIndicators.all.nothing': '没有找到：请缩短搜索词。',
  'priceIndicators.all.item': '{name}（{share} 的小票）',
};

export const priceIndicatorsMessages = defineMessages({ ru, en, zh });
export type PriceIndicatorsMessageKey = Key;
