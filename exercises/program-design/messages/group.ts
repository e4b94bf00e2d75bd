import type { Message } from '../../../src/i18n/messages';
import { defineMessages } from '../../../src/i18n/translate';

/** The trainer's group view: the words the steps do not already have for what teams are compared by. */
const ru = {
  'group.mechanicsCount': 'Механик в программе',
  'group.mistakesAnswered': 'Типичных ошибок учтено',
  'group.mistakesFlagged': 'Рисков осталось',
  'group.figures': 'Цифры программы для ROI',
} satisfies Record<string, Message>;

export type GroupMessageKey = keyof typeof ru;

const en: Record<GroupMessageKey, Message> = {
  'group.mechanicsCount': 'Mechanics in the program',
  'group.mistakesAnswered': 'Classic mistakes answered',
  'group.mistakesFlagged': 'Risks remaining',
  'group.figures': 'The program’s figures for ROI',
};

const zh: Record<GroupMessageKey, Message> = {
  'group.mechanicsCount': '计划中的机制数',
  'group.mistakesAnswered': '已解决的典型错误',
  'group.mistakesFlagged': '仍存在的风险',
  'group.figures': '用于 ROI 的计划数据',
};

export const groupMessages = defineMessages({ ru, en, zh });
