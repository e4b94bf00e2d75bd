import type { Message } from '../../../src/i18n/messages';

/** Step "survey": the questionnaire, its printed form and its answer template. */
const ru = {
  'questionnaire.title': 'Анкета',
  'questionnaire.intro': 'Выберите вопросы из вашего плана измерений. Анкету можно распечатать или скачать шаблон Excel для ответов: в нём будут столбцы выбранных вопросов.',
  'questionnaire.questions': 'Вопросы анкеты',
  'question.nps': 'NPS: готовность рекомендовать, 0–10',
  'question.csat': 'CSAT: удовлетворённость, 1–5',
  'question.ces': 'CES: лёгкость, 1–7',
  'question.attitude': 'Утверждения об отношении, 1–5',
  'question.customerId': 'Номер клиента или карты (для сверки с продажами)',
  'question.segment': 'Сегмент клиента',
  'questionnaire.statements': 'Утверждения об отношении',
  'questionnaire.statementsHint': 'Пустое поле показывает пример; впишите свои формулировки. В файле ответов это столбцы «Отношение 1…3».',
  'questionnaire.statement': 'Утверждение {number}',
  'questionnaire.print': 'Распечатать анкету',
  'questionnaire.template': 'Скачать шаблон для ответов (.xlsx)',
  'questionnaire.templateFailed': 'Шаблон не скачался: {detail}',
  'questionnaire.noQuestions': 'Выберите хотя бы один вопрос.',
  'paper.title': 'Анкета клиента',
  'paper.respondent': 'Номер анкеты',
  'paper.customer': 'Номер клиента или карты',
  'paper.segment': 'Сегмент',
  'paper.thanks': 'Спасибо за ответы!',
} satisfies Record<string, Message>;

type SurveyQuestionnaireKey = keyof typeof ru;

const en: Record<SurveyQuestionnaireKey, Message> = {
  'questionnaire.title': 'Questionnaire',
  'questionnaire.intro': 'Choose the questions from your measurement plan. Print the questionnaire, or download an Excel template for the answers: it has a column for each chosen question.',
  'questionnaire.questions': 'Questions',
  'question.nps': 'NPS: likelihood to recommend, 0–10',
  'question.csat': 'CSAT: satisfaction, 1–5',
  'question.ces': 'CES: ease, 1–7',
  'question.attitude': 'Attitude statements, 1–5',
  'question.customerId': 'Customer or card number (to match with sales)',
  'question.segment': 'Customer segment',
  'questionnaire.statements': 'Attitude statements',
  'questionnaire.statementsHint': 'An empty field shows an example; write your own wording. In the answer file these are the columns "Attitude 1…3".',
  'questionnaire.statement': 'Statement {number}',
  'questionnaire.print': 'Print the questionnaire',
  'questionnaire.template': 'Download the answer template (.xlsx)',
  'questionnaire.templateFailed': 'The template was not downloaded: {detail}',
  'questionnaire.noQuestions': 'Choose at least one question.',
  'paper.title': 'Customer questionnaire',
  'paper.respondent': 'Form number',
  'paper.customer': 'Customer or card number',
  'paper.segment': 'Segment',
  'paper.thanks': 'Thank you for your answers!',
};

const zh: Record<SurveyQuestionnaireKey, Message> = {
  'questionnaire.title': '问卷',
  'questionnaire.intro': '从您的衡量计划中选择问题。问卷可以打印，也可以下载用于录入答案的Excel模板：模板中包含所选问题的列。',
  'questionnaire.questions': '问卷问题',
  'question.nps': 'NPS：推荐意愿，0–10',
  'question.csat': 'CSAT：满意度，1–5',
  'question.ces': 'CES：容易程度，1–7',
  'question.attitude': '态度陈述，1–5',
  'question.customerId': '客户编号或会员卡号（用于与销售数据核对）',
  'question.segment': '客户细分',
  'questionnaire.statements': '态度陈述',
  'questionnaire.statementsHint': '空白字段显示示例；请写下您自己的表述。在答案文件中对应“态度1…3”列。',
  'questionnaire.statement': '陈述{number}',
  'questionnaire.print': '打印问卷',
  'questionnaire.template': '下载答案模板（.xlsx）',
  'questionnaire.templateFailed': '模板未能下载：{detail}',
  'questionnaire.noQuestions': '请至少选择一个问题。',
  'paper.title': '客户问卷表',
  'paper.respondent': '问卷编号',
  'paper.customer': '客户编号或会员卡号',
  'paper.segment': '细分',
  'paper.thanks': '感谢您的作答！',
};

export const surveyQuestionnaireMessages = { ru, en, zh };
