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
} satisfies Record<string, Message>;

type Key = keyof typeof ru;

const en: Record<Key, Message> = {
  'reading.noPayback': 'It does not pay back within this period.',
  'reading.dependsOn': 'The result depends most on the assumption «{name}»: moved by ±20 %, it puts ROI between {low} and {high}.',
  'reading.actionSafe': 'Even at its worst value the program stays profitable: test the other assumptions in a pilot.',
  'reading.actionCheck': 'Test this assumption in a pilot before launching the program for all customers.',
  'reading.actionLoss': 'Rework the terms (rewards, costs, reach) and see on the "Sensitivity and scenarios" step what helps most.',
  'reading.measured': 'Measured from sales over {horizon} after the launch, ROI is {measured}, against the forecast {forecast}.',
  'reading.noMeasured': 'The forecast is not yet checked against facts: load sales on the "Evaluation from sales data" step to see the measured effect here.',
};

const zh: Record<Key, Message> = {
  'reading.noPayback': '在此期间内投入无法回本。',
  'reading.dependsOn': '结果最依赖「{name}」这一假设：当它变动 ±20% 时，ROI 在 {low} 到 {high} 之间。',
  'reading.actionSafe': '即使该假设取最差值，计划仍然盈利：请通过试点检验其余假设。',
  'reading.actionCheck': '在向全部客户推出计划之前，请先通过试点检验这一假设。',
  'reading.actionLoss': '请重新设计条件（奖励、成本、覆盖面），并在"敏感性与情景"步骤中查看哪项影响最大。',
  'reading.measured': '根据推出后 {horizon} 的销售数据，实际 ROI 为 {measured}，预测为 {forecast}。',
  'reading.noMeasured': '预测尚未经过事实检验：在"基于销售数据的评估"步骤中载入销售数据后，这里会显示实测效果。',
};

export const readingMessages = { ru, en, zh };
