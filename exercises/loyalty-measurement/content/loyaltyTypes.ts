import type { Locale } from '../../../src/i18n/locale';
import type { LadderStage, LoyaltyType, LOYALTY_VIEWS } from '../state';

type LoyaltyView = (typeof LOYALTY_VIEWS)[number];

export interface NamedText {
  name: string;
  description: string;
}

export interface LadderStageText extends NamedText {
  /** What the company does on this stage unless the participant writes their own: attract, involve, retain, cherish. */
  strategy: string;
}

/** Continuous loyalty (to the brand, channel, function, price, experience), intermittent, changing, dispersed. */
export const LOYALTY_TYPE_TEXTS: Record<Locale, Record<LoyaltyType, NamedText>> = {
  ru: {
    brand: { name: 'Постоянная: к бренду', description: 'Покупают именно вас и готовы немного переплатить или подождать.' },
    channel: { name: 'Постоянная: к каналу', description: 'Привязаны к удобному магазину, сайту или менеджеру, а не к марке.' },
    function: { name: 'Постоянная: к функции', description: 'Держатся за товар, который решает их задачу; появится решение лучше — уйдут.' },
    price: { name: 'Постоянная: к цене', description: 'Остаются, пока у вас выгоднее всего; чувствительны к акциям конкурентов.' },
    experience: { name: 'Постоянная: к впечатлениям', description: 'Возвращаются за атмосферой, сервисом, ощущением от покупки.' },
    intermittent: { name: 'Прерывистая', description: 'Покупают у вас время от времени, между покупками — у других.' },
    changing: { name: 'Меняющаяся', description: 'Переходят от вас к конкуренту и обратно вслед за предложениями.' },
    dispersed: { name: 'Рассеянная', description: 'Держат в голове несколько равноценных поставщиков и выбирают по ситуации.' },
  },
  en: {
    brand: { name: 'Continuous: to the brand', description: 'They want you in particular and will pay a little more or wait for you.' },
    channel: { name: 'Continuous: to the channel', description: 'Tied to a convenient shop, website or account manager rather than to the brand.' },
    function: { name: 'Continuous: to the function', description: 'They keep a product because it does the job; a better solution will take them away.' },
    price: { name: 'Continuous: to the price', description: 'They stay while you are the cheapest and react to competitors’ promotions.' },
    experience: { name: 'Continuous: to the experience', description: 'They come back for the atmosphere, the service, the way buying feels.' },
    intermittent: { name: 'Intermittent', description: 'They buy from you now and then, and from others in between.' },
    changing: { name: 'Changing', description: 'They move to a competitor and back, following the offers.' },
    dispersed: { name: 'Dispersed', description: 'They keep several equal suppliers in mind and pick one as the occasion demands.' },
  },
  zh: {
    brand: { name: '持续型：忠于品牌', description: '认准的就是您，愿意多花一点钱或多等一会儿。' },
    channel: { name: '持续型：忠于渠道', description: '依恋的是方便的门店、网站或客户经理，而不是品牌本身。' },
    function: { name: '持续型：忠于功能', description: '因为产品能解决问题而留下；一旦出现更好的方案就会离开。' },
    price: { name: '持续型：忠于价格', description: '只要您最划算就留下；对竞争对手的促销很敏感。' },
    experience: { name: '持续型：忠于体验', description: '为了氛围、服务和购物的感觉而回来。' },
    intermittent: { name: '间歇型', description: '时不时在您这里买，其余时间在别处买。' },
    changing: { name: '变换型', description: '跟着优惠在您和竞争对手之间来回切换。' },
    dispersed: { name: '分散型', description: '心里同时有几家同样合适的供应商，视情况选择。' },
  },
};

/** The commitment ladder (METHODS.md): each stage has its own aim, from attracting to cherishing. */
export const LADDER_STAGE_TEXTS: Record<Locale, Record<LadderStage, LadderStageText>> = {
  ru: {
    potential: { name: 'Потенциальный клиент', description: 'Подходит под ваш профиль, но о вас ещё не знает.', strategy: 'Привлечь: реклама там, где он ищет решение, понятное предложение для первого контакта.' },
    visitor: { name: 'Посетитель', description: 'Знает вас, заходил или интересовался, но не купил.', strategy: 'Вовлечь: снять барьер первой покупки — пробник, консультация, гарантия возврата.' },
    firstPurchase: { name: 'Первая покупка', description: 'Купил один раз.', strategy: 'Закрепить: благодарность, помощь с товаром, повод вернуться в пределах цикла покупки.' },
    repeat: { name: 'Повторный покупатель', description: 'Купил два раза и больше.', strategy: 'Удержать: персональные предложения, удобство повторного заказа, программа лояльности.' },
    regular: { name: 'Постоянный клиент', description: 'Покупает каждый цикл.', strategy: 'Беречь: особый сервис, признание, расширение ассортимента, который он у вас берёт.' },
    advocate: { name: 'Адвокат бренда', description: 'Постоянный клиент, который рекомендует вас (NPS 9–10) или готов платить больше.', strategy: 'Лелеять и дать голос: программа рекомендаций, участие в новинках, публичная благодарность.' },
  },
  en: {
    potential: { name: 'Potential customer', description: 'Fits your profile but does not know you yet.', strategy: 'Attract: be where they look for a solution, with a clear offer for a first contact.' },
    visitor: { name: 'Visitor', description: 'Knows you, has visited or asked, but not bought.', strategy: 'Involve: lower the barrier to the first purchase with a sample, advice or a money-back promise.' },
    firstPurchase: { name: 'First purchase', description: 'Has bought once.', strategy: 'Follow up: thank them, help with the product, give a reason to return within the purchase cycle.' },
    repeat: { name: 'Repeat buyer', description: 'Has bought twice or more.', strategy: 'Retain: personal offers, easy reordering, a loyalty programme.' },
    regular: { name: 'Regular', description: 'Buys every cycle.', strategy: 'Look after them: special service, recognition, more of the range they buy from you.' },
    advocate: { name: 'Advocate', description: 'A regular who recommends you (NPS 9–10) or pays a premium.', strategy: 'Cherish and give them a voice: referral scheme, early access to new products, public thanks.' },
  },
  zh: {
    potential: { name: '潜在客户', description: '符合您的客户画像，但还不知道您。', strategy: '吸引：在他们寻找解决方案的地方出现，为第一次接触准备清晰的报价。' },
    visitor: { name: '访客', description: '知道您，来过或咨询过，但还没有购买。', strategy: '引导：降低首次购买的门槛——试用装、咨询、无理由退货。' },
    firstPurchase: { name: '首次购买', description: '买过一次。', strategy: '巩固：致谢、帮助使用产品，并在购买周期内给出回来的理由。' },
    repeat: { name: '重复购买者', description: '买过两次及以上。', strategy: '留住：个性化优惠、便捷的再次下单、会员计划。' },
    regular: { name: '常客', description: '每个购买周期都会购买。', strategy: '呵护：专属服务、认可与尊重，扩展他们在您这里购买的品类。' },
    advocate: { name: '品牌拥护者', description: '会推荐您（NPS 9–10 分）或愿意付溢价的常客。', strategy: '珍惜并让他们发声：推荐计划、抢先体验新品、公开致谢。' },
  },
};

/** What the definition box shows while empty, for the view chosen (no view yet: the one for both). */
export const DEFINITION_SUGGESTIONS: Record<Locale, Record<LoyaltyView, string>> = {
  ru: {
    behavioural: 'Лояльный клиент покупает у нас каждый свой цикл покупки и не уходит к конкурентам, даже когда у них акция.',
    attitudinal: 'Лояльный клиент предпочитает нас другим, доверяет нам и готов рекомендовать нас знакомым.',
    both: 'Лояльный клиент регулярно покупает у нас, предпочитает нас конкурентам и рекомендует нас другим.',
  },
  en: {
    behavioural: 'A loyal customer buys from us every purchase cycle and stays even when a competitor runs a promotion.',
    attitudinal: 'A loyal customer prefers us to others, trusts us and would recommend us to people they know.',
    both: 'A loyal customer buys from us regularly, prefers us to competitors and recommends us to others.',
  },
  zh: {
    behavioural: '忠诚客户在每个购买周期都在我们这里购买，即使竞争对手做促销也不离开。',
    attitudinal: '忠诚客户更喜欢我们、信任我们，并愿意向认识的人推荐我们。',
    both: '忠诚客户定期在我们这里购买，比起竞争对手更喜欢我们，并向他人推荐我们。',
  },
};

/** The suggested definition for the view chosen; before a choice, the one for both views. */
export function suggestedDefinition(view: LoyaltyView | null, locale: Locale): string {
  return DEFINITION_SUGGESTIONS[locale][view ?? 'both'];
}
