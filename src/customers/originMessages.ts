import { defineMessages } from '../i18n/translate';

/** Texts every results step shares: where its sales come from. */
export const sharedMessages = defineMessages({
  ru: {
    'origin.noneTitle': 'Продаж пока нет',
    'origin.none': 'Загрузите выгрузку продаж по клиентам на шаге «Данные о продажах» или посмотрите, как всё работает, на учебном дистрибьюторе или учебной сети кофеен.',
    'origin.toData': 'К шагу «Данные о продажах»',
    'origin.useDemo': 'Открыть учебные данные',
    'origin.demo.distributor': 'Показано на продажах учебного дистрибьютора кофе (B2B). Свои продажи загрузите на шаге «Данные о продажах» — всё пересчитается по ним.',
    'origin.demo.shop': 'Показано на продажах учебной сети кофеен с картами постоянных гостей (B2C). Свои продажи загрузите на шаге «Данные о продажах» — всё пересчитается по ним.',
    'origin.unreadable': 'Сохранённые продажи не удалось прочитать (данные сайта могли быть очищены). Загрузите файл ещё раз на шаге «Данные о продажах».',
    'origin.noSales': 'До даты анализа нет ни одной строки с клиентом, датой и суммой. Проверьте дату анализа и сопоставление колонок на шаге «Данные о продажах».',
    'origin.loading': 'Считаем по продажам…',
  },
  en: {
    'origin.noneTitle': 'No sales yet',
    'origin.none': 'Import your sales by customer on the "Sales data" step, or see how it all works on the demo coffee distributor or the demo coffee shop chain.',
    'origin.toData': 'Go to "Sales data"',
    'origin.useDemo': 'Open the demo data',
    'origin.demo.distributor': 'Shown on the demo coffee distributor’s sales (B2B). Import your own on the "Sales data" step and everything is recomputed from them.',
    'origin.demo.shop': 'Shown on the demo coffee shop chain’s loyalty-card sales (B2C). Import your own on the "Sales data" step and everything is recomputed from them.',
    'origin.unreadable': 'The stored sales could not be read (the site’s data may have been cleared). Import the file again on the "Sales data" step.',
    'origin.noSales': 'No line up to the analysis date has a customer, a date and an amount. Check the analysis date and the column mapping on the "Sales data" step.',
    'origin.loading': 'Working through the sales…',
  },
  zh: {
    'origin.noneTitle': '还没有销售数据',
    'origin.none': '请在“销售数据”步骤导入按客户的销售记录，或先用示例咖啡批发商或示例咖啡连锁店的数据看看整个流程。',
    'origin.toData': '前往“销售数据”步骤',
    'origin.useDemo': '打开示例数据',
    'origin.demo.distributor': '当前显示的是示例咖啡批发商（B2B）的销售数据。在“销售数据”步骤导入您自己的数据后，所有结果都会重新计算。',
    'origin.demo.shop': '当前显示的是示例咖啡连锁店会员卡（B2C）的销售数据。在“销售数据”步骤导入您自己的数据后，所有结果都会重新计算。',
    'origin.unreadable': '无法读取已保存的销售数据（网站数据可能已被清除）。请在“销售数据”步骤重新导入文件。',
    'origin.noSales': '在分析日期之前，没有任何一行同时具备客户、日期和金额。请在“销售数据”步骤检查分析日期和列的对应关系。',
    'origin.loading': '正在计算销售数据…',
  },
});
