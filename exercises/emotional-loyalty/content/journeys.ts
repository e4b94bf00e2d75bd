import type { BusinessType, Emotion, LadderStage } from '../state';
import type { LibraryTouchpoint } from './libraryTypes';

const touchpoint = (id: string, stage: LadderStage, emotion: Emotion, ru: string, en: string, zh: string): LibraryTouchpoint => ({
  id,
  stage,
  emotion,
  name: { ru, en, zh },
});

/**
 * A default journey per business, in the order a customer lives it, each touchpoint on a rung of the commitment
 * ladder (seed 001: prospect → visitor → first purchase → regular → advocate; no rung is skipped) with the
 * emotion a first draft would aim at there. The participant replaces, renames and reorders them freely.
 */
export const DEFAULT_JOURNEYS: Record<BusinessType, readonly LibraryTouchpoint[]> = {
  shop: [
    touchpoint('shop-hear', 'prospect', 'curiosity', 'Узнаёт о нас: от знакомых, в соцсетях, на карте', 'Hears about us from friends, social media or a map', '从朋友、社交媒体或地图上得知我们'),
    touchpoint('shop-storefront', 'prospect', 'curiosity', 'Проходит мимо и видит витрину', 'Walks past and sees the shop window', '路过时看到橱窗'),
    touchpoint('shop-enter', 'visitor', 'calm', 'Заходит впервые и осматривается', 'Comes in for the first time and looks around', '第一次进店四处看看'),
    touchpoint('shop-advice', 'visitor', 'care', 'Просит совета, пробует', 'Asks for advice and tries something', '请店员推荐、试吃试用'),
    touchpoint('shop-checkout', 'firstPurchase', 'joy', 'Первая покупка на кассе', 'First purchase at the till', '在收银台完成第一次购买'),
    touchpoint('shop-after', 'firstPurchase', 'trust', 'После покупки: дома пользуется товаром', 'After the purchase: uses what they bought at home', '购买之后：在家使用商品'),
    touchpoint('shop-return', 'regular', 'belonging', 'Возвращается, и его узнают', 'Comes back and is recognised', '再次光临并被认出'),
    touchpoint('shop-complaint', 'regular', 'care', 'Проблема или жалоба, которую решили', 'A problem or complaint that gets solved', '问题或投诉得到解决'),
    touchpoint('shop-club', 'regular', 'pride', 'Участник клуба постоянных покупателей', 'A member of the regulars’ club', '成为常客俱乐部会员'),
    touchpoint('shop-recommend', 'advocate', 'gratitude', 'Советует нас друзьям и пишет отзывы', 'Recommends us to friends and writes reviews', '向朋友推荐我们并写评价'),
  ],
  distributor: [
    touchpoint('dist-fair', 'prospect', 'curiosity', 'Встречает нас на выставке или слышит от коллег', 'Meets us at a trade fair or hears of us from colleagues', '在展会上认识我们或听同行提起'),
    touchpoint('dist-request', 'prospect', 'trust', 'Первый запрос: прайс-лист, каталог, условия', 'First enquiry: price list, catalogue, terms', '首次询价：价目表、产品目录、合作条件'),
    touchpoint('dist-meeting', 'visitor', 'trust', 'Встреча с менеджером, презентация', 'Meeting with the account manager, a presentation', '与客户经理会面、听取介绍'),
    touchpoint('dist-trial', 'visitor', 'calm', 'Пробная партия, образцы', 'A trial order or samples', '试订单或样品'),
    touchpoint('dist-first-order', 'firstPurchase', 'calm', 'Первый заказ: договор, счёт, документы', 'First order: contract, invoice, paperwork', '第一笔订单：合同、发票、单据'),
    touchpoint('dist-delivery', 'firstPurchase', 'trust', 'Доставка и приёмка товара', 'Delivery and acceptance of the goods', '送货与验收'),
    touchpoint('dist-account', 'regular', 'care', 'Регулярные заказы с персональным менеджером', 'Regular orders with a personal account manager', '与专属客户经理保持定期订货'),
    touchpoint('dist-claim', 'regular', 'care', 'Претензия или возврат, решённые по-честному', 'A claim or return settled fairly', '公平处理索赔或退货'),
    touchpoint('dist-review', 'regular', 'belonging', 'Итоги года и условия на следующий год', 'The year’s review and terms for next year', '年度回顾与来年合作条件'),
    touchpoint('dist-partner', 'advocate', 'pride', 'Рекомендует нас партнёрам, совместные проекты', 'Recommends us to partners, joint projects', '向合作伙伴推荐我们、开展联合项目'),
  ],
  service: [
    touchpoint('svc-search', 'prospect', 'trust', 'Ищет исполнителя, читает отзывы', 'Looks for a provider and reads reviews', '寻找服务商、查看评价'),
    touchpoint('svc-booking', 'visitor', 'calm', 'Записывается: по телефону или онлайн', 'Books by phone or online', '通过电话或网上预约'),
    touchpoint('svc-arrival', 'visitor', 'care', 'Приходит, его встречают, он ждёт', 'Arrives, is greeted and waits', '到店、受到接待并等候'),
    touchpoint('svc-service', 'firstPurchase', 'joy', 'Сама услуга', 'The service itself', '享受服务本身'),
    touchpoint('svc-payment', 'firstPurchase', 'gratitude', 'Оплата и прощание', 'Paying and saying goodbye', '付款与道别'),
    touchpoint('svc-follow', 'firstPurchase', 'care', 'Звонок или сообщение после визита', 'A call or message after the visit', '服务后的回访电话或消息'),
    touchpoint('svc-reminder', 'regular', 'calm', 'Напоминание о следующем визите', 'A reminder of the next visit', '下次到店提醒'),
    touchpoint('svc-regular', 'regular', 'belonging', 'Регулярные визиты: его знают мастера', 'Regular visits: the staff know them', '定期光顾：员工都认识他'),
    touchpoint('svc-advocate', 'advocate', 'pride', 'Приводит друзей, оставляет отзывы', 'Brings friends and leaves reviews', '带朋友来、留下好评'),
  ],
};
