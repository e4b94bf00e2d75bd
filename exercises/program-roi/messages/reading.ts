import type { Message } from '../../../src/i18n/messages';

/** The plain-language reading at the top of the economics and conclusions steps (../reading.ts builds it). */
const ru = {
  'reading.noPayback': 'За этот срок вложения не окупаются.',
  'reading.dependsOn': 'Сильнее всего результат зависит от допущения «{name}»: при его изменении на ±20 % ROI будет от {low} до {high}.',
  'reading.actionSafe': 'Даже при худшем значении этого допущения программа в плюсе: проверьте остальные допущения на пилоте.',
  'reading.actionCheck': 'Проверьте это допущение на пилоте, прежде чем запускать программу на всю базу.',
  'reading.actionLoss': 'Пересмотрите условия — вознаграждения, затраты, охват — и посмотрите на шаге «Чувствительность и сценарии», что даёт больше всего.',
  'reading.measured': 'По данным продаж за {horizon} после запуска ROI {measured} — против прогноза {forecast}.',
  'reading.noMeasured': 'Прогноз ещё не проверен фактом: загрузите продажи на шаге «Оценка по данным продаж», и здесь появится измеренный эффект.',
  'reading.scenarios': 'В пессимистичном сценарии ROI {pessimistic}, в ожидаемом {expected}, в оптимистичном {optimistic}.',
  'reading.scenariosRisk': 'Пессимистичный сценарий убыточен: решите заранее, по каким цифрам пилота программу остановят или переделают.',
  'reading.scenariosSafe': 'Даже в пессимистичном сценарии программа в плюсе: риск невелик.',
  'reading.evaluation.more': 'После запуска участники тратят на {spend} в месяц больше, чем тратили бы без программы (по сравнению с остальными клиентами).',
  'reading.evaluation.less': 'После запуска участники тратят на {spend} в месяц меньше, чем тратили бы без программы (по сравнению с остальными клиентами).',
  'reading.evaluation.next': 'Сравните это с прогнозом: на шаге «Выводы и решение» измеренный ROI стоит рядом с ожидаемым.',
  'reading.evaluation.demo': 'Это демонстрационный магазин, а не ваши продажи: загрузите свой файл, чтобы измерить свою программу.',
} satisfies Record<string, Message>;

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'reading.noPayback': 'It does not pay back within this period.',
  'reading.dependsOn': 'The result depends most on the assumption «{name}»: moved by ±20 %, it puts ROI between {low} and {high}.',
  'reading.actionSafe': 'Even at its worst value the program stays profitable: test the other assumptions in a pilot.',
  'reading.actionCheck': 'Test this assumption in a pilot before launching the program for all customers.',
  'reading.actionLoss': 'Rework the terms (rewards, costs, reach) and see on the "Sensitivity and scenarios" step what helps most.',
  'reading.measured': 'Measured from sales over {horizon} after the launch, ROI is {measured}, against the forecast {forecast}.',
  'reading.scenarios': 'ROI is {pessimistic} in the pessimistic scenario, {expected} in the expected one and {optimistic} in the optimistic one.',
  'reading.scenariosRisk': 'The pessimistic scenario loses money: decide in advance which pilot figures would stop or rework the program.',
  'reading.scenariosSafe': 'Even the pessimistic scenario stays profitable: the risk is small.',
  'reading.evaluation.more': 'Since the launch, members spend {spend} a month more than they would have without the program (compared with the other customers).',
  'reading.evaluation.less': 'Since the launch, members spend {spend} a month less than they would have without the program (compared with the other customers).',
  'reading.evaluation.next': 'Compare it with the forecast: the "Conclusions and decision" step shows the measured ROI beside the expected one.',
  'reading.evaluation.demo': 'This is the demo shop, not your sales: load your own file to measure your program.',
  'reading.noMeasured': 'The forecast is not yet checked against facts: load sales on the "Evaluation from sales data" step to see the measured effect here.',
};

const zh: Record<Key, Message> = {
  'reading.noPayback': '在此期间内投入无法回本。',
  'reading.dependsOn': '结果最依赖「{name}」这一假设：当它变动 ±20% 时，ROI 在 {low} 到 {high} 之间。',
  'reading.actionSafe': '即使该假设取最差值，计划仍然盈利：请通过试点检验其余假设。',
  'reading.actionCheck': '在向全部客户推出计划之前，请先通过试点检验这一假设。',
  'reading.actionLoss': '请重新设计条件（奖励、成本、覆盖面），并在"敏感性与情景"步骤中查看哪项影响最大。',
  'reading.measured': '根据推出后 {horizon} 的销售数据，实际 ROI 为 {measured}，预测为 {forecast}。',
  'reading.scenarios': '悲观情景下 ROI 为 {pessimistic}，预期情景下为 {expected}，乐观情景下为 {optimistic}。',
  'reading.scenariosRisk': '悲观情景会亏损：请事先确定试点出现哪些数字时停止或重新设计计划。',
  'reading.scenariosSafe': '即使在悲观情景下计划仍然盈利：风险不大。',
  'reading.evaluation.more': '推出后，会员每月的消费比没有该计划时多 {spend}（与其他客户相比）。',
  'reading.evaluation.less': '推出后，会员每月的消费比没有该计划时少 {spend}（与其他客户相比）。',
  'reading.evaluation.next': '请与预测对比："结论与决策"步骤中实测 ROI 与预期 ROI 并列显示。',
  'reading.evaluation.demo': '这是演示商店，而不是您的销售数据：请载入您自己的文件来衡量您的计划。',
  'reading.noMeasured': '预测尚未经过事实检验：在"基于销售数据的评估"步骤中载入销售数据后，这里会显示实测效果。',
};

export const readingMessages = { ru, en, zh };
