import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { offerResultOnDemand } from '../../src/workbook/results';
import { incentiveMechanicsKind } from '../../src/results/incentiveMechanics';
import { incentivesStepsDone } from './progress';
import { INCENTIVES_EXERCISE_ID, INCENTIVES_STATE_VERSION, incentivesStateSchema, type IncentivesState } from './state';
import { blankIncentivesState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';

// Steps load on demand: their charts stay out of the home page's bundle.
const TypesStep = lazy(() => import('./steps/TypesStep'));
const LeversStep = lazy(() => import('./steps/LeversStep'));
const MechanicsStep = lazy(() => import('./steps/MechanicsStep'));

export const incentives = defineExercise<IncentivesState>({
  id: INCENTIVES_EXERCISE_ID,
  order: 6,
  title: {
    ru: 'Рациональные стимулы программы лояльности',
    en: 'Rational incentives of a loyalty program',
    zh: '忠诚度计划的理性激励',
  },
  summary: {
    ru: 'Сравните типы программ — скидки, баллы, статусы, платное членство, кешбэк и другие — для своего рынка, выберите рычаги, которые делают уход от вас дорогим, а покупку привычной, задайте механику и проверьте каждую скидку на марже.',
    en: 'Compare program types — discounts, points, tiers, paid membership, cashback and more — for your market, choose the levers that make leaving you costly and buying a habit, set the mechanics and check every discount against your margin.',
    zh: '针对自己的市场比较各类计划（折扣、积分、等级、付费会员、返现等），选择让客户离开代价更高、购买成为习惯的杠杆，设定机制，并用毛利检验每一项折扣。',
  },
  inputs: [],
  state: {
    version: INCENTIVES_STATE_VERSION,
    schema: incentivesStateSchema,
    blank: blankIncentivesState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo').then((module) => module.demoIncentivesState)),
  },
  steps: [
    { id: 'types', title: { ru: 'Типы программ', en: 'Program types', zh: '计划类型' }, component: TypesStep, done: incentivesStepsDone.types },
    { id: 'levers', title: { ru: 'Рычаги удержания', en: 'Retention levers', zh: '留存杠杆' }, component: LeversStep, done: incentivesStepsDone.levers },
    { id: 'mechanics', title: { ru: 'Механика и скидки', en: 'Mechanics and discounts', zh: '机制与折扣' }, component: MechanicsStep, done: incentivesStepsDone.mechanics },
  ],
  // The short list ranks program types with their fit tables: loaded by the step that reads it, not by the home page.
  results: [offerResultOnDemand(incentiveMechanicsKind, () => import('./links').then((module) => module.incentiveMechanics))],
  // The export needs every step's messages; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).incentivesSheets(state, context),
  group: () => import('./group').then((module) => module.incentivesGroup),
});
