import { defaultJourney } from '../model/journey';
import type { EmotionalState } from '../state';
import { libraryIdea, libraryOccasion, plannedAction } from './build';

/** "Start from scratch": a shop with no journey yet. */
export function blankEmotionalState(): EmotionalState {
  return { businessType: 'shop', touchpoints: [], ideas: [], staff: {}, actions: {}, occasions: [], conclusions: { notes: '' } };
}

/**
 * The worked demo: a made-up chain of three coffee shops that roasts its own beans. Its journey is the shop's
 * default; fifteen ideas over it, rated, eight of them chosen and planned across 2027 with owners, budgets in
 * roubles and how the effect will be seen. Deterministic: fixed ids and dates.
 */
export function demoEmotionalState(): EmotionalState {
  return {
    businessType: 'shop',
    touchpoints: defaultJourney('shop'),
    ideas: [
      libraryIdea('i-01', 'shop-storefront', 'behind-scenes', 2, 4, true),
      libraryIdea('i-02', 'shop-enter', 'first-visit-treat', 1, 3, true),
      libraryIdea('i-03', 'shop-enter', 'kids-corner', 2, 2),
      libraryIdea('i-04', 'shop-advice', 'tasting', 2, 4, true),
      libraryIdea('i-05', 'shop-advice', 'master-class', 3, 4, true),
      libraryIdea('i-06', 'shop-checkout', 'handwritten-thanks', 1, 3),
      libraryIdea('i-07', 'shop-checkout', 'hidden-gift', 2, 3),
      libraryIdea('i-08', 'shop-after', 'care-reminder', 1, 3),
      libraryIdea('i-09', 'shop-return', 'remember-name', 1, 5, true),
      libraryIdea('i-10', 'shop-return', 'customer-day', 3, 4, true),
      libraryIdea('i-11', 'shop-complaint', 'complaint-gift', 2, 5, true),
      libraryIdea('i-12', 'shop-club', 'birthday', 2, 4, true),
      libraryIdea('i-13', 'shop-club', 'cake-surprise', 2, 3),
      libraryIdea('i-14', 'shop-recommend', 'referral-thanks', 2, 4),
      libraryIdea('i-15', 'shop-recommend', 'advisory-club', 3, 3),
    ],
    staff: {
      'shop-enter': { qualities: ['attentive', 'sincere'], behaviours: 'Здороваться в первые пять секунд, глазами и словами; предложить попробовать, а не продать.' },
      'shop-advice': { qualities: ['expertise', 'attentive', 'growth'], behaviours: 'Рассказать о зерне и способе заваривания за минуту, без терминов; дать понюхать и попробовать.' },
      'shop-return': { qualities: ['memory', 'sincere'], behaviours: 'Знать по имени десять самых частых гостей своей смены и их обычный заказ.' },
      'shop-complaint': { qualities: ['calm-under-pressure', 'advocate-inside'], behaviours: 'Переделать напиток сразу, без споров; записать случай и сказать управляющему в тот же день.' },
      'shop-club': { qualities: ['memory', 'planning'], behaviours: '' },
    },
    actions: {
      'i-01': plannedAction('2027-04-17', 'Игорь, обжарщик', 30000, 'Записи на экскурсии; сколько участников купили зерно в течение месяца'),
      'i-02': plannedAction('2027-02-01', 'Марина, управляющая', 12000, 'Доля гостей, вернувшихся в течение двух недель после первого визита'),
      'i-04': plannedAction('2027-03-13', 'Игорь, обжарщик', 25000, 'Продажи зерна в дни дегустаций против обычных суббот'),
      'i-05': plannedAction('2027-05-22', 'Анна, старший бариста', 40000, 'Число участников и их покупки за три месяца; отзывы после занятия'),
      'i-09': plannedAction('2027-01-25', 'Марина, управляющая', 5000, 'Опрос гостей: «Вас здесь знают?»; частота визитов участников клуба'),
      'i-10': plannedAction('2027-10-19', 'Марина, управляющая', 80000, 'Гостей за день против обычного вторника; отметки в соцсетях'),
      'i-11': plannedAction('2027-02-15', 'Старшие смен', 15000, 'Сколько гостей с жалобой вернулись в течение месяца'),
      'i-12': plannedAction('2027-03-01', 'Анна, старший бариста', 60000, 'Доля именинников, пришедших за подарком; их покупки в этот день'),
    },
    occasions: [
      libraryOccasion('o-1', '2027-03-08', 'womens-day'),
      libraryOccasion('o-2', '2027-09-01', 'school-start'),
      libraryOccasion('o-3', '2027-10-01', 'coffee-day'),
      libraryOccasion('o-4', '2027-10-19', 'customer-day'),
      libraryOccasion('o-5', '2027-12-31', 'new-year'),
    ],
    conclusions: { notes: '' },
  };
}
