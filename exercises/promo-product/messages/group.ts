import type { Message } from '../../../src/i18n/messages';
import { defineMessages } from '../../../src/i18n/translate';

/** The trainer's group view: the words the steps do not already have for what teams are compared by. */
const ru = {
  'group.data': 'Данные и решения',
  'group.indicators': 'Индикаторов цены отмечено',
  'group.bundles': 'Комплектов предложено',
  'group.switches': 'Переключений предложено',
  'group.ranking': 'Лучшие кандидаты в промо',
  'group.place': '{place}-е место',
} satisfies Record<string, Message>;

export type GroupMessageKey = keyof typeof ru;

const en: Record<GroupMessageKey, Message> = {
  'group.data': 'Data and decisions',
  'group.indicators': 'Price indicators marked',
  'group.bundles': 'Bundles proposed',
  'group.switches': 'Switches proposed',
  'group.ranking': 'Best promo candidates',
  'group.place': 'Place {place}',
};

const zh: Record<GroupMessageKey, Message> = {
  'group.data': '数据与决策',
  'group.indicators': '标记的价格标杆商品',
  'group.bundles': '提出的组合',
  'group.switches': '提出的替换',
  'group.ranking': '最佳促销候选',
  'group.place': '第 {place} 名',
};

export const groupMessages = defineMessages({ ru, en, zh });
