import type { LocalizedText } from '../i18n/locale';

/**
 * The kinds of loyalty program the seminar compares (METHODS.md, "Rational incentives"). Shared by the incentives
 * exercise, which scores them, and the program design, which builds on the chosen ones: both name them alike.
 */
export const PROGRAM_TYPES = ['discount', 'points', 'tiers', 'paidMembership', 'cashback', 'coalition', 'gifts', 'partnerPrivileges', 'gamification'] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

export const PROGRAM_TYPE_NAMES: Record<ProgramType, LocalizedText> = {
  discount: { ru: 'Скидка', en: 'Discount', zh: '折扣' },
  points: { ru: 'Баллы и бонусы', en: 'Points and bonuses', zh: '积分与奖励' },
  tiers: { ru: 'Статусы (уровни)', en: 'Tiered status', zh: '会员等级' },
  paidMembership: { ru: 'Платное членство', en: 'Paid membership', zh: '付费会员' },
  cashback: { ru: 'Кешбэк', en: 'Cashback', zh: '返现' },
  coalition: { ru: 'Коалиционная программа', en: 'Coalition program', zh: '联盟计划' },
  gifts: { ru: 'Подарки', en: 'Gifts', zh: '赠品' },
  partnerPrivileges: { ru: 'Привилегии у партнёров', en: 'Partner privileges', zh: '合作伙伴特权' },
  gamification: { ru: 'Игровые механики', en: 'Gamification', zh: '游戏化' },
};

/** Where the participant sells: to businesses, to consumers, or both. */
export const MARKETS = ['b2b', 'b2c'] as const;
export type Market = (typeof MARKETS)[number];

/** The product's life-cycle stage, which changes what a program should do. */
export const LIFE_CYCLE_STAGES = ['introduction', 'growth', 'maturity', 'decline'] as const;
export type LifeCycleStage = (typeof LIFE_CYCLE_STAGES)[number];

export const MARKET_NAMES: Record<Market, LocalizedText> = {
  b2b: { ru: 'B2B: продажи компаниям', en: 'B2B: selling to businesses', zh: 'B2B：面向企业' },
  b2c: { ru: 'B2C: продажи людям', en: 'B2C: selling to consumers', zh: 'B2C：面向个人消费者' },
};

export const LIFE_CYCLE_STAGE_NAMES: Record<LifeCycleStage, LocalizedText> = {
  introduction: { ru: 'Выведение на рынок', en: 'Introduction', zh: '导入期' },
  growth: { ru: 'Рост', en: 'Growth', zh: '成长期' },
  maturity: { ru: 'Зрелость', en: 'Maturity', zh: '成熟期' },
  decline: { ru: 'Спад', en: 'Decline', zh: '衰退期' },
};
