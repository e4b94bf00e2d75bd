import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import { defaultJourney } from '../model/journey';
import type { EmotionalState } from '../state';
import { libraryIdea, libraryOccasion, plannedAction, staffNeeds } from './build';

// The distributor's people, as a company in each language would name them: the owners of the plan's actions.
const SALES: LocalizedText = { ru: 'Отдел продаж, Олег', en: 'Owen, sales', zh: '销售部（刘强）' };
const MARKETING: LocalizedText = { ru: 'Маркетинг, Светлана', en: 'Sarah, marketing', zh: '市场部（张丽）' };
const TECHNICAL: LocalizedText = { ru: 'Технический отдел, Павел', en: 'Paul, technical support', zh: '技术部（赵鹏）' };
const COMMERCIAL_DIRECTOR: LocalizedText = { ru: 'Коммерческий директор', en: 'Commercial director', zh: '商务总监' };

/**
 * The second worked example, offered on the journey step: a made-up wholesale distributor of building materials
 * selling to shops and contractors. The distributor's default journey, ten ideas, five planned across 2027. Its own
 * words are written in the page's language, as the coffee-shop demo's are.
 */
export function demoDistributorState(locale: Locale): EmotionalState {
  return {
    businessType: 'distributor',
    touchpoints: defaultJourney('distributor'),
    ideas: [
      libraryIdea('d-01', 'dist-request', 'fast-reply', 1, 4, true),
      libraryIdea('d-02', 'dist-trial', 'sample-box', 2, 3),
      libraryIdea('d-03', 'dist-first-order', 'welcome-pack', 3, 4, true),
      libraryIdea('d-04', 'dist-delivery', 'trial-support', 2, 4),
      libraryIdea('d-05', 'dist-delivery', 'handwritten-thanks', 1, 3),
      libraryIdea('d-06', 'dist-account', 'professional-day', 1, 4, true),
      libraryIdea('d-07', 'dist-account', 'client-staff-training', 3, 5, true),
      libraryIdea('d-08', 'dist-claim', 'complaint-callback', 1, 4),
      libraryIdea('d-09', 'dist-review', 'cooperation-anniversary', 2, 5, true),
      libraryIdea('d-10', 'dist-partner', 'open-office', 3, 4),
    ],
    staff: {
      'dist-meeting': staffNeeds(locale, ['expertise', 'belief', 'results'], {
        ru: 'Приходить с расчётом выгоды для бизнеса клиента, а не с прайс-листом.',
        en: 'Come with a worked-out gain for the client’s business, not with a price list.',
        zh: '带着为客户生意算好的收益去拜访，而不是带着价目表。',
      }),
      'dist-account': staffNeeds(locale, ['planning', 'follow-through', 'memory'], {
        ru: 'Звонить ключевым клиентам раз в месяц не с предложением, а с вопросом, как идут дела.',
        en: 'Call key clients once a month, not to sell them something but to ask how business is going.',
        zh: '每月给重点客户打一次电话，不是推销，而是问问生意做得怎么样。',
      }),
      'dist-claim': staffNeeds(locale, ['advocate-inside', 'calm-under-pressure'], {
        ru: 'Брать претензию на себя и сообщать клиенту о ходе решения каждый день.',
        en: 'Own the claim and tell the client every day how it is being resolved.',
        zh: '把客户的索赔当成自己的事，每天向客户通报处理进展。',
      }),
    },
    actions: {
      'd-01': plannedAction(locale, '2027-02-01', SALES, 0, {
        ru: 'Время ответа на первые запросы; доля запросов, ставших заказами',
        en: 'Time to answer first enquiries; share of enquiries that turn into orders',
        zh: '首次询价的回复时间；询价转为订单的比例',
      }),
      'd-03': plannedAction(locale, '2027-03-01', MARKETING, 90000, {
        ru: 'Второй заказ новых клиентов в течение 60 дней',
        en: 'New clients placing a second order within 60 days',
        zh: '新客户在60天内下第二笔订单',
      }),
      'd-06': plannedAction(locale, '2027-08-08', SALES, 20000, {
        ru: 'Ответы клиентов на поздравления; заказы строителей в августе',
        en: 'Clients’ replies to the greetings; builders’ orders in August',
        zh: '客户对祝贺的回应；施工方客户8月的订单',
      }),
      'd-07': plannedAction(locale, '2027-04-20', TECHNICAL, 150000, {
        ru: 'Рост закупок участников обучения за полгода против остальных',
        en: 'Purchase growth over six months at clients whose staff were trained, against the rest',
        zh: '参加培训的客户半年内采购增长与其他客户相比',
      }),
      'd-09': plannedAction(locale, '2027-06-15', COMMERCIAL_DIRECTOR, 70000, {
        ru: 'Продление договоров и объём на следующий год у этих клиентов',
        en: 'Contract renewals and next year’s volume with these clients',
        zh: '这些客户的续约情况和下一年的采购量',
      }),
    },
    occasions: [
      libraryOccasion('o-1', '2027-02-15', 'spring-season'),
      libraryOccasion('o-2', '2027-10-19', 'customer-day'),
      libraryOccasion('o-3', '2027-11-21', 'accountants-day'),
      libraryOccasion('o-4', '2027-12-10', 'year-review'),
    ],
    conclusions: { notes: '' },
  };
}
