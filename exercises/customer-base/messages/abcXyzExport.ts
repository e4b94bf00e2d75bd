import { defineMessages } from '../../../src/i18n/translate';
import type { Message } from '../../../src/i18n/messages';

/** The ABC/XYZ sheets of the Excel export: their names and the words the screen does not already have. */
const ru = {
  'abcXyzExport.sheet': 'ABC-XYZ',
  'abcXyzExport.customersSheet': 'ABC-XYZ по клиентам',
  'abcXyzExport.source': 'Продажи',
  'abcXyzExport.source.none': 'нет: продажи не загружены и учебные данные не открыты',
  'abcXyzExport.source.demo': 'учебные данные',
  'abcXyzExport.source.imported': 'ваши продажи',
  'abcXyzExport.source.unreadable': 'сохранённые продажи не удалось прочитать',
  'abcXyzExport.source.noSales': 'до даты анализа нет строк с клиентом, датой и суммой',
  'abcXyzExport.basis': 'Ценность клиента',
  'abcXyzExport.linesInvalid': 'Введённые границы не годятся для классов, поэтому взяты стандартные: A 80 %, B 95 %, X 10 %, Y 25 %.',
  'abcXyzExport.months': 'Месяцев в окне анализа',
  'abcXyzExport.col.cell': 'Ячейка',
  'abcXyzExport.col.customers': 'Клиентов',
  'abcXyzExport.col.revenue': 'Выручка',
  'abcXyzExport.col.revenueShare': 'Доля выручки',
  'abcXyzExport.col.action': 'Что делать',
  'abcXyzExport.col.name': 'Название',
} satisfies Record<string, Message>;

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'abcXyzExport.sheet': 'ABC-XYZ',
  'abcXyzExport.customersSheet': 'ABC-XYZ by customer',
  'abcXyzExport.source': 'Sales',
  'abcXyzExport.source.none': 'none: no sales imported and the demo data not opened',
  'abcXyzExport.source.demo': 'demo data',
  'abcXyzExport.source.imported': 'your sales',
  'abcXyzExport.source.unreadable': 'the stored sales could not be read',
  'abcXyzExport.source.noSales': 'no line up to the analysis date has a customer, a date and an amount',
  'abcXyzExport.basis': 'Customer value',
  'abcXyzExport.linesInvalid': 'The thresholds entered cannot form classes, so the standard ones are used: A 80 %, B 95 %, X 10 %, Y 25 %.',
  'abcXyzExport.months': 'Months in the analysis window',
  'abcXyzExport.col.cell': 'Cell',
  'abcXyzExport.col.customers': 'Customers',
  'abcXyzExport.col.revenue': 'Revenue',
  'abcXyzExport.col.revenueShare': 'Share of revenue',
  'abcXyzExport.col.action': 'What to do',
  'abcXyzExport.col.name': 'Name',
};

const zh: Record<Key, Message> = {
  'abcXyzExport.sheet': 'ABC-XYZ',
  'abcXyzExport.customersSheet': 'ABC-XYZ 按客户',
  'abcXyzExport.source': '销售数据',
  'abcXyzExport.source.none': '无：未导入销售数据，也未打开示例数据',
  'abcXyzExport.source.demo': '示例数据',
  'abcXyzExport.source.imported': '您的销售数据',
  'abcXyzExport.source.unreadable': '无法读取已保存的销售数据',
  'abcXyzExport.source.noSales': '在分析日期之前没有同时具备客户、日期和金额的行',
  'abcXyzExport.basis': '客户价值',
  'abcXyzExport.linesInvalid': '输入的界限无法用于分类，因此采用标准界限：A 80%、B 95%、X 10%、Y 25%。',
  'abcXyzExport.months': '分析期月数',
  'abcXyzExport.col.cell': '格子',
  'abcXyzExport.col.customers': '客户数',
  'abcXyzExport.col.revenue': '收入',
  'abcXyzExport.col.revenueShare': '收入占比',
  'abcXyzExport.col.action': '怎么做',
  'abcXyzExport.col.name': '名称',
};

export const abcXyzExportMessages = defineMessages({ ru, en, zh });
