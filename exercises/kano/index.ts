import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { kanoStepsDone } from './progress';
import { KANO_STATE_VERSION, kanoStateSchema, type KanoState } from './state';
import { blankKanoState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';
import { KANO_LONG_RESPONSES, KANO_WIDE_RESPONSES } from './inputs';

// Steps load on demand: the charts they draw stay out of the home page's bundle.
const FeaturesStep = lazy(() => import('./steps/FeaturesStep'));
const QuestionnaireStep = lazy(() => import('./steps/QuestionnaireStep'));
const AnswersStep = lazy(() => import('./steps/AnswersStep'));
const ResultsStep = lazy(() => import('./steps/ResultsStep'));
const DecisionsStep = lazy(() => import('./steps/DecisionsStep'));

export const kano = defineExercise<KanoState>({
  id: 'kano',
  order: 7,
  title: {
    ru: 'Модель Кано: какие свойства продукта развивать',
    en: 'Kano model: which features to build',
    zh: '卡诺模型：应该开发哪些产品特性',
  },
  summary: {
    ru: 'Спросите клиентов о свойствах продукта или сервиса и узнайте, какие из них обязательны, какие радуют, а какие безразличны, — и что делать в первую очередь.',
    en: 'Ask customers about your product or service features and learn which are must-be, which delight and which leave them indifferent, and what to do first.',
    zh: '就产品或服务的特性询问顾客，了解哪些是必备的、哪些令人惊喜、哪些无关紧要，以及应当优先做什么。',
  },
  inputs: [KANO_LONG_RESPONSES, KANO_WIDE_RESPONSES],
  state: {
    version: KANO_STATE_VERSION,
    schema: kanoStateSchema,
    blank: blankKanoState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo/startStates').then((module) => module.demoKanoState)),
  },
  steps: [
    { id: 'features', title: { ru: 'Свойства', en: 'Features', zh: '特性' }, component: FeaturesStep, done: kanoStepsDone.features },
    { id: 'questionnaire', title: { ru: 'Анкета', en: 'Questionnaire', zh: '问卷' }, component: QuestionnaireStep, done: kanoStepsDone.questionnaire },
    { id: 'answers', title: { ru: 'Ответы', en: 'Answers', zh: '回答' }, component: AnswersStep, done: kanoStepsDone.answers },
    { id: 'results', title: { ru: 'Результаты', en: 'Results', zh: '结果' }, component: ResultsStep, done: kanoStepsDone.results },
    { id: 'decisions', title: { ru: 'Решения', en: 'Decisions', zh: '决策' }, component: DecisionsStep, done: kanoStepsDone.decisions },
  ],
  // The export needs every step's messages and the imported answers; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).kanoSheetsWithImports(state, context),
  group: () => import('./group').then((module) => module.kanoGroup),
});
