import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { servqualStepsDone } from './progress';
import { SERVQUAL_STATE_VERSION, servqualStateSchema, type ServqualState } from './state';
import { blankServqualState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';
import { ITEM_NUMBERS, DEFAULT_SCALE } from './structure';
import { responseSpec, SERVQUAL_EXERCISE_ID } from './inputs';

// Steps load on demand: the charts they draw stay out of the home page's bundle.
const QuestionnaireStep = lazy(() => import('./steps/QuestionnaireStep'));
const CollectStep = lazy(() => import('./steps/CollectStep'));
const AnswersStep = lazy(() => import('./steps/AnswersStep'));
const ResultsStep = lazy(() => import('./steps/ResultsStep'));
const PlanStep = lazy(() => import('./steps/PlanStep'));
const WavesStep = lazy(() => import('./steps/WavesStep'));

export const servqual = defineExercise<ServqualState>({
  id: SERVQUAL_EXERCISE_ID,
  order: 5,
  title: {
    ru: 'Качество сервиса: SERVQUAL',
    en: 'Service quality: SERVQUAL',
    zh: '服务质量：SERVQUAL',
  },
  summary: {
    ru: 'Насколько сервис не дотягивает до ожиданий клиентов по пяти сторонам, что из этого важнее всего и что улучшать в первую очередь; повторный замер через несколько месяцев.',
    en: 'How far your service falls short of customers’ expectations on five sides, which of them matter most, and what to improve first; a repeat survey months later.',
    zh: '服务在五个方面与客户期望相差多少、哪些方面最重要、应优先改进什么；几个月后再次测量。',
  },
  // The full questionnaire on the original scale; the steps build the spec of the adapted one.
  inputs: [responseSpec(DEFAULT_SCALE, ITEM_NUMBERS)],
  state: {
    version: SERVQUAL_STATE_VERSION,
    schema: servqualStateSchema,
    blank: blankServqualState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo').then((module) => module.demoServqualState)),
  },
  steps: [
    { id: 'questionnaire', title: { ru: 'Анкета', en: 'Questionnaire', zh: '问卷' }, component: QuestionnaireStep, done: servqualStepsDone.questionnaire },
    { id: 'collect', title: { ru: 'Сбор ответов', en: 'Collect', zh: '收集' }, component: CollectStep, done: servqualStepsDone.collect },
    { id: 'answers', title: { ru: 'Ответы', en: 'Answers', zh: '回答' }, component: AnswersStep, done: servqualStepsDone.answers },
    { id: 'results', title: { ru: 'Результаты', en: 'Results', zh: '结果' }, component: ResultsStep, done: servqualStepsDone.results },
    { id: 'plan', title: { ru: 'План улучшений', en: 'Improvement plan', zh: '改进计划' }, component: PlanStep, done: servqualStepsDone.plan },
    { id: 'waves', title: { ru: 'Волны опроса', en: 'Survey waves', zh: '调查轮次' }, component: WavesStep, done: servqualStepsDone.waves },
  ],
  // The export needs the statements, every step's messages and the imported answers; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).servqualSheetsWithImports(state, context),
  group: () => import('./group').then((module) => module.servqualGroup),
});
