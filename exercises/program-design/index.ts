import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { programEconomicsOffer } from './links';
import { programDesignStepsDone } from './progress';
import { PROGRAM_DESIGN_EXERCISE_ID, PROGRAM_DESIGN_STATE_VERSION, programDesignStateSchema, type ProgramDesignState } from './state';
import { blankProgramDesignState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';

// Steps load on demand: their charts stay out of the home page's bundle.
const GoalStep = lazy(() => import('./steps/GoalStep'));
const MechanicsStep = lazy(() => import('./steps/MechanicsStep'));
const MistakesStep = lazy(() => import('./steps/MistakesStep'));
const EconomicsStep = lazy(() => import('./steps/EconomicsStep'));
const OnePageStep = lazy(() => import('./steps/OnePageStep'));

export const programDesign = defineExercise<ProgramDesignState>({
  id: PROGRAM_DESIGN_EXERCISE_ID,
  order: 9,
  title: {
    ru: 'Проектирование программы лояльности',
    en: 'Design your loyalty program',
    zh: '设计您的忠诚度计划',
  },
  summary: {
    ru: 'Шаг за шагом соберите свою программу: цель и целевые клиенты, механика и правила, проверка на типичные ошибки и экономика — и одной кнопкой отправьте её на оценку в упражнение ROI.',
    en: 'Build your own program step by step — goal and target customers, mechanics and rules, a check against the classic mistakes, the economics — and send it to the ROI exercise for evaluation with one button.',
    zh: '一步步搭建自己的计划：目标与目标客户、机制与规则、对照常见错误的检查、经济测算，并一键发送到 ROI 练习进行评估。',
  },
  inputs: [],
  state: {
    version: PROGRAM_DESIGN_STATE_VERSION,
    schema: programDesignStateSchema,
    blank: blankProgramDesignState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo').then((module) => module.demoProgramDesignState)),
  },
  steps: [
    { id: 'goal', title: { ru: 'Цель и клиенты', en: 'Goal and customers', zh: '目标与客户' }, component: GoalStep, done: programDesignStepsDone.goal },
    { id: 'mechanics', title: { ru: 'Механика и правила', en: 'Mechanics and rules', zh: '机制与规则' }, component: MechanicsStep, done: programDesignStepsDone.mechanics },
    { id: 'mistakes', title: { ru: 'Проверка на ошибки', en: 'Mistakes check', zh: '错误检查' }, component: MistakesStep, done: programDesignStepsDone.mistakes },
    { id: 'economics', title: { ru: 'Экономика и ROI', en: 'Economics and ROI', zh: '经济测算与 ROI' }, component: EconomicsStep, done: programDesignStepsDone.economics },
    { id: 'one-page', title: { ru: 'Программа на одной странице', en: 'The program on one page', zh: '一页纸计划' }, component: OnePageStep, done: programDesignStepsDone.onePage },
  ],
  results: [programEconomicsOffer],
  // The export needs every step's messages; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).programDesignSheets(state, context),
  group: () => import('./group').then((module) => module.programDesignGroup),
});
