import { defineMessages } from '../../../src/i18n/translate';

/** Step 1 "Sales data": what this exercise says around the shared pieces (src/customers/dataMessages.ts): the intro, what the customer list opens, the period's problems. The overview's words: dataOverview.ts. */
export const dataMessages = defineMessages({
  ru: {
    'data.intro':
      'Всё упражнение считается по вашей выгрузке продаж: строка — продажа клиенту (клиент, дата, сумма). Себестоимость или маржа, номер документа, товар, менеджер и регион добавляют то, что можно посчитать. Возвраты — строки с минусом — оставьте в файле: они вычитаются из выручки клиента.',
    'data.loading': 'Считаем продажи…',
    'data.failed': 'Обзор продаж посчитать не удалось: {message}',

    'data.customers.about':
      'Справочник клиентов необязателен: без него работают Парето, ABC/XYZ, RFM и ценность клиента. Одна строка — один клиент с тем же кодом, что в продажах. Каждая колонка открывает своё:',
    'data.customers.potential': 'потенциал — матрица «прибыль × потенциал»: кто может покупать у вас больше;',
    'data.customers.size': 'размер (сотрудники, точки, площадь) — матрица «выручка × размер»;',
    'data.customers.plan': 'план продаж — предупреждение «продажи ниже плана»;',
    'data.customers.credit': 'кредитный лимит и задолженность — предупреждение «долг сверх лимита»;',
    'data.customers.costToServe': 'затраты на обслуживание — прибыль клиента за вычетом обслуживания и предупреждение «обслуживание съедает маржу»;',
    'data.customers.categories': 'регион, канал и тип клиента — разрезы для сравнения групп клиентов.',

    'data.period.afterData':
      'Дата анализа ({date}) позже последней продажи в данных ({last}). Последние месяцы окна пустые: все клиенты выглядят дольше не покупавшими, чем на самом деле. Если выгрузка сделана раньше, оставьте поле пустым.',
    'data.period.beforeData': 'Дата анализа ({date}) раньше первой продажи в данных ({first}): в окно не попадает ни одной строки. Выберите дату позже или оставьте поле пустым.',
    'data.period.longerThanData': {
      one: 'В данных до даты анализа {count} месяц (с {first}), а окно — {window} мес.: первые месяцы окна пустые. Для XYZ это выглядит как провал продаж у всех клиентов; поставьте окно не длиннее {count} мес. или 0 — все данные.',
      few: 'В данных до даты анализа {count} месяца (с {first}), а окно — {window} мес.: первые месяцы окна пустые. Для XYZ это выглядит как провал продаж у всех клиентов; поставьте окно не длиннее {count} мес. или 0 — все данные.',
      many: 'В данных до даты анализа {count} месяцев (с {first}), а окно — {window} мес.: первые месяцы окна пустые. Для XYZ это выглядит как провал продаж у всех клиентов; поставьте окно не длиннее {count} мес. или 0 — все данные.',
      other: 'В данных до даты анализа {count} месяца (с {first}), а окно — {window} мес.: первые месяцы окна пустые. Для XYZ это выглядит как провал продаж у всех клиентов; поставьте окно не длиннее {count} мес. или 0 — все данные.',
    },
    'data.period.oneMonth':
      'В окне один месяц продаж. XYZ измеряет, насколько ровно клиент покупает от месяца к месяцу, — по одному месяцу это не видно: нужны хотя бы 3–6 месяцев, лучше 12. Расширьте окно или загрузите продажи за больший период.',
    'data.period.fewMonths': 'В окне всего {count} мес. продаж: XYZ по ним очень неустойчив — один крупный заказ меняет класс клиента. Лучше 6–12 месяцев.',

    'data.next': 'Дальше — кто делает выручку: Парето и ABC/XYZ',
  },
  en: {
    'data.intro':
      'The whole exercise is computed from your sales export: one line is a sale to a customer (customer, date, amount). Cost of goods or margin, a document number, product, account manager and region add to what can be computed. Keep returns — lines with a minus — in the file: they come off the customer’s revenue.',
    'data.loading': 'Working through the sales…',
    'data.failed': 'The sales overview could not be computed: {message}',

    'data.customers.about':
      'The customer list is optional: Pareto, ABC/XYZ, RFM and customer value work without it. One row per customer, with the same id as in the sales. Each column opens something of its own:',
    'data.customers.potential': 'potential — the profit × potential matrix: who could buy more from you;',
    'data.customers.size': 'size (staff, outlets, floor space) — the revenue × size matrix;',
    'data.customers.plan': 'sales plan — the "below plan" warning;',
    'data.customers.credit': 'credit limit and debt — the "debt over the limit" warning;',
    'data.customers.costToServe': 'cost to serve — the customer’s profit after serving costs, and the "serving eats the margin" warning;',
    'data.customers.categories': 'region, channel and customer type — groups of customers to compare.',

    'data.period.afterData':
      'The analysis date ({date}) is after the last sale in the data ({last}). The last months of the window are empty, so every customer looks idle for longer than they are. If the export was made earlier, leave the field empty.',
    'data.period.beforeData': 'The analysis date ({date}) is before the first sale in the data ({first}): no line falls in the window. Pick a later date or leave the field empty.',
    'data.period.longerThanData': {
      one: 'The data holds {count} month up to the analysis date (from {first}), but the window is {window} months: its first months are empty. XYZ reads that as a slump for every customer; set the window to {count} months at most, or 0 for all the data.',
      other: 'The data holds {count} months up to the analysis date (from {first}), but the window is {window} months: its first months are empty. XYZ reads that as a slump for every customer; set the window to {count} months at most, or 0 for all the data.',
    },
    'data.period.oneMonth':
      'The window holds a single month of sales. XYZ measures how evenly a customer buys from month to month, which one month cannot show: it needs 3–6 months at least, 12 is better. Widen the window or import a longer period.',
    'data.period.fewMonths': 'The window holds only {count} months of sales: XYZ is very unsteady on so few — one large order changes a customer’s class. 6–12 months are better.',

    'data.next': 'Next: who brings the revenue — Pareto and ABC/XYZ',
  },
  zh: {
    'data.intro':
      '整个练习都基于您导出的销售记录：每一行是对某个客户的一笔销售（客户、日期、金额）。成本或毛利、单据编号、商品、客户经理和地区能让可计算的内容更多。退货（金额为负的行）请保留在文件中：它们会从客户的销售额中扣除。',
    'data.loading': '正在计算销售数据…',
    'data.failed': '无法计算销售概览：{message}',

    'data.customers.about': '客户名册是可选的：没有它，帕累托、ABC/XYZ、RFM 和客户价值照样可以计算。每行一个客户，编号与销售记录中一致。每一列各有用处：',
    'data.customers.potential': '潜力——“利润 × 潜力”矩阵：哪些客户还能从您这里多买；',
    'data.customers.size': '规模（员工、网点、面积）——“销售额 × 规模”矩阵；',
    'data.customers.plan': '销售计划——“低于计划”预警；',
    'data.customers.credit': '信用额度和欠款——“欠款超出额度”预警；',
    'data.customers.costToServe': '服务成本——扣除服务成本后的客户利润，以及“服务成本吞噬毛利”预警；',
    'data.customers.categories': '地区、渠道和客户类型——用于比较不同客户群。',

    'data.period.afterData': '分析日期（{date}）晚于数据中最后一笔销售（{last}）。窗口最后几个月是空的，所有客户看起来都比实际更久没有购买。如果数据是更早导出的，请将此栏留空。',
    'data.period.beforeData': '分析日期（{date}）早于数据中第一笔销售（{first}）：没有任何一行落在窗口内。请选择更晚的日期，或将此栏留空。',
    'data.period.longerThanData': {
      other: '截至分析日期，数据只有 {count} 个月（自 {first} 起），而窗口为 {window} 个月：窗口开头几个月是空的。XYZ 会把这看成所有客户的销量骤降；请把窗口设为不超过 {count} 个月，或设为 0 使用全部数据。',
    },
    'data.period.oneMonth': '窗口内只有一个月的销售。XYZ 衡量客户逐月购买是否平稳，一个月看不出来：至少需要 3–6 个月，12 个月更好。请扩大窗口或导入更长期间的数据。',
    'data.period.fewMonths': '窗口内只有 {count} 个月的销售：据此得出的 XYZ 很不稳定——一笔大订单就会改变客户的类别。最好有 6–12 个月。',

    'data.next': '下一步：谁贡献了收入——帕累托与 ABC/XYZ',
  },
});

export type DataMessageKey = keyof (typeof dataMessages)['ru'];
