import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { emotionalStepsDone } from './progress';
import { EMOTIONAL_EXERCISE_ID, EMOTIONAL_STATE_VERSION, emotionalStateSchema, type EmotionalState } from './state';
import { blankEmotionalState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';

// Steps load on demand: their charts stay out of the home page's bundle.
const JourneyStep = lazy(() => import('./steps/JourneyStep'));
const IdeasStep = lazy(() => import('./steps/IdeasStep'));
const PlanStep = lazy(() => import('./steps/PlanStep'));
const FollowUpStep = lazy(() => import('./steps/FollowUpStep'));

export const emotionalLoyalty = defineExercise<EmotionalState>({
  id: EMOTIONAL_EXERCISE_ID,
  order: 2,
  title: {
    ru: 'Эмоциональные составляющие лояльности',
    en: 'Emotional components of loyalty',
    zh: '忠诚度的情感要素',
  },
  summary: {
    ru: 'Пройдите путь своего клиента по точкам контакта, решите, что он должен чувствовать в каждой, подберите идеи — дни клиента, сюрпризы, поздравления — и превратите лучшие по эффекту и затратам в план на год.',
    en: 'Walk your customer’s journey touchpoint by touchpoint, decide what they should feel at each, pick ideas — customer days, surprises, greetings — and turn the best by effect and cost into a plan for the year.',
    zh: '沿着客户旅程逐个梳理接触点，确定客户在每个接触点应有的感受，挑选创意（客户日、惊喜、问候等），并按效果与成本把最好的创意变成全年的行动计划。',
  },
  inputs: [],
  state: {
    version: EMOTIONAL_STATE_VERSION,
    schema: emotionalStateSchema,
    blank: blankEmotionalState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo').then((module) => module.demoEmotionalState)),
  },
  steps: [
    { id: 'journey', title: { ru: 'Путь клиента', en: 'Customer journey', zh: '客户旅程' }, component: JourneyStep, done: emotionalStepsDone.journey },
    { id: 'ideas', title: { ru: 'Идеи и персонал', en: 'Ideas and staff', zh: '创意与员工' }, component: IdeasStep, done: emotionalStepsDone.ideas },
    { id: 'plan', title: { ru: 'Оценка и план действий', en: 'Rating and action plan', zh: '评估与行动计划' }, component: PlanStep, done: emotionalStepsDone.plan },
    { id: 'follow-up', title: { ru: 'План и итоги', en: 'Plan and follow-up', zh: '计划与跟进' }, component: FollowUpStep, done: emotionalStepsDone.followUp },
  ],
  // The export needs every step's messages; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).emotionalSheets(state, context),
  group: () => import('./group').then((module) => module.emotionalLoyaltyGroup),
});
