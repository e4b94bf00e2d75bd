import type { Message } from '../../../src/i18n/messages';
import { defineMessages } from '../../../src/i18n/translate';

/** The trainer's group view: the words the steps do not already have for what teams are compared by. */
const ru = {
  'group.overview': 'Сегментация',
  'group.segments': 'Сегментов',
  'group.targets': 'Целевых сегментов',
  'group.customers': 'Клиентов в окне анализа',
  'group.noStrategy': 'стратегия не выбрана',
} satisfies Record<string, Message>;

export type GroupMessageKey = keyof typeof ru;

const en: Record<GroupMessageKey, Message> = {
  'group.overview': 'Segmentation',
  'group.segments': 'Segments',
  'group.targets': 'Target segments',
  'group.customers': 'Customers in the window',
  'group.noStrategy': 'no strategy chosen',
};

const zh: Record<GroupMessageKey, Message> = {
  'group.overview': '细分',
  'group.segments': '细分数',
  'group.targets': '目标细分数',
  'group.customers': '分析期内的客户数',
  'group.noStrategy': '未选择策略',
};

export const groupMessages = defineMessages({ ru, en, zh });
