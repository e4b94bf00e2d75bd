import { defineMessages } from '../../../src/i18n/translate';
import type { Message } from '../../../src/i18n/messages';

/** Step "Criteria": the three groups of criteria and what each criterion is and why it splits customers, one line each. */
const ru = {
  'criteria.group.who': 'Кто они',
  'criteria.group.who.hint': 'признаки из списка клиентов и из продаж',
  'criteria.group.behaviour': 'Как покупают',
  'criteria.group.behaviour.hint': 'классы, посчитанные по продажам за период',
  'criteria.group.bands': 'Числа по диапазонам',
  'criteria.group.bands.hint': 'числовой признак, разрезанный на диапазоны по границам',
  'criteria.help.region': 'Где клиент: разные регионы — разная конкуренция, логистика и ответственные за продажи.',
  'criteria.help.channel': 'Как клиент к вам приходит (магазин, сайт, дилер): от канала зависит, через кого и чем с ним говорить.',
  'criteria.help.type': 'Вид бизнеса или клиента из вашего списка: у розницы, сетей и производств разные потребности.',
  'criteria.help.manager': 'Менеджер, через которого прошла большая часть выручки клиента: показывает, чьи это клиенты и кто будет работать с сегментом.',
  'criteria.help.mainProduct': 'Товарная группа, на которую пришлась большая часть покупок: по ней видно, зачем клиент к вам приходит.',
  'criteria.help.abc': 'Вклад в выручку: A — немногие, кто приносит основную её часть, C — длинный хвост мелких. Отделяет тех, кого нельзя терять.',
  'criteria.help.rfm': 'Давность, частота и сумма покупок вместе: «чемпионы», «под угрозой», «спящие»… Сразу подсказывает, что делать.',
  'criteria.help.stage': 'Где клиент в отношениях с вами: первая покупка, повторные, постоянный или уходит (молчит дольше обычного для себя).',
  'criteria.help.tenure': 'Сколько месяцев прошло с первой покупки: новичков надо доводить до второй покупки, старых — удерживать.',
  'criteria.help.frequency': 'Сколько заказов за период: разделяет разовых покупателей и тех, кто покупает регулярно.',
  'criteria.help.averageCheck': 'Выручка на один заказ: крупные и мелкие заказы требуют разного обслуживания и разных условий.',
  'criteria.help.productBreadth': 'Сколько разных товаров или групп клиент купил: узкий ассортимент — повод для перекрёстных продаж.',
  'criteria.help.size': 'Размер клиента из вашего списка (оборот, сотрудники, площадь): большой клиент может купить больше, чем покупает.',
  'criteria.help.potential': 'Сколько клиент тратит на вашу категорию у всех поставщиков: вместе с выручкой показывает, где можно вырасти.',
};

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'criteria.group.who': 'Who they are',
  'criteria.group.who.hint': 'attributes from the customer list and the sales',
  'criteria.group.behaviour': 'How they buy',
  'criteria.group.behaviour.hint': 'classes computed from the period’s sales',
  'criteria.group.bands': 'Numbers in bands',
  'criteria.group.bands.hint': 'a figure cut into bands at its bounds',
  'criteria.help.region': 'Where the customer is: regions differ in competition, delivery and who sells there.',
  'criteria.help.channel': 'How the customer reaches you (store, website, dealer): the channel decides who talks to them and how.',
  'criteria.help.type': 'The kind of business or customer from your list: retailers, chains and manufacturers need different things.',
  'criteria.help.manager': 'The manager who handled most of the customer’s revenue: whose customers these are and who would work the segment.',
  'criteria.help.mainProduct': 'The product group with most of the customer’s purchases: what they come to you for.',
  'criteria.help.abc': 'Share of revenue: A is the few who bring most of it, C the long tail of small buyers. Singles out whom you cannot afford to lose.',
  'criteria.help.rfm': 'Recency, frequency and money together: “champions”, “at risk”, “hibernating”… Each name already suggests what to do.',
  'criteria.help.stage': 'Where the relationship stands: first purchase, repeat, long-term, or lapsing (silent for longer than is usual for them).',
  'criteria.help.tenure': 'Months since the first purchase: newcomers need a second order, old customers need keeping.',
  'criteria.help.frequency': 'Orders in the period: separates one-off buyers from the regulars.',
  'criteria.help.averageCheck': 'Revenue per order: large and small orders call for different service and terms.',
  'criteria.help.productBreadth': 'How many different products or groups the customer bought: a narrow basket is room for cross-selling.',
  'criteria.help.size': 'The customer’s size from your list (turnover, staff, floor space): a big customer may buy less than they could.',
  'criteria.help.potential': 'What the customer spends on your category with all suppliers: next to revenue it shows where you can grow.',
};

const zh: Record<Key, Message> = {
  'criteria.group.who': '客户是谁',
  'criteria.group.who.hint': '来自客户名单和销售记录的属性',
  'criteria.group.behaviour': '如何购买',
  'criteria.group.behaviour.hint': '根据期间销售计算出的类别',
  'criteria.group.bands': '分段的数值',
  'criteria.group.bands.hint': '按分界切成若干区间的数值',
  'criteria.help.region': '客户所在地区：不同地区的竞争、物流和负责销售的人都不一样。',
  'criteria.help.channel': '客户通过什么渠道找到您（门店、网站、经销商）：渠道决定由谁、以什么方式与客户沟通。',
  'criteria.help.type': '名单中客户的业务类型：零售店、连锁和工厂的需求各不相同。',
  'criteria.help.manager': '经手该客户大部分收入的经理：说明这些客户归谁，细分由谁来跟进。',
  'criteria.help.mainProduct': '客户购买最多的产品组：说明客户为什么来找您。',
  'criteria.help.abc': '对收入的贡献：A 类是少数贡献大部分收入的客户，C 类是众多小客户。能找出绝不能失去的客户。',
  'criteria.help.rfm': '综合最近购买时间、频率和金额：“冠军”“有流失风险”“休眠”……名称本身就提示了该怎么做。',
  'criteria.help.stage': '客户关系所处阶段：首次购买、重复购买、长期客户，或正在流失（沉默时间超过其平常间隔）。',
  'criteria.help.tenure': '距首次购买的月数：新客户需要促成第二次购买，老客户需要维系。',
  'criteria.help.frequency': '期间内的订单数：区分一次性买家和常客。',
  'criteria.help.averageCheck': '每笔订单的收入：大单和小单需要不同的服务和条件。',
  'criteria.help.productBreadth': '客户买过多少种不同的产品或产品组：品类单一说明有交叉销售的空间。',
  'criteria.help.size': '名单中的客户规模（营业额、员工数、面积）：大客户的采购可能远低于其能力。',
  'criteria.help.potential': '客户在您这一品类上向所有供应商的总支出：与收入对照，可看出增长空间在哪里。',
};

export const criteriaHelpMessages = defineMessages({ ru, en, zh });
export type CriteriaHelpMessageKey = Key;
