import { defineMessages, type Translate } from '../i18n/translate';
import type { Message } from '../i18n/messages';
import { DEFAULT_RFM_SEGMENTS, type DefaultRfmSegmentId } from './rfmDefaults';
import { OTHERS } from './rfmSegments';
import type { RfmSegmentRule } from './settings';

/**
 * The default RFM segments (rfmDefaults.ts) by id: the name shown while the participant has not renamed
 * one, who is in it in a line, and what to do with them. Also the name of the customers no rule holds.
 */
const ru = {
  'segment.champions.name': 'Чемпионы',
  'segment.champions.description': 'Покупали недавно, покупают часто и тратят больше всех.',
  'segment.champions.advice': 'Берегите и благодарите: ранний доступ к новинкам, личный менеджер, просьба порекомендовать вас. Скидки им почти не нужны.',
  'segment.loyal.name': 'Лояльные',
  'segment.loyal.description': 'Покупают регулярно и на хорошие суммы, последняя покупка не так давно.',
  'segment.loyal.advice': 'Предлагайте больше: смежные товары, объём, программа с уровнями. Спросите, чего им не хватает, чтобы покупать у вас всё.',
  'segment.newCustomers.name': 'Новые',
  'segment.newCustomers.description': 'Купили совсем недавно, но пока один раз и немного.',
  'segment.newCustomers.advice': 'Доведите до второй покупки: знакомство с ассортиментом, звонок или письмо после первой поставки, повод вернуться в ближайшие недели.',
  'segment.promising.name': 'Многообещающие',
  'segment.promising.description': 'Покупали недавно, но редко и на небольшие суммы.',
  'segment.promising.advice': 'Покажите, что ещё у вас есть: пробные наборы, подборки к тому, что они уже берут. Узнайте, у кого они покупают остальное.',
  'segment.potentialLoyalist.name': 'Будущие лояльные',
  'segment.potentialLoyalist.description': 'Недавние покупатели, которые купили больше одного раза или на заметную сумму.',
  'segment.potentialLoyalist.advice': 'Закрепите привычку: регулярный заказ, подписка, бонус за каждую следующую покупку.',
  'segment.needAttention.name': 'Требуют внимания',
  'segment.needAttention.description': 'Средние по всем трём меркам и начинают остывать.',
  'segment.needAttention.advice': 'Напомните о себе, пока не поздно: персональное предложение на срок, звонок менеджера с вопросом, всё ли устраивает.',
  'segment.aboutToSleep.name': 'Засыпающие',
  'segment.aboutToSleep.description': 'Давно не покупали, и покупали редко и немного.',
  'segment.aboutToSleep.advice': 'Недорогое напоминание: рассылка с популярным и новым. Большие скидки здесь себя не окупают.',
  'segment.cantLose.name': 'Нельзя потерять',
  'segment.cantLose.description': 'Покупали часто и много, но очень давно не появлялись.',
  'segment.cantLose.advice': 'Звоните первыми и лично: узнайте, что случилось, и предложите вернуться на особых условиях. Это самые дорогие уходящие клиенты.',
  'segment.atRisk.name': 'Под угрозой',
  'segment.atRisk.description': 'Покупали часто и на хорошие суммы, но давно не возвращались.',
  'segment.atRisk.advice': 'Возвращайте адресно: личное письмо или звонок, напоминание о том, что они брали, ограниченное по сроку предложение.',
  'segment.lost.name': 'Потерянные',
  'segment.lost.description': 'Худшие оценки по всем трём меркам: купили когда-то раз и немного.',
  'segment.lost.advice': 'Не тратьте на них много: одна попытка вернуть в общей рассылке, дальше — только если откликнутся.',
  'segment.hibernating.name': 'Спящие',
  'segment.hibernating.description': 'Давно не покупали, покупали редко и на небольшие суммы.',
  'segment.hibernating.advice': 'Редкие недорогие касания: сезонное предложение или новинка. Проверьте, не ушли ли они к конкуренту по понятной причине.',
  'segment.others.name': 'Прочие',
  'segment.others.description': 'Клиенты, которых не описало ни одно правило.',
  'segment.unnamed': 'Сегмент {n}',
};

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'segment.champions.name': 'Champions',
  'segment.champions.description': 'Bought recently, buy often and spend the most.',
  'segment.champions.advice': 'Look after them and thank them: early access to new products, a named account manager, a request for a referral. They hardly need discounts.',
  'segment.loyal.name': 'Loyal customers',
  'segment.loyal.description': 'Buy regularly and spend well; their last purchase was not long ago.',
  'segment.loyal.advice': 'Offer them more: related products, larger volumes, a tiered programme. Ask what stops them buying everything from you.',
  'segment.newCustomers.name': 'New customers',
  'segment.newCustomers.description': 'Bought very recently, but only once and not much.',
  'segment.newCustomers.advice': 'Get the second purchase: show them the range, call or write after the first delivery, give them a reason to come back within weeks.',
  'segment.promising.name': 'Promising',
  'segment.promising.description': 'Bought recently, but rarely and for small amounts.',
  'segment.promising.advice': 'Show what else you have: trial packs, selections that go with what they already buy. Find out who they buy the rest from.',
  'segment.potentialLoyalist.name': 'Potential loyalists',
  'segment.potentialLoyalist.description': 'Recent customers who bought more than once or spent a fair amount.',
  'segment.potentialLoyalist.advice': 'Turn it into a habit: a standing order, a subscription, a reward for each next purchase.',
  'segment.needAttention.name': 'Need attention',
  'segment.needAttention.description': 'Middling on all three measures and starting to cool off.',
  'segment.needAttention.advice': 'Get in touch before it is too late: a personal offer with a deadline, a call from the account manager asking whether all is well.',
  'segment.aboutToSleep.name': 'About to sleep',
  'segment.aboutToSleep.description': 'Have not bought for a while, and bought rarely and little.',
  'segment.aboutToSleep.advice': 'A cheap reminder: a mailing with what is popular and new. Big discounts do not pay back here.',
  'segment.cantLose.name': 'Can’t lose them',
  'segment.cantLose.description': 'Bought often and a lot, but have not been seen for a long time.',
  'segment.cantLose.advice': 'Call them first, in person: find out what happened and offer special terms to come back. These are the most valuable customers you are losing.',
  'segment.atRisk.name': 'At risk',
  'segment.atRisk.description': 'Bought often and spent well, but have not come back for a long time.',
  'segment.atRisk.advice': 'Win them back one by one: a personal email or call, a reminder of what they used to buy, an offer with a deadline.',
  'segment.lost.name': 'Lost',
  'segment.lost.description': 'The lowest scores on all three: bought once, long ago, and little.',
  'segment.lost.advice': 'Do not spend much on them: one try in a general mailing, and more only if they answer.',
  'segment.hibernating.name': 'Hibernating',
  'segment.hibernating.description': 'Have not bought for a long time; bought rarely and for small amounts.',
  'segment.hibernating.advice': 'Rare, cheap contacts: a seasonal offer or a new product. Check whether they left for a competitor for a reason you can fix.',
  'segment.others.name': 'Others',
  'segment.others.description': 'Customers no rule describes.',
  'segment.unnamed': 'Segment {n}',
};

const zh: Record<Key, Message> = {
  'segment.champions.name': '冠军客户',
  'segment.champions.description': '最近买过、买得勤、花得最多。',
  'segment.champions.advice': '好好维护并表达感谢：新品抢先体验、专属客户经理、请他们推荐您。他们几乎不需要折扣。',
  'segment.loyal.name': '忠诚客户',
  'segment.loyal.description': '定期购买、金额可观，上次购买不久之前。',
  'segment.loyal.advice': '向他们提供更多：相关商品、更大采购量、分级会员计划。问问是什么让他们没有把全部采购都交给您。',
  'segment.newCustomers.name': '新客户',
  'segment.newCustomers.description': '刚刚买过，但只买了一次，金额不大。',
  'segment.newCustomers.advice': '促成第二次购买：介绍产品线，首次交货后打电话或写信，给他们几周内再来的理由。',
  'segment.promising.name': '有潜力的新客',
  'segment.promising.description': '最近买过，但次数少、金额小。',
  'segment.promising.advice': '让他们看到您还有什么：试用装、与已购商品搭配的组合。了解其余的东西他们从谁那里买。',
  'segment.potentialLoyalist.name': '潜在忠诚客户',
  'segment.potentialLoyalist.description': '近期客户，买过不止一次或花费不少。',
  'segment.potentialLoyalist.advice': '把购买变成习惯：固定订单、订阅、每次复购都有奖励。',
  'segment.needAttention.name': '需要关注',
  'segment.needAttention.description': '三项指标都处于中等，开始降温。',
  'segment.needAttention.advice': '趁早联系：限时的个性化优惠，客户经理打电话问问是否一切满意。',
  'segment.aboutToSleep.name': '即将沉睡',
  'segment.aboutToSleep.description': '有一段时间没买了，而且买得少、花得少。',
  'segment.aboutToSleep.advice': '低成本提醒：推送热门和新品。大额折扣在这里收不回成本。',
  'segment.cantLose.name': '不能失去',
  'segment.cantLose.description': '曾经买得勤、买得多，但已经很久没有出现。',
  'segment.cantLose.advice': '第一时间亲自打电话：弄清发生了什么，并给出特别条件请他们回来。这是您正在失去的最有价值的客户。',
  'segment.atRisk.name': '有流失风险',
  'segment.atRisk.description': '曾经买得勤、花得多，但很久没有回来。',
  'segment.atRisk.advice': '逐一挽回：个人邮件或电话，提醒他们以前买过什么，附上限时优惠。',
  'segment.lost.name': '已流失',
  'segment.lost.description': '三项得分都最低：很久以前买过一次，金额很小。',
  'segment.lost.advice': '不要在他们身上花太多：在群发中尝试一次，有回应再继续。',
  'segment.hibernating.name': '沉睡客户',
  'segment.hibernating.description': '很久没买了，买得少、花得少。',
  'segment.hibernating.advice': '偶尔低成本地联系：季节性优惠或新品。检查他们是否因为可以解决的原因转向了竞争对手。',
  'segment.others.name': '其他',
  'segment.others.description': '没有任何规则描述的客户。',
  'segment.unnamed': '细分 {n}',
};

export const rfmSegmentMessages = defineMessages({ ru, en, zh });
export type RfmSegmentMessageKey = Key;

/** A segment's name: the participant's, else the default's in the language (by id), else "Segment n"; "others" for OTHERS. */
export function segmentName(t: Translate<Key>, rules: readonly RfmSegmentRule[], segment: number): string {
  if (segment === OTHERS) return t('segment.others.name');
  const rule = rules[segment];
  const own = rule?.name?.trim();
  if (own) return own;
  if (rule && rule.name === null && isDefaultSegmentId(rule.id)) return t(`segment.${rule.id}.name`);
  return t('segment.unnamed', { n: segment + 1 });
}

/** The ids that have a default name, description and advice. */
export function isDefaultSegmentId(id: string): id is DefaultRfmSegmentId {
  return DEFAULT_RFM_SEGMENTS.some((segment) => segment.id === id);
}
