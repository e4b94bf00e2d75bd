import type { BusinessType } from '../state';
import type { LibraryOccasion } from './libraryTypes';

const ALL: readonly BusinessType[] = ['shop', 'distributor', 'service'];

const occasion = (id: string, monthDay: string, businesses: readonly BusinessType[], ru: string, en: string, zh: string): LibraryOccasion => ({
  id,
  monthDay,
  businesses,
  name: { ru, en, zh },
});

/**
 * Dates that matter to customers, by business (seed 003: International Customer Day, 8 March, holidays a greeting
 * can go out on, children's events). A date that moves each year is given as its usual day and says how it moves;
 * a customer's own date is set by the participant once taken.
 */
export const OCCASION_LIBRARY: readonly LibraryOccasion[] = [
  occasion('new-year', '01-01', ALL, 'Новый год', 'New Year', '元旦'),
  occasion('defenders-day', '02-23', ['shop', 'service'], 'День защитника Отечества (23 февраля)', 'Defender of the Fatherland Day (23 February)', '祖国保卫者日（2月23日）'),
  occasion('womens-day', '03-08', ALL, 'Международный женский день (8 Марта)', 'International Women’s Day (8 March)', '国际妇女节（3月8日）'),
  occasion('spring-season', '02-15', ['distributor'], 'Предсезонные закупки: весна', 'Pre-season orders for spring', '春季备货期'),
  occasion('labour-day', '05-01', ALL, 'Праздник весны и труда (1 мая)', 'Labour Day (1 May)', '劳动节（5月1日）'),
  occasion('childrens-day', '06-01', ['shop', 'service'], 'День защиты детей (1 июня)', 'International Children’s Day (1 June)', '国际儿童节（6月1日）'),
  occasion('friendship-day', '07-30', ['shop', 'service'], 'Международный день дружбы', 'International Day of Friendship', '国际友谊日'),
  occasion('school-start', '09-01', ['shop', 'service'], 'Начало учебного года', 'Start of the school year', '开学季'),
  occasion('coffee-day', '10-01', ['shop'], 'Международный день кофе', 'International Coffee Day', '国际咖啡日'),
  occasion('teachers-day', '10-05', ['shop', 'service'], 'День учителя', 'World Teachers’ Day', '世界教师日'),
  occasion('customer-day', '10-19', ALL, 'Международный день клиента (третий вторник октября; в 2027 году — 19-е)', 'International Customer Day (third Tuesday of October; 19 October in 2027)', '国际客户日（十月第三个星期二；2027年为10月19日）'),
  occasion('singles-day', '11-11', ['shop'], 'Праздник покупок 11.11', 'The 11.11 shopping festival', '双十一购物节'),
  occasion('accountants-day', '11-21', ['distributor'], 'День бухгалтера (профессиональный праздник клиентов)', 'Accountants’ Day (the customers’ professional day)', '会计节（客户的职业节日）'),
  occasion('year-review', '12-10', ['distributor', 'service'], 'Итоги года с ключевыми клиентами', 'The year in review with key customers', '与重点客户的年度回顾'),
  occasion('client-anniversary', '04-15', ['distributor', 'service'], 'Годовщина компании клиента (поставьте её дату)', 'The customer company’s anniversary (set its date)', '客户公司的周年纪念日（请改为实际日期）'),
];
