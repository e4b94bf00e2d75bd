import { defaultJourney } from '../model/journey';
import type { EmotionalState } from '../state';
import { libraryIdea, libraryOccasion, plannedAction } from './build';

/**
 * The second worked example, offered on the journey step: a made-up wholesale distributor of building materials
 * selling to shops and contractors. The distributor's default journey, ten ideas, five planned across 2027.
 */
export function demoDistributorState(): EmotionalState {
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
      'dist-meeting': { qualities: ['expertise', 'belief', 'results'], behaviours: 'Приходить с расчётом выгоды для бизнеса клиента, а не с прайс-листом.' },
      'dist-account': { qualities: ['planning', 'follow-through', 'memory'], behaviours: 'Звонить ключевым клиентам раз в месяц не с предложением, а с вопросом, как идут дела.' },
      'dist-claim': { qualities: ['advocate-inside', 'calm-under-pressure'], behaviours: 'Брать претензию на себя и сообщать клиенту о ходе решения каждый день.' },
    },
    actions: {
      'd-01': plannedAction('2027-02-01', 'Отдел продаж, Олег', 0, 'Время ответа на первые запросы; доля запросов, ставших заказами'),
      'd-03': plannedAction('2027-03-01', 'Маркетинг, Светлана', 90000, 'Второй заказ новых клиентов в течение 60 дней'),
      'd-06': plannedAction('2027-08-08', 'Отдел продаж, Олег', 20000, 'Ответы клиентов на поздравления; заказы строителей в августе'),
      'd-07': plannedAction('2027-04-20', 'Технический отдел, Павел', 150000, 'Рост закупок участников обучения за полгода против остальных'),
      'd-09': plannedAction('2027-06-15', 'Коммерческий директор', 70000, 'Продление договоров и объём на следующий год у этих клиентов'),
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
