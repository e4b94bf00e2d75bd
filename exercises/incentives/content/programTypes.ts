import type { LocalizedText } from '../../../src/i18n/locale';
import type { ProgramType } from '../../../src/results/programTypes';
import { text } from './text';

/**
 * What each program type is, and what speaks for and against it in any business (METHODS.md, "Rational incentives";
 * the seminar's "types of loyalty programs, their advantages and drawbacks"). Fit to a market, a stage and the
 * customers' loyalty types lives in programFit.ts and loyaltyTypes.ts. Names: src/results/programTypes.ts.
 */
export interface ProgramTypeDescription {
  what: LocalizedText;
  pros: readonly LocalizedText[];
  cons: readonly LocalizedText[];
}

export const PROGRAM_TYPE_DESCRIPTIONS: Record<ProgramType, ProgramTypeDescription> = {
  discount: {
    what: text(
      'Постоянная цена ниже обычной по карте или для своих клиентов.',
      'A price below the usual one for card holders or regular customers.',
      '持卡客户或老客户享受低于标价的固定价格。',
    ),
    pros: [
      text('Понятна клиенту без объяснений и запускается за день.', 'Needs no explaining and starts in a day.', '无需解释，一天即可上线。'),
      text('Выгода видна сразу, на кассе.', 'The benefit is seen at once, at the till.', '优惠在结账时立刻可见。'),
      text('Легко посчитать по чекам, сколько она стоит.', 'Its cost is easy to count from receipts.', '成本可直接从小票算出。'),
      text('Снижает риск первой покупки для нового клиента.', 'Lowers the risk of a first purchase for a new customer.', '降低新客户首次购买的风险。'),
    ],
    cons: [
      text(
        'Съедает маржу с каждой продажи, в том числе с тех, что были бы и без неё.',
        'Takes margin from every sale, including those that would happen anyway.',
        '每笔销售都让利，包括本来就会发生的销售。',
      ),
      text('Конкурент повторит её завтра.', 'A competitor copies it tomorrow.', '竞争对手第二天就能照搬。'),
      text(
        'Приучает ждать цену и приводит охотников за скидками.',
        'Teaches customers to wait for the price and brings discount hunters.',
        '让客户习惯等降价，吸引只追逐折扣的人。',
      ),
      text('Отменить её, не обидев клиентов, почти невозможно.', 'Almost impossible to withdraw without offending customers.', '一旦取消，几乎必然得罪客户。'),
    ],
  },
  points: {
    what: text(
      'Клиент получает баллы за покупки и тратит их на следующие покупки или награды.',
      'Customers earn points on purchases and spend them on later purchases or rewards.',
      '客户购物获得积分，用于以后的购物或兑换奖品。',
    ),
    pros: [
      text('Накопленный баланс — причина вернуться.', 'A growing balance is a reason to come back.', '不断累积的余额就是回来的理由。'),
      text('Даёт данные о покупках каждого клиента.', 'Gives purchase data for every customer.', '获得每位客户的购买数据。'),
      text(
        'Стоимость награды отложена, а часть баллов не тратится никогда.',
        'The reward is paid later, and some points are never spent.',
        '奖励成本延后支付，且部分积分永远不会被使用。',
      ),
      text('Гибкость: двойные баллы на нужный товар или в тихий день.', 'Flexible: double points on a chosen product or on a quiet day.', '灵活：可对指定商品或淡季日子加倍积分。'),
    ],
    cons: [
      text('Неистраченные баллы — обязательство в учёте.', 'Unspent points are a liability in the accounts.', '未使用的积分在账上是一笔负债。'),
      text('Нужны карта или приложение и учётная система.', 'Needs a card or an app and a system behind it.', '需要会员卡或应用程序以及后台系统。'),
      text('Мелкие начисления клиент не замечает.', 'Small rewards go unnoticed.', '积分太少，客户根本注意不到。'),
      text(
        'При одинаковой ставке на всё клиент видит в баллах ту же скидку.',
        'At one flat rate on everything, customers see the points as a discount in disguise.',
        '如果所有商品积分比例相同，客户会把它当成变相折扣。',
      ),
    ],
  },
  tiers: {
    what: text(
      'Клиент поднимается по статусам (серебро, золото…) за сумму или частоту покупок, и каждый статус даёт больше привилегий.',
      'Customers climb statuses (silver, gold…) by spend or frequency, each status giving more privileges.',
      '客户按消费额或频次逐级升级（银卡、金卡……），等级越高特权越多。',
    ),
    pros: [
      text('Лучшие клиенты получают больше остальных: вложения идут туда, где прибыль.', 'The best customers get more than the rest: the money goes where the profit is.', '最好的客户得到更多：投入流向利润所在之处。'),
      text('Статус — эмоциональная награда, а не только деньги.', 'Status is an emotional reward, not only money.', '等级是一种情感回报，而不仅是金钱。'),
      text('Цель близко — клиент докупает до порога.', 'A goal within reach makes customers buy up to the threshold.', '目标近在眼前，客户会为达到门槛而多买。'),
      text('Потерять статус жалко: это цена ухода.', 'Losing the status hurts: it is a cost of leaving.', '失去等级令人不舍：这就是离开的代价。'),
    ],
    cons: [
      text('Правила сложнее объяснить.', 'The rules are harder to explain.', '规则较难解释清楚。'),
      text('Клиенты нижних уровней чувствуют себя людьми второго сорта.', 'Lower-tier customers feel second-class.', '低等级客户会觉得自己低人一等。'),
      text('Понижение статуса злит.', 'Being downgraded angers.', '被降级会引起不满。'),
      text('Привилегии верхних статусов должны чего-то стоить — и стоят денег.', 'Top-tier privileges must be worth something, and they cost money.', '高等级特权必须有真实价值，这意味着成本。'),
    ],
  },
  paidMembership: {
    what: text(
      'Клиент платит взнос (за год или месяц) за привилегии: цены ниже, бесплатную доставку, особый сервис.',
      'Customers pay a fee (yearly or monthly) for privileges: lower prices, free delivery, special service.',
      '客户缴纳会费（按年或按月），换取特权：更低价格、免费配送、专属服务。',
    ),
    pros: [
      text('Деньги вперёд окупают привилегии.', 'Money up front pays for the privileges.', '预收的会费覆盖特权成本。'),
      text('Взнос — невозвратные затраты: член клуба покупает больше, чтобы его «отбить».', 'The fee is a sunk cost: members buy more to win it back.', '会费是沉没成本：会员会多买以“赚回来”。'),
      text('Отбирает самых заинтересованных клиентов.', 'Selects the most committed customers.', '筛选出最投入的客户。'),
      text('Понятно, что считать: число членов и продления.', 'Clear to measure: members and renewals.', '衡量简单：会员数和续费率。'),
    ],
    cons: [
      text('Работает, только если привилегии явно дороже взноса.', 'Works only if the privileges are clearly worth more than the fee.', '只有特权价值明显高于会费时才有效。'),
      text('Барьер для новых клиентов.', 'A barrier for new customers.', '对新客户是一道门槛。'),
      text('Непродлённое членство — ушедший клиент.', 'A membership not renewed is a customer lost.', '会员不续费就等于客户流失。'),
      text('Нужен сильный бренд или уникальное предложение.', 'Needs a strong brand or a unique offer.', '需要强势品牌或独特的产品。'),
    ],
  },
  cashback: {
    what: text(
      'Часть суммы покупки возвращается деньгами: на карту, на счёт или в следующий счёт.',
      'A share of the purchase comes back as money: to a card, an account or the next invoice.',
      '购物金额的一部分以现金形式返还：返到卡上、账户里或下一张账单中。',
    ),
    pros: [
      text('Самая понятная выгода — деньги.', 'The clearest benefit there is: money.', '最直观的好处：真金白银。'),
      text('Легко сравнить и объяснить.', 'Easy to compare and explain.', '容易比较，也容易解释。'),
      text('Награда, которая нужна всем.', 'A reward everybody wants.', '人人都需要的奖励。'),
      text('В B2B — привычный ретро-бонус за объём.', 'In B2B it is the familiar retro bonus for volume.', '在B2B中就是常见的销量返利。'),
    ],
    cons: [
      text('Стоит живых денег: «сгорания», как у баллов, почти нет.', 'Costs real money: almost nothing lapses, unlike points.', '花的是真钱：不像积分那样会有大量过期。'),
      text('Копируется проще всего.', 'The easiest program to copy.', '最容易被模仿。'),
      text('Охотники за ставкой уйдут к тому, кто вернёт больше.', 'Rate hunters leave for whoever pays back more.', '追逐返现比例的人会流向返得更多的商家。'),
      text('Не создаёт эмоциональной связи.', 'Builds no emotional bond.', '无法建立情感联系。'),
    ],
  },
  coalition: {
    what: text(
      'Несколько компаний в одной программе: баллы, заработанные у одного партнёра, тратятся у другого.',
      'Several companies share one program: points earned with one partner are spent with another.',
      '多家企业共用一个计划：在一家合作伙伴处获得的积分可在另一家使用。',
    ),
    pros: [
      text('Баллы копятся быстрее: больше мест, где их заработать.', 'Points build up faster: more places to earn them.', '积分累积更快：赚积分的地方更多。'),
      text('Расходы на систему и рекламу делятся между партнёрами.', 'The system and advertising costs are shared.', '系统和推广成本由合作伙伴分摊。'),
      text('Приводит клиентов партнёров.', 'Brings the partners’ customers.', '带来合作伙伴的客户。'),
      text('Богатые данные о клиенте за пределами своей категории.', 'Rich data on the customer beyond your own category.', '获得本品类之外的丰富客户数据。'),
    ],
    cons: [
      text('Ваш бренд растворяется среди партнёров.', 'Your brand dissolves among the partners.', '自有品牌被淹没在合作伙伴之中。'),
      text('Зависимость от оператора и его комиссии.', 'Dependence on the operator and its fees.', '依赖运营方并需支付佣金。'),
      text('Клиент лоялен коалиции, а не вам.', 'Customers are loyal to the coalition, not to you.', '客户忠诚于联盟，而不是你。'),
      text('Выйти из коалиции трудно.', 'Hard to leave once in.', '加入后难以退出。'),
    ],
  },
  gifts: {
    what: text(
      'Подарок за покупку, за сумму, к годовщине или за n-й визит («шестой кофе в подарок»).',
      'A gift for a purchase, for a total spent, on an anniversary or for the n-th visit (“the sixth coffee is on us”).',
      '按购买、累计金额、周年纪念或第N次光顾赠送礼品（“第六杯咖啡免费”）。',
    ),
    pros: [
      text('Подарок помнят лучше, чем такую же сумму скидки.', 'A gift is remembered better than the same amount off the price.', '礼品比同等金额的折扣更让人记得住。'),
      text('Стоит по себестоимости, а ценится по рознице.', 'Costs what you pay for it, valued at what it sells for.', '按成本付出，客户却按零售价感知价值。'),
      text('Легко начать и остановить.', 'Easy to start and to stop.', '随时可以开始或停止。'),
      text('Знакомит с новым товаром.', 'Introduces a new product.', '可借此推广新品。'),
    ],
    cons: [
      text('Ненужный подарок — выброшенные деньги и раздражение.', 'A gift nobody needs is money thrown away, and an irritation.', '没人需要的礼品既浪费钱又惹人烦。'),
      text('К подаркам привыкают и начинают их ждать.', 'Customers get used to gifts and start to expect them.', '客户会习惯并开始期待礼品。'),
      text('Запасы и логистика подарков.', 'Stock and logistics of the gifts.', '礼品需要库存和物流。'),
    ],
  },
  partnerPrivileges: {
    what: text(
      'Клиенты получают привилегии у других компаний — скидки, услуги, доступ — без общей валюты баллов.',
      'Members get privileges from other companies — discounts, services, access — without a shared points currency.',
      '会员可在其他企业享受特权（折扣、服务、专属通道），但不共用积分。',
    ),
    pros: [
      text('Ценность для клиента при малых затратах: партнёр платит за новых клиентов.', 'Value for the customer at little cost: the partner pays to win customers.', '以很低的成本为客户创造价值：合作伙伴愿意为获客买单。'),
      text('Выгода шире вашей категории.', 'A benefit wider than your category.', '好处超出本品类范围。'),
      text('Ощущение закрытого клуба.', 'Feels like a private club.', '给人一种私人俱乐部的感觉。'),
      text('Можно начать с одного-двух партнёров.', 'Can start with one or two partners.', '可从一两家合作伙伴起步。'),
    ],
    cons: [
      text('Ошибки партнёра бьют по вам.', 'A partner’s failures hurt you.', '合作伙伴的失误会殃及你。'),
      text('Клиенты могут ими не пользоваться.', 'Customers may never use them.', '客户可能根本不用。'),
      text('Слабо связаны с покупками у вас.', 'Weakly tied to buying from you.', '与在你这里的购买关联较弱。'),
      text('Партнёров надо искать и вести.', 'Partners must be found and managed.', '需要寻找并管理合作伙伴。'),
    ],
  },
  gamification: {
    what: text(
      'Задания, уровни, коллекции, игры и соревнования, которые делают покупки и участие интересными.',
      'Challenges, levels, collections, games and contests that make buying and taking part fun.',
      '通过任务、等级、收集、游戏和竞赛，让购买和参与变得有趣。',
    ),
    pros: [
      text('Вовлечение и эмоции при малой стоимости наград.', 'Engagement and emotion at a low reward cost.', '以较低的奖励成本带来参与感和情绪。'),
      text('Подталкивает к нужному поведению: попробовать новинку, прийти в тихий день.', 'Nudges the behaviour you want: try a new product, come on a quiet day.', '引导你想要的行为：尝试新品、淡季到店。'),
      text('Поводы рассказать друзьям.', 'Stories worth telling friends.', '有值得分享给朋友的话题。'),
      text('Видно, на что клиенты откликаются.', 'Shows what customers respond to.', '能看出客户对什么有反应。'),
    ],
    cons: [
      text('Новизна проходит: нужны новые идеи постоянно.', 'Novelty wears off: new ideas are needed all the time.', '新鲜感会消退：需要不断推出新点子。'),
      text('Играть любят не все.', 'Not everyone likes to play.', '并非人人都喜欢玩游戏。'),
      text('Разработка стоит денег.', 'Development costs money.', '开发需要投入。'),
      text('Может выглядеть несерьёзно или как манипуляция.', 'May look frivolous or manipulative.', '可能显得不严肃或有操纵之嫌。'),
    ],
  },
};
