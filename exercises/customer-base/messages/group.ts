import type { Message } from '../../../src/i18n/messages';
import { defineMessages } from '../../../src/i18n/translate';

/** The trainer's group view: what teams' customer bases are compared by. */
const ru = {
  'group.base': 'Клиентская база',
  'group.customers': 'Клиентов в окне анализа',
  'group.revenue': 'Выручка за окно',
  'group.aCustomers': 'Клиентов класса A',
  'group.aCustomerShare': 'Доля клиентов класса A',
  'group.aValueShare': 'Доля ценности от класса A',
  'group.rfm': 'RFM-сегменты: клиентов',
  'group.risk': 'Клиенты под риском',
  'group.atRisk': 'Клиентов под риском',
  'group.atStake': 'Выручка под угрозой (в год)',
  'group.atStakeShare': 'Доля годовой выручки под угрозой',
} satisfies Record<string, Message>;

export type GroupMessageKey = keyof typeof ru;

const en: Record<GroupMessageKey, Message> = {
  'group.base': 'Customer base',
  'group.customers': 'Customers in the window',
  'group.revenue': 'Revenue in the window',
  'group.aCustomers': 'Class A customers',
  'group.aCustomerShare': 'Share of customers in class A',
  'group.aValueShare': 'Share of value from class A',
  'group.rfm': 'RFM segments: customers',
  'group.risk': 'Customers at risk',
  'group.atRisk': 'Customers at risk',
  'group.atStake': 'Revenue at stake (a year)',
  'group.atStakeShare': 'Share of yearly revenue at stake',
};

const zh: Record<GroupMessageKey, Message> = {
  'group.base': '客户群',
  'group.customers': '分析期内的客户数',
  'group.revenue': '分析期内的收入',
  'group.aCustomers': 'A 类客户数',
  'group.aCustomerShare': 'A 类客户占比',
  'group.aValueShare': 'A 类贡献的价值占比',
  'group.rfm': 'RFM 细分：客户数',
  'group.risk': '有流失风险的客户',
  'group.atRisk': '有流失风险的客户数',
  'group.atStake': '面临风险的收入（每年）',
  'group.atStakeShare': '面临风险的年收入占比',
};

export const groupMessages = defineMessages({ ru, en, zh });
