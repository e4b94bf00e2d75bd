import type { Message } from '../../../src/i18n/messages';
import type { DickBasuCell } from '../state';

/**
 * The four quadrants of Dick & Basu (1994): name, where they sit, what a customer there is like, and what we
 * suggest doing with them (the participant writes their own action beside it).
 */
const ru = {
  'matrix.cell.trueLoyalty.name': 'Истинная лояльность',
  'matrix.cell.latentLoyalty.name': 'Скрытая лояльность',
  'matrix.cell.spuriousLoyalty.name': 'Ложная лояльность',
  'matrix.cell.noLoyalty.name': 'Нет лояльности',
  'matrix.cell.trueLoyalty.profile': 'отношение высокое, покупки частые',
  'matrix.cell.latentLoyalty.profile': 'отношение высокое, покупки редкие',
  'matrix.cell.spuriousLoyalty.profile': 'отношение низкое, покупки частые',
  'matrix.cell.noLoyalty.profile': 'отношение низкое, покупки редкие',
  'matrix.cell.trueLoyalty.meaning': 'Эти клиенты и любят вас, и покупают регулярно: на них держится выручка, и они охотнее всех рекомендуют вас знакомым.',
  'matrix.cell.latentLoyalty.meaning': 'Эти клиенты относятся к вам хорошо, но покупают редко: им что-то мешает — цена, удобство, ассортимент, привычка покупать у другого.',
  'matrix.cell.spuriousLoyalty.meaning': 'Эти клиенты покупают часто, но без привязанности: по привычке, из-за цены или близости. Уйдут, как только конкурент предложит удобнее или дешевле.',
  'matrix.cell.noLoyalty.meaning': 'Эти клиенты и покупают редко, и не выделяют вас среди других: случайные покупатели.',
  'matrix.cell.trueLoyalty.suggestion': 'Берегите и благодарите: признание, ранний доступ к новинкам, личный контакт; просите рекомендаций и отзывов. Скидки им не нужны.',
  'matrix.cell.latentLoyalty.suggestion': 'Найдите и уберите барьер: спросите, что мешает покупать чаще; удобная доставка, напоминания о покупке, ассортимент под их потребность.',
  'matrix.cell.spuriousLoyalty.suggestion': 'Создавайте привязанность, а не только скидки: сервис, который замечают, знакомые продавцы, клубные привилегии; выясните, чем недовольны.',
  'matrix.cell.noLoyalty.suggestion': 'Не тратьте на них много: недорогие массовые предложения; выясните, совпадают ли они с вашей целевой аудиторией вообще.',
} satisfies Record<`matrix.cell.${DickBasuCell}.${'name' | 'profile' | 'meaning' | 'suggestion'}`, Message>;

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'matrix.cell.trueLoyalty.name': 'True loyalty',
  'matrix.cell.latentLoyalty.name': 'Latent loyalty',
  'matrix.cell.spuriousLoyalty.name': 'Spurious loyalty',
  'matrix.cell.noLoyalty.name': 'No loyalty',
  'matrix.cell.trueLoyalty.profile': 'high attitude, frequent purchases',
  'matrix.cell.latentLoyalty.profile': 'high attitude, rare purchases',
  'matrix.cell.spuriousLoyalty.profile': 'low attitude, frequent purchases',
  'matrix.cell.noLoyalty.profile': 'low attitude, rare purchases',
  'matrix.cell.trueLoyalty.meaning': 'They like you and buy regularly: your revenue rests on them, and they are the most willing to recommend you.',
  'matrix.cell.latentLoyalty.meaning': 'They think well of you but rarely buy: something stands in the way — price, convenience, range, or a habit of buying elsewhere.',
  'matrix.cell.spuriousLoyalty.meaning': 'They buy often but without attachment: out of habit, for the price or because you are close. They leave as soon as a competitor is easier or cheaper.',
  'matrix.cell.noLoyalty.meaning': 'They buy rarely and see nothing special in you: occasional buyers.',
  'matrix.cell.trueLoyalty.suggestion': 'Keep and thank them: recognition, early access to new products, a personal contact; ask for referrals and reviews. They do not need discounts.',
  'matrix.cell.latentLoyalty.suggestion': 'Find and remove the barrier: ask what keeps them from buying more often; convenient delivery, reminders, a range that fits their need.',
  'matrix.cell.spuriousLoyalty.suggestion': 'Build attachment, not just discounts: service people notice, familiar staff, club privileges; find out what they are unhappy with.',
  'matrix.cell.noLoyalty.suggestion': 'Do not spend much on them: low-cost mass offers; check whether they belong to your target customers at all.',
};

const zh: Record<Key, Message> = {
  'matrix.cell.trueLoyalty.name': '真正忠诚',
  'matrix.cell.latentLoyalty.name': '潜在忠诚',
  'matrix.cell.spuriousLoyalty.name': '虚假忠诚',
  'matrix.cell.noLoyalty.name': '不忠诚',
  'matrix.cell.trueLoyalty.profile': '态度积极，购买频繁',
  'matrix.cell.latentLoyalty.profile': '态度积极，购买很少',
  'matrix.cell.spuriousLoyalty.profile': '态度一般，购买频繁',
  'matrix.cell.noLoyalty.profile': '态度一般，购买很少',
  'matrix.cell.trueLoyalty.meaning': '他们既喜欢您，又经常购买：收入靠他们支撑，他们也最愿意向别人推荐您。',
  'matrix.cell.latentLoyalty.meaning': '他们对您印象很好，却很少购买：有什么在阻碍他们——价格、便利性、品类，或者习惯在别处买。',
  'matrix.cell.spuriousLoyalty.meaning': '他们买得多，却没有感情：出于习惯、价格或离得近。一旦竞争对手更方便或更便宜，他们就会离开。',
  'matrix.cell.noLoyalty.meaning': '他们很少购买，也不觉得您有什么特别：只是偶尔光顾的顾客。',
  'matrix.cell.trueLoyalty.suggestion': '珍惜并感谢他们：给予认可、新品优先体验、专人联系；请他们推荐和评价。他们不需要折扣。',
  'matrix.cell.latentLoyalty.suggestion': '找到并消除障碍：问问是什么让他们不常购买；提供便捷配送、购买提醒、符合其需求的商品。',
  'matrix.cell.spuriousLoyalty.suggestion': '建立情感联系，而不只是打折：让人记得住的服务、熟悉的店员、会员特权；了解他们哪里不满意。',
  'matrix.cell.noLoyalty.suggestion': '不要在他们身上花太多：用低成本的大众优惠；先确认他们是否属于您的目标客户。',
};

export const matrixQuadrantMessages = { ru, en, zh };
