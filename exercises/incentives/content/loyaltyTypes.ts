import type { LocalizedText } from '../../../src/i18n/locale';
import type { ProgramType } from '../../../src/results/programTypes';
import type { LoyaltyType } from '../state';
import { text } from './text';

/**
 * The loyalty types of the course outline (seed 002: continuous — brand, channel, function, price, experience —
 * then intermittent, changing and dispersed), what each means, and which program types speak to customers loyal
 * that way and which do not. A type in neither list is possible for them: it neither draws nor repels them.
 */
export interface LoyaltyTypeContent {
  name: LocalizedText;
  what: LocalizedText;
  good: readonly ProgramType[];
  goodWhy: LocalizedText;
  poor: readonly ProgramType[];
  poorWhy: LocalizedText;
}

export const LOYALTY_TYPE_CONTENT: Record<LoyaltyType, LoyaltyTypeContent> = {
  brand: {
    name: text('Верность марке', 'Brand loyalty', '品牌忠诚'),
    what: text('Покупают вашу марку, потому что она ваша: доверяют, любят, узнают в ней себя.', 'They buy your brand because it is yours: they trust it, like it, see themselves in it.', '因为是你的品牌而购买：信任它、喜爱它、认同它。'),
    good: ['tiers', 'gifts', 'partnerPrivileges'],
    goodWhy: text('Верным марке нужны признание и принадлежность, а не цена ниже: статус, подарки и привилегии укрепляют связь.', 'Brand-loyal customers want recognition and belonging, not a lower price: status, gifts and privileges strengthen the bond.', '品牌忠诚的客户要的是认可和归属感，而不是更低的价格：等级、礼品和特权能强化联系。'),
    poor: ['discount', 'cashback'],
    poorWhy: text('Скидка дарит деньги тем, кто купил бы и так, и удешевляет марку.', 'A discount hands money to people who would buy anyway, and cheapens the brand.', '折扣是把钱送给本来就会买的人，还会让品牌掉价。'),
  },
  channel: {
    name: text('Верность каналу', 'Channel loyalty', '渠道忠诚'),
    what: text('Верны месту, где покупают: магазину рядом, своему менеджеру, сайту, — а не марке.', 'Loyal to where they buy — the shop nearby, their account manager, the website — rather than to the brand.', '忠诚于购买的地方——附近的商店、熟悉的客户经理、网站——而不是品牌。'),
    good: ['points', 'paidMembership'],
    goodWhy: text('Им важно удобство: баланс или членство именно в этом месте удерживают их в канале.', 'They value convenience: a balance or a membership at that very place keeps them in the channel.', '他们看重便利：在这个渠道里的积分余额或会员资格能把他们留住。'),
    poor: ['coalition'],
    poorWhy: text('Коалиция даёт копить ту же валюту в других местах и ослабляет привязку к вашему каналу.', 'A coalition lets them earn the same currency elsewhere, which loosens their tie to your channel.', '联盟计划让他们在别处也能赚同样的积分，削弱了对你渠道的依附。'),
  },
  function: {
    name: text('Верность функции', 'Function loyalty', '功能忠诚'),
    what: text('Покупают, потому что товар лучше всего делает своё дело: свойства, характеристики, качество.', 'They buy because the product does the job best: its features, specifications, quality.', '因为产品最能满足需求而购买：功能、规格、质量。'),
    good: ['paidMembership', 'partnerPrivileges'],
    goodWhy: text('Выбирающие по функции ценят то, что помогает товару работать лучше: пакет сервиса, поддержку, смежные услуги.', 'Those who choose by function value what makes the product work better: a service package, support, related services.', '按功能选择的客户看重让产品更好用的东西：服务包、技术支持、配套服务。'),
    poor: ['gamification'],
    poorWhy: text('Игра ничего не добавляет к тому, что делает товар.', 'A game adds nothing to what the product does.', '游戏对产品的功能毫无增益。'),
  },
  price: {
    name: text('Верность цене', 'Price loyalty', '价格忠诚'),
    what: text('Покупают у вас, пока у вас дешевле всего.', 'They buy from you as long as you are the cheapest.', '只要你最便宜，他们就向你购买。'),
    good: ['discount', 'cashback'],
    goodWhy: text('Верные цене идут за скидкой: скидка или кешбэк говорят с ними на их языке — но они уйдут к предложению лучше, так что проверьте каждую скидку на марже.', 'Price-loyal customers follow discounts: a discount or cashback speaks their language — but they leave for a better offer, so check every discount against the margin.', '价格忠诚的客户追随折扣：折扣或返现正合他们心意——但有更好的报价他们就会离开，所以每项折扣都要用毛利检验。'),
    poor: ['tiers', 'partnerPrivileges', 'gamification'],
    poorWhy: text('Статус, привилегии и игры ничего не стоят для того, кто сравнивает цены.', 'Status, privileges and games count for nothing with someone comparing prices.', '对于只比价格的人来说，等级、特权和游戏毫无意义。'),
  },
  experience: {
    name: text('Верность впечатлениям', 'Experience loyalty', '体验忠诚'),
    what: text('Возвращаются за атмосферой, обслуживанием и эмоциями от покупки.', 'They come back for the atmosphere, the service and the feeling of buying from you.', '为了氛围、服务和购物时的感受而回头。'),
    good: ['tiers', 'partnerPrivileges', 'gifts', 'gamification'],
    goodWhy: text('Верные впечатлениям ценят привилегии, события и внимание: статус, сюрпризы и игры добавляют к тому, за чем они приходят.', 'Experience-loyal customers value privileges, events and attention: status, surprises and games add to what they come for.', '体验忠诚的客户看重特权、活动和关注：等级、惊喜和游戏为他们所追求的体验加分。'),
    poor: ['discount'],
    poorWhy: text('Скидка ничего не добавляет к впечатлению и может его удешевить.', 'A discount adds nothing to the experience and can cheapen it.', '折扣不会增添体验，反而可能让体验掉价。'),
  },
  intermittent: {
    name: text('Прерывистая верность', 'Intermittent loyalty', '间断忠诚'),
    what: text('Покупают у вас время от времени, с перерывами: по сезону или по случаю.', 'They buy from you now and then, with breaks: by season or by occasion.', '时断时续地向你购买：按季节或视情况而定。'),
    good: ['points', 'coalition'],
    goodWhy: text('Редкие покупатели вернутся к накопленному балансу, если он не сгорит между визитами; коалиция даёт копить в перерывах.', 'Occasional buyers come back to a balance they have built, if it does not lapse between visits; a coalition lets them earn in between.', '偶尔购买的客户会为累积的余额回来，前提是两次光顾之间积分不过期；联盟计划让他们在间隔期也能积累。'),
    poor: ['tiers', 'paidMembership'],
    poorWhy: text('Статус и взнос предполагают регулярные покупки, которых у них нет.', 'A status or a fee assumes regular buying, which they do not do.', '等级和会费都以定期购买为前提，而他们并不定期购买。'),
  },
  changing: {
    name: text('Меняющаяся верность', 'Changing loyalty', '变化忠诚'),
    what: text('Со временем переходят от одного поставщика к другому: ищут новое.', 'Over time they move from one supplier to another: they look for something new.', '随着时间推移从一家供应商转向另一家：喜欢尝新。'),
    good: ['gamification', 'gifts'],
    goodWhy: text('Ищущие новое откликаются на новизну: новые задания и подарки дают повод остаться.', 'Novelty seekers respond to novelty: new challenges and gifts give a reason to stay.', '喜欢尝新的人对新鲜事物有反应：新任务和新礼品给他们留下的理由。'),
    poor: ['paidMembership'],
    poorWhy: text('Они не заплатят вперёд за отношения, которые собираются сменить.', 'They will not pay in advance for a relationship they expect to change.', '他们不会为一段打算改变的关系预先付费。'),
  },
  dispersed: {
    name: text('Рассеянная верность', 'Dispersed loyalty', '分散忠诚'),
    what: text('Распределяют покупки между несколькими поставщиками одновременно.', 'They spread their purchases over several suppliers at once.', '同时在几家供应商之间分配采购。'),
    good: ['tiers', 'cashback'],
    goodWhy: text('Награда, растущая с долей покупок (статус, ретро-бонус за объём), перетягивает к вам остальную часть их трат.', 'A reward that grows with their share of purchases (a status, a retro bonus on volume) pulls the rest of their spend to you.', '随采购份额增长的奖励（等级、销量返利）能把他们其余的支出吸引过来。'),
    poor: ['discount'],
    poorWhy: text('Плоская скидка награждает ту часть, что они и так покупают у вас, и не привлекает остальное.', 'A flat discount rewards the part they already buy from you and does not draw the rest.', '统一折扣只奖励他们本就在你这里购买的部分，吸引不来其余部分。'),
  },
};
