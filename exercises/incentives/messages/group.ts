import type { Message } from '../../../src/i18n/messages';
import { defineMessages } from '../../../src/i18n/translate';

/** The trainer's group view: the words the steps do not already have for what teams are compared by. */
const ru = {
  'group.place': '{place}-е место',
  'group.leversRated': 'Оценено рычагов',
  'group.leversStrong': 'Сильных рычагов (4–5)',
  'group.mechanics': 'Механик выбрано',
  'group.mechanicsRewardAboveMargin': 'Механик с вознаграждением выше маржи',
  'group.discounts': 'Скидок проверено',
  'group.discountsSuicidal': 'Самоубийственных скидок',
  'group.mechanicsAndDiscounts': 'Механики и скидки',
} satisfies Record<string, Message>;

export type GroupMessageKey = keyof typeof ru;

const en: Record<GroupMessageKey, Message> = {
  'group.place': 'Place {place}',
  'group.leversRated': 'Levers rated',
  'group.leversStrong': 'Strong levers (4–5)',
  'group.mechanics': 'Mechanics chosen',
  'group.mechanicsRewardAboveMargin': 'Mechanics rewarding above the margin',
  'group.discounts': 'Discounts checked',
  'group.discountsSuicidal': 'Suicidal discounts',
  'group.mechanicsAndDiscounts': 'Mechanics and discounts',
};

const zh: Record<GroupMessageKey, Message> = {
  'group.place': '第 {place} 名',
  'group.leversRated': '已评分的杠杆',
  'group.leversStrong': '强杠杆（4–5分）',
  'group.mechanics': '已选机制',
  'group.mechanicsRewardAboveMargin': '奖励高于毛利率的机制',
  'group.discounts': '已检验的折扣',
  'group.discountsSuicidal': '“自杀式”折扣',
  'group.mechanicsAndDiscounts': '机制与折扣',
};

export const groupMessages = defineMessages({ ru, en, zh });
