import type { Message } from '../../../src/i18n/messages';
import { defineMessages } from '../../../src/i18n/translate';

/** The trainer's group view: what teams' plans are compared by (the plan's own words come from plan and follow-up). */
const ru = {
  'group.journey': 'Путь клиента и идеи',
  'group.touchpoints': 'Точек контакта',
  'group.ideas': 'Идей всего',
  'group.rated': 'Идей оценено',
  'group.quickWinIdeas': 'Быстрых побед среди идей',
} satisfies Record<string, Message>;

export type GroupMessageKey = keyof typeof ru;

const en: Record<GroupMessageKey, Message> = {
  'group.journey': 'Customer journey and ideas',
  'group.touchpoints': 'Touchpoints',
  'group.ideas': 'Ideas in all',
  'group.rated': 'Ideas rated',
  'group.quickWinIdeas': 'Quick wins among the ideas',
};

const zh: Record<GroupMessageKey, Message> = {
  'group.journey': '客户旅程与创意',
  'group.touchpoints': '接触点数',
  'group.ideas': '创意总数',
  'group.rated': '已评分的创意',
  'group.quickWinIdeas': '创意中的速赢项',
};

export const groupMessages = defineMessages({ ru, en, zh });
