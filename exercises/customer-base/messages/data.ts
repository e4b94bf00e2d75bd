import { defineMessages } from '../../../src/i18n/translate';

/** Step 1 "Sales data": the two files, the demo businesses and the period. The overview's words: dataOverview.ts. */
export const dataMessages = defineMessages({
  ru: {
    'data.intro':
      'Всё упражнение считается по вашей выгрузке продаж: строка — продажа клиенту (клиент, дата, сумма). Себестоимость или маржа, номер документа, товар, менеджер и регион добавляют то, что можно посчитать. Возвраты — строки с минусом — оставьте в файле: они вычитаются из выручки клиента.',
    'data.loading': 'Считаем продажи…',
    'data.failed': 'Обзор продаж посчитать не удалось: {message}',

    'data.files.title': 'Файлы',
    'data.sales.stored': 'Продажи уже есть в «Моих данных»: файл «{name}» от {date}. Он общий для всех упражнений, загружать его ещё раз не нужно — здесь считаем по нему.',
    'data.customers.stored': 'Справочник клиентов уже есть в «Моих данных»: файл «{name}» от {date}. Он общий для всех упражнений — здесь он присоединён к продажам по коду клиента.',
    'data.customers.about':
      'Справочник клиентов необязателен: без него работают Парето, ABC/XYZ, RFM и ценность клиента. Одна строка — один клиент с тем же кодом, что в продажах. Каждая колонка открывает своё:',
    'data.customers.potential': 'потенциал — матрица «прибыль × потенциал»: кто может покупать у вас больше;',
    'data.customers.size': 'размер (сотрудники, точки, площадь) — матрица «выручка × размер»;',
    'data.customers.plan': 'план продаж — предупреждение «продажи ниже плана»;',
    'data.customers.credit': 'кредитный лимит и задолженность — предупреждение «долг сверх лимита»;',
    'data.customers.costToServe': 'затраты на обслуживание — прибыль клиента за вычетом обслуживания и предупреждение «обслуживание съедает маржу»;',
    'data.customers.categories': 'регион, канал и тип клиента — разрезы для сравнения групп клиентов.',

    'data.demo.title': 'Сейчас показан учебный бизнес',
    'data.demo.body': 'Цифры ниже посчитаны по учебным продажам. Загрузите свой файл продаж — все шаги пересчитаются по нему.',
    'data.demo.choose': 'Какой учебный бизнес показать',
    'data.demo.distributor': 'Дистрибьютор кофе (B2B)',
    'data.demo.distributor.about': '260 кафе, ресторанов, гостиниц и офисов в четырёх городах, накладные с себестоимостью и полный справочник клиентов: потенциал, план, лимиты, долги.',
    'data.demo.shop': 'Сеть кофеен (B2C)',
    'data.demo.shop.about': '3 000 карт постоянных гостей в четырёх районах: частые мелкие покупки, чеки с себестоимостью, справочник с районом, каналом и типом гостя.',
    'data.none.title': 'Продаж пока нет',
    'data.none.body': 'Загрузите свою выгрузку продаж ниже или посмотрите, как всё работает, на одном из учебных бизнесов.',
    'data.none.open': 'Открыть: {name}',

    'data.period.title': 'Период анализа',
    'data.period.date': 'Дата анализа',
    'data.period.dateHint': 'На эту дату считаются давность покупок и «уходящие» клиенты. Пусто — дата последней продажи в данных: {date}.',
    'data.period.dateHintNoData': 'На эту дату считаются давность покупок и «уходящие» клиенты. Пусто — дата последней продажи в данных.',
    'data.period.window': 'Окно, месяцев',
    'data.period.windowHint': 'Сколько месяцев до даты анализа входят в расчёт. 12 — год, сезонность не искажает сравнение; 0 — все данные.',
    'data.period.windowSuffix': 'мес.',
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

    'data.files.title': 'Files',
    'data.sales.stored': 'Your sales are already in "My data": “{name}”, imported {date}. The file is shared by every exercise, so there is no need to import it again — this exercise reads it too.',
    'data.customers.stored': 'Your customer list is already in "My data": “{name}”, imported {date}. It is shared by every exercise; here it is joined to the sales by the customer id.',
    'data.customers.about':
      'The customer list is optional: Pareto, ABC/XYZ, RFM and customer value work without it. One row per customer, with the same id as in the sales. Each column opens something of its own:',
    'data.customers.potential': 'potential — the profit × potential matrix: who could buy more from you;',
    'data.customers.size': 'size (staff, outlets, floor space) — the revenue × size matrix;',
    'data.customers.plan': 'sales plan — the "below plan" warning;',
    'data.customers.credit': 'credit limit and debt — the "debt over the limit" warning;',
    'data.customers.costToServe': 'cost to serve — the customer’s profit after serving costs, and the "serving eats the margin" warning;',
    'data.customers.categories': 'region, channel and customer type — groups of customers to compare.',

    'data.demo.title': 'You are looking at a demo business',
    'data.demo.body': 'The figures below come from made-up sales. Import your own sales file and every step is recomputed from it.',
    'data.demo.choose': 'Which demo business to show',
    'data.demo.distributor': 'Coffee distributor (B2B)',
    'data.demo.distributor.about': '260 cafés, restaurants, hotels and offices in four cities; invoices with cost of goods and a full customer list: potential, plan, limits, debts.',
    'data.demo.shop': 'Coffee shop chain (B2C)',
    'data.demo.shop.about': '3,000 loyalty cards in four districts: frequent small purchases, receipts with cost, and a card list with district, channel and guest type.',
    'data.none.title': 'No sales yet',
    'data.none.body': 'Import your sales export below, or see how it all works on one of the demo businesses.',
    'data.none.open': 'Open: {name}',

    'data.period.title': 'Analysis period',
    'data.period.date': 'Analysis date',
    'data.period.dateHint': 'Recency and "slipping away" are read at this date. Empty: the last sale in the data, {date}.',
    'data.period.dateHintNoData': 'Recency and "slipping away" are read at this date. Empty: the last sale in the data.',
    'data.period.window': 'Window, months',
    'data.period.windowHint': 'How many months before the analysis date count. 12 is a year, so seasons do not tilt the comparison; 0 means all the data.',
    'data.period.windowSuffix': 'months',
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

    'data.files.title': '文件',
    'data.sales.stored': '销售记录已在“我的数据”中：文件“{name}”，导入于 {date}。所有练习共用此文件，无需再次导入——本练习也使用它。',
    'data.customers.stored': '客户名册已在“我的数据”中：文件“{name}”，导入于 {date}。所有练习共用此文件；这里按客户编号把它与销售记录对应起来。',
    'data.customers.about': '客户名册是可选的：没有它，帕累托、ABC/XYZ、RFM 和客户价值照样可以计算。每行一个客户，编号与销售记录中一致。每一列各有用处：',
    'data.customers.potential': '潜力——“利润 × 潜力”矩阵：哪些客户还能从您这里多买；',
    'data.customers.size': '规模（员工、网点、面积）——“销售额 × 规模”矩阵；',
    'data.customers.plan': '销售计划——“低于计划”预警；',
    'data.customers.credit': '信用额度和欠款——“欠款超出额度”预警；',
    'data.customers.costToServe': '服务成本——扣除服务成本后的客户利润，以及“服务成本吞噬毛利”预警；',
    'data.customers.categories': '地区、渠道和客户类型——用于比较不同客户群。',

    'data.demo.title': '当前显示的是示例业务',
    'data.demo.body': '下面的数字来自虚构的销售数据。导入您自己的销售文件后，所有步骤都会据此重新计算。',
    'data.demo.choose': '显示哪个示例业务',
    'data.demo.distributor': '咖啡批发商（B2B）',
    'data.demo.distributor.about': '四个城市的 260 家咖啡馆、餐厅、酒店和办公室；发货单带成本，客户名册完整：潜力、计划、额度、欠款。',
    'data.demo.shop': '咖啡连锁店（B2C）',
    'data.demo.shop.about': '四个城区的 3,000 张会员卡：购买频繁、金额小，小票带成本，名册含城区、渠道和顾客类型。',
    'data.none.title': '还没有销售数据',
    'data.none.body': '请在下方导入您的销售记录，或先用一个示例业务看看整个流程。',
    'data.none.open': '打开：{name}',

    'data.period.title': '分析期间',
    'data.period.date': '分析日期',
    'data.period.dateHint': '最近购买间隔和“正在流失”都以此日期计算。留空即数据中最后一笔销售的日期：{date}。',
    'data.period.dateHintNoData': '最近购买间隔和“正在流失”都以此日期计算。留空即数据中最后一笔销售的日期。',
    'data.period.window': '窗口（月）',
    'data.period.windowHint': '分析日期之前计入多少个月。12 个月即一年，季节不会扭曲比较；0 表示全部数据。',
    'data.period.windowSuffix': '个月',
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
