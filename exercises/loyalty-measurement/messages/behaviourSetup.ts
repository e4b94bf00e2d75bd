import type { Message } from '../../../src/i18n/messages';
import type { RetentionPeriod } from '../state';
import type { EmptyWindowReason } from '../model/behaviour';

/** Step "behaviour from sales": the data, the settings and what the analysis refuses. */
const ru = {
  'behaviour.intro':
    'Продажи показывают, как клиенты ведут себя на деле: возвращаются ли, как часто покупают, сколько из них уходит. Шаг считает по вашей выгрузке продаж (клиент, дата, сумма) долю повторных покупок, удержание и отток, когорты новых клиентов, «уснувших» клиентов и ступени лестницы приверженности.',
  'behaviour.introDetail':
    'Покупка — это день, в который клиент что-то купил: несколько строк одного клиента за один день (позиции одного чека) считаются одной покупкой. Если у вас строка — это заказ, и клиент делает несколько заказов в день, включите подсчёт по строкам.',

  'behaviour.data.title': 'Данные',
  'behaviour.data.loading': 'Считаем по сохранённым продажам…',
  'behaviour.data.error': 'Не удалось прочитать сохранённые продажи из браузера. Загрузите файл ещё раз.',
  'behaviour.data.demoTitle': 'Демонстрационные данные',
  'behaviour.data.demo':
    'Пока вы не загрузили свои продажи, шаг считает на вымышленной розничной сети: два года продаж, клиентов — {customers}, строк — {rows}. Загрузите свою выгрузку, чтобы увидеть своих клиентов.',
  'behaviour.data.noneTitle': 'Загрузите продажи',
  'behaviour.data.none':
    'Нужна выгрузка продаж по клиентам: клиент, дата, сумма и, если есть, сегмент. Это тот же файл, что и в других упражнениях, — загруженный однажды, он хранится в «Моих данных». Можно сначала посмотреть шаг на продажах вымышленной сети.',
  'behaviour.data.useDemo': 'Посмотреть на демо-данных',
  'behaviour.data.imported': { one: 'Ваши продажи: {count} строка.', few: 'Ваши продажи: {count} строки.', many: 'Ваши продажи: {count} строк.', other: 'Ваши продажи: {count} строки.' },
  'behaviour.data.merged': {
    one: 'Строки одного клиента за один день считаются одной покупкой: {count} строка объединена с другой.',
    few: 'Строки одного клиента за один день считаются одной покупкой: {count} строки объединены с другими.',
    many: 'Строки одного клиента за один день считаются одной покупкой: {count} строк объединены с другими.',
    other: 'Строки одного клиента за один день считаются одной покупкой: {count} строки объединены с другими.',
  },
  'behaviour.data.rowsCounted': 'Каждая строка считается отдельной покупкой, даже несколько строк одного клиента за один день.',
  'behaviour.data.future': {
    one: '{count} строка датирована позже сегодняшнего дня и не учтена. Проверьте даты в файле: возможно, перепутаны день и месяц.',
    few: '{count} строки датированы позже сегодняшнего дня и не учтены. Проверьте даты в файле: возможно, перепутаны день и месяц.',
    many: '{count} строк датированы позже сегодняшнего дня и не учтены. Проверьте даты в файле: возможно, перепутаны день и месяц.',
    other: '{count} строки датированы позже сегодняшнего дня и не учтены. Проверьте даты в файле: возможно, перепутаны день и месяц.',
  },
  'behaviour.data.unusable': {
    one: '{count} строка без клиента, даты или суммы пропущена.',
    few: '{count} строки без клиента, даты или суммы пропущены.',
    many: '{count} строк без клиента, даты или суммы пропущено.',
    other: '{count} строки без клиента, даты или суммы пропущены.',
  },

  'behaviour.settings.title': 'Параметры анализа',
  'behaviour.windowFrom': 'Начало окна анализа',
  'behaviour.windowFromHint': 'Пусто — с начала месяца первой продажи в данных: {date}.',
  'behaviour.windowFromHintNoData': 'Пусто — с начала месяца первой продажи в данных.',
  'behaviour.windowTo': 'Конец окна анализа',
  'behaviour.windowToHint': 'Пусто — по конец месяца последней продажи: {date}. На этот день считаются «уснувшие» клиенты.',
  'behaviour.windowToHintNoData': 'Пусто — по конец месяца последней продажи. На этот день считаются «уснувшие» клиенты.',
  'behaviour.period': 'Период удержания',
  'behaviour.period.suggested': 'Как предложено: {period}',
  'behaviour.period.month': 'месяц',
  'behaviour.period.quarter': 'квартал',
  'behaviour.period.year': 'год',
  'behaviour.periodHint':
    'Удержание считается от периода к периоду. Период не должен быть короче обычного цикла покупки, иначе лояльные клиенты будут выглядеть ушедшими. Предложение — по циклу покупки с шага «Ваш бизнес»: до 45 дней — месяц, до 120 — квартал, дольше или товары длительного пользования — год.',
  'behaviour.lapseFactor': 'Порог «уснувшего» клиента, k',
  'behaviour.lapseFactorSuffix': '× интервал',
  'behaviour.lapseFactorHint': 'Клиент «уснул», если не покупает дольше, чем k × его собственный обычный (медианный) интервал между покупками. Обычно k = 3.',
  'behaviour.oneTimeLapseDays': 'Порог для купивших один раз',
  'behaviour.oneTimeLapseDaysSuffix': 'дн.',
  'behaviour.oneTimeLapseDaysHint': 'У клиента с одной покупкой нет своего интервала: он считается «уснувшим» через столько дней после неё.',
  'behaviour.countRows': 'Считать каждую строку отдельной покупкой',
  'behaviour.countRowsHint': 'Выключено: строки одного клиента за один день — одна покупка (позиции одного чека).',

  'behaviour.results.title': 'Результаты',
  'behaviour.noSales.title': 'Нет продаж для анализа',
  'behaviour.noSales.body': 'В данных нет ни одной строки с клиентом, суммой и датой не позже сегодняшней.',
  'behaviour.emptyWindow.title': 'В окне анализа нет покупок',
  'behaviour.emptyWindow.reversed': 'Начало окна ({from}) позже его конца ({to}): поменяйте даты местами.',
  'behaviour.emptyWindow.noPurchases':
    'С {from} по {to} в данных нет ни одной покупки. Продажи в файле — с {dataFrom} по {dataTo}: выберите окно внутри этих дат или очистите поля, чтобы взять все данные.',
  'behaviour.oneTime.title': 'Удержание посчитать нельзя: никто не купил дважды',
  'behaviour.oneTime.file':
    'Каждый из клиентов в файле ({customers}) купил ровно один раз. Удержание — доля клиентов, которые вернулись за новой покупкой; когда повторных покупок нет, возвращаться некому, и удержание, отток, интервалы между покупками и когорты ничего не скажут. Проверьте, что в столбце «Клиент» стоит код клиента, а не номер чека или заказа, и что выгрузка охватывает достаточно долгий срок.',
  'behaviour.oneTime.window':
    'В выбранном окне каждый из клиентов ({customers}) купил один раз, поэтому удержание, отток и интервалы между покупками не определены: для них нужен хотя бы один клиент с двумя покупками. В файле повторные покупки есть — расширьте окно анализа.',
} satisfies Record<`behaviour.period.${RetentionPeriod}` | `behaviour.emptyWindow.${EmptyWindowReason}`, string> & Record<string, Message>;

type SetupKey = keyof typeof ru;

const en: Record<SetupKey, Message> = {
  'behaviour.intro':
    'Sales show how customers actually behave: whether they come back, how often they buy, how many drift away. From your sales export (customer, date, amount) this step works out the repeat-purchase rate, retention and churn, cohorts of new customers, the customers who have gone quiet, and the stages of the commitment ladder.',
  'behaviour.introDetail':
    'A purchase is a day on which a customer bought something: several rows of one customer on one day (the lines of one receipt) count as one purchase. If a row in your file is an order and customers place several orders a day, switch on counting rows.',

  'behaviour.data.title': 'Data',
  'behaviour.data.loading': 'Working through your stored sales…',
  'behaviour.data.error': 'Your stored sales could not be read from the browser. Please import the file again.',
  'behaviour.data.demoTitle': 'Demo data',
  'behaviour.data.demo':
    'Until you import your own sales, this step uses a made-up retail chain: two years of sales, {customers} customers, {rows} rows. Import your export to see your own customers.',
  'behaviour.data.noneTitle': 'Import your sales',
  'behaviour.data.none':
    'The step needs a sales export by customer: customer, date, amount and, if you have it, a segment. It is the same file the other exercises use: imported once, it is kept in "My data". You can look at the step on the made-up chain\'s sales first.',
  'behaviour.data.useDemo': 'Try it on demo data',
  'behaviour.data.imported': { one: 'Your sales: {count} row.', other: 'Your sales: {count} rows.' },
  'behaviour.data.merged': {
    one: 'Rows of one customer on one day count as one purchase: {count} row was merged with another.',
    other: 'Rows of one customer on one day count as one purchase: {count} rows were merged with others.',
  },
  'behaviour.data.rowsCounted': 'Every row counts as a purchase of its own, even several rows of one customer on one day.',
  'behaviour.data.future': {
    one: '{count} row is dated after today and was left out. Check the dates in the file: day and month may be swapped.',
    other: '{count} rows are dated after today and were left out. Check the dates in the file: day and month may be swapped.',
  },
  'behaviour.data.unusable': {
    one: '{count} row without a customer, date or amount was skipped.',
    other: '{count} rows without a customer, date or amount were skipped.',
  },

  'behaviour.settings.title': 'Analysis settings',
  'behaviour.windowFrom': 'Analysis window from',
  'behaviour.windowFromHint': 'Empty: from the start of the month of the first sale in the data, {date}.',
  'behaviour.windowFromHintNoData': 'Empty: from the start of the month of the first sale in the data.',
  'behaviour.windowTo': 'Analysis window to',
  'behaviour.windowToHint': 'Empty: to the end of the month of the last sale, {date}. Lapsed customers are counted as of this day.',
  'behaviour.windowToHintNoData': 'Empty: to the end of the month of the last sale. Lapsed customers are counted as of this day.',
  'behaviour.period': 'Retention period',
  'behaviour.period.suggested': 'As suggested: {period}',
  'behaviour.period.month': 'month',
  'behaviour.period.quarter': 'quarter',
  'behaviour.period.year': 'year',
  'behaviour.periodHint':
    'Retention compares one period with the next. The period should be no shorter than the usual purchase cycle, or loyal customers will look as if they had left. The suggestion follows the purchase cycle from "Your business": up to 45 days a month, up to 120 a quarter, longer (or durable goods) a year.',
  'behaviour.lapseFactor': 'Lapsed after, k',
  'behaviour.lapseFactorSuffix': '× interval',
  'behaviour.lapseFactorHint': 'A customer has lapsed when they have not bought for longer than k × their own usual (median) interval between purchases. k = 3 is common.',
  'behaviour.oneTimeLapseDays': 'Lapsed after, one-time buyers',
  'behaviour.oneTimeLapseDaysSuffix': 'days',
  'behaviour.oneTimeLapseDaysHint': 'A customer with one purchase has no interval of their own: they count as lapsed this many days after it.',
  'behaviour.countRows': 'Count every row as a purchase',
  'behaviour.countRowsHint': 'Off: rows of one customer on one day are one purchase (the lines of one receipt).',

  'behaviour.results.title': 'Results',
  'behaviour.noSales.title': 'No sales to analyse',
  'behaviour.noSales.body': 'The data has no row with a customer, an amount and a date no later than today.',
  'behaviour.emptyWindow.title': 'No purchases in the analysis window',
  'behaviour.emptyWindow.reversed': 'The window starts ({from}) after it ends ({to}): swap the dates.',
  'behaviour.emptyWindow.noPurchases':
    'There is no purchase in the data from {from} to {to}. The file\'s sales run from {dataFrom} to {dataTo}: pick a window within those dates, or clear the fields to take all the data.',
  'behaviour.oneTime.title': 'Retention cannot be measured: nobody bought twice',
  'behaviour.oneTime.file':
    'Every customer in the file ({customers}) bought exactly once. Retention is the share of customers who come back for another purchase; with no repeat purchases nobody can come back, so retention, churn, purchase intervals and cohorts say nothing. Check that the "Customer" column holds a customer id rather than a receipt or order number, and that the export covers a long enough time.',
  'behaviour.oneTime.window':
    'In the chosen window every customer ({customers}) bought once, so retention, churn and purchase intervals are undefined: they need at least one customer with two purchases. The file does have repeat purchases: widen the analysis window.',
};

const zh: Record<SetupKey, Message> = {
  'behaviour.intro':
    '销售数据展示客户的真实行为：他们是否回购、多久买一次、有多少人流失。本步骤根据您的销售导出（客户、日期、金额）计算重复购买率、留存与流失、新客户同期群、“沉睡”客户以及忠诚阶梯各阶段的人数。',
  'behaviour.introDetail':
    '一次购买指客户有消费的一天：同一客户同一天的多行记录（同一张小票的多个商品）算作一次购买。如果您的文件中每行是一个订单，且客户一天会下多个订单，请打开“按行计数”。',

  'behaviour.data.title': '数据',
  'behaviour.data.loading': '正在根据已保存的销售数据计算…',
  'behaviour.data.error': '无法从浏览器读取已保存的销售数据。请重新导入文件。',
  'behaviour.data.demoTitle': '演示数据',
  'behaviour.data.demo': '在您导入自己的销售数据之前，本步骤使用一家虚构零售连锁店的数据：两年销售记录，客户{customers}位，共{rows}行。导入您的导出文件即可看到自己的客户。',
  'behaviour.data.noneTitle': '请导入销售数据',
  'behaviour.data.none':
    '需要按客户的销售导出：客户、日期、金额，如有还可包括细分。这与其他练习使用的是同一个文件：导入一次后保存在“我的数据”中。您也可以先用虚构连锁店的销售数据看看本步骤。',
  'behaviour.data.useDemo': '用演示数据试试',
  'behaviour.data.imported': { other: '您的销售数据：{count} 行。' },
  'behaviour.data.merged': { other: '同一客户同一天的多行算作一次购买：有 {count} 行与其他行合并。' },
  'behaviour.data.rowsCounted': '每一行都单独算作一次购买，即使是同一客户同一天的多行。',
  'behaviour.data.future': { other: '有 {count} 行的日期晚于今天，未计入。请检查文件中的日期：可能日和月写反了。' },
  'behaviour.data.unusable': { other: '已跳过 {count} 行缺少客户、日期或金额的记录。' },

  'behaviour.settings.title': '分析设置',
  'behaviour.windowFrom': '分析窗口开始',
  'behaviour.windowFromHint': '留空：从数据中第一笔销售所在月份的月初开始，即 {date}。',
  'behaviour.windowFromHintNoData': '留空：从数据中第一笔销售所在月份的月初开始。',
  'behaviour.windowTo': '分析窗口结束',
  'behaviour.windowToHint': '留空：到最后一笔销售所在月份的月末，即 {date}。“沉睡”客户按这一天统计。',
  'behaviour.windowToHintNoData': '留空：到最后一笔销售所在月份的月末。“沉睡”客户按这一天统计。',
  'behaviour.period': '留存周期',
  'behaviour.period.suggested': '按建议：{period}',
  'behaviour.period.month': '月',
  'behaviour.period.quarter': '季度',
  'behaviour.period.year': '年',
  'behaviour.periodHint':
    '留存是逐期比较的。周期不应短于通常的购买周期，否则忠诚客户也会看起来像已流失。建议依据“您的业务”中的购买周期：45天以内按月，120天以内按季度，更长或耐用品按年。',
  'behaviour.lapseFactor': '“沉睡”阈值 k',
  'behaviour.lapseFactorSuffix': '× 间隔',
  'behaviour.lapseFactorHint': '如果客户未购买的时间超过 k × 其自身通常（中位数）购买间隔，即视为“沉睡”。通常 k = 3。',
  'behaviour.oneTimeLapseDays': '只买过一次的客户的阈值',
  'behaviour.oneTimeLapseDaysSuffix': '天',
  'behaviour.oneTimeLapseDaysHint': '只购买过一次的客户没有自己的间隔：购买后经过这么多天即视为“沉睡”。',
  'behaviour.countRows': '每一行单独算作一次购买',
  'behaviour.countRowsHint': '关闭时：同一客户同一天的多行算作一次购买（同一张小票的多个商品）。',

  'behaviour.results.title': '结果',
  'behaviour.noSales.title': '没有可分析的销售数据',
  'behaviour.noSales.body': '数据中没有一行同时具备客户、金额和不晚于今天的日期。',
  'behaviour.emptyWindow.title': '分析窗口内没有购买',
  'behaviour.emptyWindow.reversed': '窗口开始日期（{from}）晚于结束日期（{to}）：请交换两个日期。',
  'behaviour.emptyWindow.noPurchases': '从 {from} 到 {to}，数据中没有任何购买。文件中的销售从 {dataFrom} 到 {dataTo}：请在此范围内选择窗口，或清空两个字段以使用全部数据。',
  'behaviour.oneTime.title': '无法计算留存：没有客户购买过两次',
  'behaviour.oneTime.file':
    '文件中的每位客户（共{customers}位）都只购买了一次。留存是回来再次购买的客户所占的比例；没有重复购买，就没有人能“回来”，留存、流失、购买间隔和同期群都无从谈起。请检查“客户”列中是客户编号，而不是小票号或订单号，并确认导出覆盖的时间足够长。',
  'behaviour.oneTime.window':
    '在所选窗口内，每位客户（共{customers}位）都只购买了一次，因此留存、流失和购买间隔都无法定义：至少需要一位有两次购买的客户。文件中确有重复购买：请扩大分析窗口。',
};

export const behaviourSetupMessages = { ru, en, zh };
