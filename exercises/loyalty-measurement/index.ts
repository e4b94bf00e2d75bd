import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { salesSpec } from '../../src/data/salesSpec';
import { loyaltyStepsDone } from './progress';
import { LOYALTY_STATE_VERSION, loyaltyStateSchema, type LoyaltyState } from './state';
import { blankLoyaltyState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';

// Steps load on demand: their charts and catalogues stay out of the home page's bundle.
const BusinessStep = lazy(() => import('./steps/BusinessStep'));
const MeaningStep = lazy(() => import('./steps/MeaningStep'));
const PlanStep = lazy(() => import('./steps/PlanStep'));
const SurveyStep = lazy(() => import('./steps/SurveyStep'));
const BehaviourStep = lazy(() => import('./steps/BehaviourStep'));
const MatrixStep = lazy(() => import('./steps/MatrixStep'));
const ConclusionsStep = lazy(() => import('./steps/ConclusionsStep'));

export const loyaltyMeasurement = defineExercise<LoyaltyState>({
  id: 'loyalty-measurement',
  order: 1,
  title: {
    ru: 'Как измерять лояльность клиентов',
    en: 'Design your loyalty measurement',
    zh: '设计您的客户忠诚度衡量方法',
  },
  summary: {
    ru: 'От определения лояльности для вашего бизнеса к своей системе метрик: NPS и опрос, повторные покупки, удержание и когорты по вашим продажам, матрица Дика и Басу и план измерений на полгода.',
    en: 'From what loyalty means in your business to a working set of metrics: NPS and a survey, repeat purchases, retention and cohorts from your sales, the Dick & Basu matrix, and a measurement plan for the next six months.',
    zh: '从定义您业务中的忠诚度到一套可用的指标：NPS与问卷、重复购买、基于您销售数据的留存与同期群、Dick & Basu矩阵，以及未来半年的衡量计划。',
  },
  inputs: [salesSpec],
  state: {
    version: LOYALTY_STATE_VERSION,
    schema: loyaltyStateSchema,
    blank: blankLoyaltyState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo').then((module) => module.demoLoyaltyState)),
  },
  steps: [
    { id: 'business', title: { ru: 'Ваш бизнес', en: 'Your business', zh: '您的业务' }, component: BusinessStep, done: loyaltyStepsDone.business },
    { id: 'meaning', title: { ru: 'Что такое лояльность у вас', en: 'What loyalty means here', zh: '忠诚度在您这里意味着什么' }, component: MeaningStep, done: loyaltyStepsDone.meaning },
    { id: 'plan', title: { ru: 'Метрики и план измерений', en: 'Metrics and plan', zh: '指标与衡量计划' }, component: PlanStep, done: loyaltyStepsDone.plan },
    { id: 'survey', title: { ru: 'Опрос клиентов', en: 'Customer survey', zh: '客户调查' }, component: SurveyStep, done: loyaltyStepsDone.survey },
    { id: 'behaviour', title: { ru: 'Поведение по продажам', en: 'Behaviour from sales', zh: '销售数据中的行为' }, component: BehaviourStep, done: loyaltyStepsDone.behaviour },
    { id: 'matrix', title: { ru: 'Отношение × поведение', en: 'Attitude × behaviour', zh: '态度 × 行为' }, component: MatrixStep, done: loyaltyStepsDone.matrix },
    { id: 'conclusions', title: { ru: 'Ваша методика', en: 'Your method', zh: '您的衡量方法' }, component: ConclusionsStep, done: loyaltyStepsDone.conclusions },
  ],
  // The export needs every step's messages and the imported files; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).loyaltySheets(state, context),
  group: () => import('./group').then((module) => module.loyaltyMeasurementGroup),
});
