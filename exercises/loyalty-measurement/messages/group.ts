import type { Message } from '../../../src/i18n/messages';
import { defineMessages } from '../../../src/i18n/translate';

/** The trainer's group view: section titles and the counts the steps do not name already. */
const ru = {
  'group.method': 'Методика',
  'group.planMetrics': 'Метрик в плане измерений',
  'group.survey': 'Опрос клиентов',
  'group.behaviour': 'Поведение по продажам',
} satisfies Record<string, Message>;

export type GroupMessageKey = keyof typeof ru;

const en: Record<GroupMessageKey, Message> = {
  'group.method': 'Method',
  'group.planMetrics': 'Metrics in the measurement plan',
  'group.survey': 'Customer survey',
  'group.behaviour': 'Behaviour from sales',
};

const zh: Record<GroupMessageKey, Message> = {
  'group.method': '衡量方法',
  'group.planMetrics': '衡量计划中的指标数',
  'group.survey': '客户调查',
  'group.behaviour': '销售数据中的行为',
};

export const groupMessages = defineMessages({ ru, en, zh });
