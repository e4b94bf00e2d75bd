import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import { defaultJourney } from '../model/journey';
import type { EmotionalState } from '../state';
import { libraryIdea, libraryOccasion, plannedAction, staffNeeds } from './build';

// The coffee shops' people, as a company in each language would name them: the owners of the plan's actions.
const ROASTER: LocalizedText = { ru: 'Игорь, обжарщик', en: 'Ian, our roaster', zh: '王磊（烘焙师）' };
const MANAGER: LocalizedText = { ru: 'Марина, управляющая', en: 'Megan, the manager', zh: '李娜（店长）' };
const HEAD_BARISTA: LocalizedText = { ru: 'Анна, старший бариста', en: 'Anna, head barista', zh: '陈静（首席咖啡师）' };
const SHIFT_LEADS: LocalizedText = { ru: 'Старшие смен', en: 'Shift leads', zh: '各班领班' };

/**
 * The worked demo: a made-up chain of three coffee shops that roasts its own beans. Its journey is the shop's
 * default; fifteen ideas over it, rated, eight of them chosen and planned across 2027 with owners, budgets in
 * roubles and how the effect will be seen. Deterministic: fixed ids and dates. Its own words (owners, evidence,
 * behaviours) are written in the page's language; the figures are the same in every language.
 */
export function demoEmotionalState(locale: Locale): EmotionalState {
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
      'shop-enter': staffNeeds(locale, ['attentive', 'sincere'], {
        ru: 'Здороваться в первые пять секунд, глазами и словами; предложить попробовать, а не продать.',
        en: 'Greet every guest within five seconds, with a look and a word; offer a taste, not a sale.',
        zh: '客人进门五秒内用眼神和话语打招呼；先请客人尝一尝，而不是急着推销。',
      }),
      'shop-advice': staffNeeds(locale, ['expertise', 'attentive', 'growth'], {
        ru: 'Рассказать о зерне и способе заваривания за минуту, без терминов; дать понюхать и попробовать.',
        en: 'Explain the beans and the brewing method in a minute, without jargon; let the guest smell and taste.',
        zh: '用一分钟讲清咖啡豆和冲煮方式，不说行话；让客人闻一闻、尝一尝。',
      }),
      'shop-return': staffNeeds(locale, ['memory', 'sincere'], {
        ru: 'Знать по имени десять самых частых гостей своей смены и их обычный заказ.',
        en: 'Know the ten most frequent guests on your shift by name, and what they usually order.',
        zh: '叫得出本班最常来的十位客人的名字，记得他们平时点什么。',
      }),
      'shop-complaint': staffNeeds(locale, ['calm-under-pressure', 'advocate-inside'], {
        ru: 'Переделать напиток сразу, без споров; записать случай и сказать управляющему в тот же день.',
        en: 'Remake the drink at once, no arguing; write down what happened and tell the manager the same day.',
        zh: '立即重做饮品，不争辩；把情况记下来，当天告诉店长。',
      }),
      'shop-club': { qualities: ['memory', 'planning'], behaviours: '' },
    },
    actions: {
      'i-01': plannedAction(locale, '2027-04-17', ROASTER, 30000, {
        ru: 'Записи на экскурсии; сколько участников купили зерно в течение месяца',
        en: 'Sign-ups for the tours; how many of those who came bought beans within a month',
        zh: '参观报名人数；参观者中一个月内买了咖啡豆的人数',
      }),
      'i-02': plannedAction(locale, '2027-02-01', MANAGER, 12000, {
        ru: 'Доля гостей, вернувшихся в течение двух недель после первого визита',
        en: 'Share of first-time guests who come back within two weeks',
        zh: '首次到店的客人中两周内再次光顾的比例',
      }),
      'i-04': plannedAction(locale, '2027-03-13', ROASTER, 25000, {
        ru: 'Продажи зерна в дни дегустаций против обычных суббот',
        en: 'Bean sales on tasting days compared with ordinary Saturdays',
        zh: '品鉴日的咖啡豆销量与普通周六相比',
      }),
      'i-05': plannedAction(locale, '2027-05-22', HEAD_BARISTA, 40000, {
        ru: 'Число участников и их покупки за три месяца; отзывы после занятия',
        en: 'How many take part and what they buy over the next three months; feedback after the class',
        zh: '参加人数及其此后三个月的消费；课后反馈',
      }),
      'i-09': plannedAction(locale, '2027-01-25', MANAGER, 5000, {
        ru: 'Опрос гостей: «Вас здесь знают?»; частота визитов участников клуба',
        en: 'Guest survey: “Do the staff here know you?”; how often club members visit',
        zh: '客人调查：“这里的店员认识您吗？”；会员到店的频率',
      }),
      'i-10': plannedAction(locale, '2027-10-19', MANAGER, 80000, {
        ru: 'Гостей за день против обычного вторника; отметки в соцсетях',
        en: 'Guests on the day compared with an ordinary Tuesday; mentions on social media',
        zh: '当天客流与普通周二相比；社交媒体上的提及',
      }),
      'i-11': plannedAction(locale, '2027-02-15', SHIFT_LEADS, 15000, {
        ru: 'Сколько гостей с жалобой вернулись в течение месяца',
        en: 'How many guests who complained came back within a month',
        zh: '投诉过的客人中一个月内再来的人数',
      }),
      'i-12': plannedAction(locale, '2027-03-01', HEAD_BARISTA, 60000, {
        ru: 'Доля именинников, пришедших за подарком; их покупки в этот день',
        en: 'Share of birthday guests who come in for their gift; what they buy that day',
        zh: '过生日的会员中前来领取礼物的比例；他们当天的消费',
      }),
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

export { blankEmotionalState } from './blank';
