import type { Message } from '../../../src/i18n/messages';
import type { Decision } from '../state';

/** Step 4: the participant's own decision and notes, kept with the exercise and exported. */
const ru = {
  'conclusions.intro':
    'Запишите, что вы решили и почему. Заметки хранятся вместе с упражнением, попадают в отчёт и в выгрузку Excel.',
  'conclusions.summaryTitle': 'Ключевые цифры',
  'conclusions.summaryMissing': 'Чтобы здесь появились итоги, заполните параметры программы на шаге «Экономика программы».',
  'conclusions.topAssumption': 'Главное допущение',
  'conclusions.topAssumptionNote': 'ROI от {low} до {high} при ±20 %',
  'conclusions.decisionLegend': 'Решение',
  'conclusions.decision.undecided': 'Пока не решено',
  'conclusions.decision.launch': 'Запускать программу',
  'conclusions.decision.pilot': 'Сначала пилот на части клиентов',
  'conclusions.decision.redesign': 'Переделать условия программы',
  'conclusions.decision.stop': 'Не запускать',
  'conclusions.notes': 'Заметки и обоснование',
  'conclusions.notesHint': 'Какие допущения вы считаете надёжными, а какие нужно проверить; что показал анализ чувствительности.',
  'conclusions.nextSteps': 'Следующие шаги',
  'conclusions.nextStepsHint': 'Что сделать, кто отвечает, к какому сроку: например, собрать данные о частоте покупок участников пилота.',
  'conclusions.decisionTitle': 'Ваше решение',
  'conclusions.forecastNote': 'прогноз за {horizon}',
  'conclusions.measuredRoi': 'ROI по данным продаж',
  'conclusions.measuredNote': 'измерено за {horizon} после запуска',
} satisfies Record<`conclusions.decision.${Decision}`, string> & Record<string, Message>;

type ConclusionsKey = keyof typeof ru;

const en: Record<ConclusionsKey, Message> = {
  'conclusions.intro': 'Write down what you decided and why. The notes stay with the exercise and go into the report and the Excel export.',
  'conclusions.summaryTitle': 'Key figures',
  'conclusions.summaryMissing': 'Fill in the program inputs on the "Program economics" step to see the results here.',
  'conclusions.topAssumption': 'Key assumption',
  'conclusions.topAssumptionNote': 'ROI from {low} to {high} at ±20%',
  'conclusions.decisionLegend': 'Decision',
  'conclusions.decision.undecided': 'Not decided yet',
  'conclusions.decision.launch': 'Launch the program',
  'conclusions.decision.pilot': 'Pilot it on some customers first',
  'conclusions.decision.redesign': 'Redesign the program terms',
  'conclusions.decision.stop': 'Do not launch',
  'conclusions.notes': 'Notes and reasoning',
  'conclusions.notesHint': 'Which assumptions you trust and which need checking; what the sensitivity analysis showed.',
  'conclusions.nextSteps': 'Next steps',
  'conclusions.nextStepsHint': 'What to do, who is responsible, by when: for example, collect purchase frequency data from pilot members.',
  'conclusions.decisionTitle': 'Your decision',
  'conclusions.forecastNote': 'forecast over {horizon}',
  'conclusions.measuredRoi': 'ROI measured from sales',
  'conclusions.measuredNote': 'measured over {horizon} after the launch',
};

const zh: Record<ConclusionsKey, Message> = {
  'conclusions.intro': '写下您的决定及理由。笔记与练习一起保存，并会出现在报告和 Excel 导出中。',
  'conclusions.summaryTitle': '关键数字',
  'conclusions.summaryMissing': '请在"计划的经济效益"步骤中填写计划参数，这里才会显示结果。',
  'conclusions.topAssumption': '最关键的假设',
  'conclusions.topAssumptionNote': '变动 ±20% 时 ROI 为 {low} 至 {high}',
  'conclusions.decisionLegend': '决策',
  'conclusions.decision.undecided': '尚未决定',
  'conclusions.decision.launch': '启动计划',
  'conclusions.decision.pilot': '先在部分客户中试点',
  'conclusions.decision.redesign': '重新设计计划条件',
  'conclusions.decision.stop': '不启动',
  'conclusions.notes': '笔记与理由',
  'conclusions.notesHint': '哪些假设可靠，哪些需要验证；敏感性分析说明了什么。',
  'conclusions.nextSteps': '下一步',
  'conclusions.nextStepsHint': '做什么、谁负责、何时完成：例如，收集试点会员的购买频率数据。',
  'conclusions.decisionTitle': '您的决定',
  'conclusions.forecastNote': '{horizon}的预测',
  'conclusions.measuredRoi': '基于销售数据的 ROI',
  'conclusions.measuredNote': '推出后 {horizon}的实测值',
};

export const conclusionsMessages = { ru, en, zh };
