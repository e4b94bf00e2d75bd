import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { customersSpec, salesSpec } from './inputs';
import { customerBaseStepsDone } from './progress';
import { CUSTOMER_BASE_STATE_VERSION, customerBaseStateSchema, type CustomerBaseState } from './state';
import { blankCustomerBaseState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';

// Steps load on demand: their charts and tables stay out of the home page's bundle.
const DataStep = lazy(() => import('./steps/DataStep'));
const AbcXyzStep = lazy(() => import('./steps/AbcXyzStep'));
const RfmStep = lazy(() => import('./steps/RfmStep'));
const ValueStep = lazy(() => import('./steps/ValueStep'));
const MatricesStep = lazy(() => import('./steps/MatricesStep'));
const WarningsStep = lazy(() => import('./steps/WarningsStep'));
const PrioritiesStep = lazy(() => import('./steps/PrioritiesStep'));

export const customerBase = defineExercise<CustomerBaseState>({
  id: 'customer-base',
  order: 3,
  title: {
    ru: 'Приоритеты клиентской базы',
    en: 'Customer base priorities',
    zh: '客户群优先级',
  },
  summary: {
    ru: 'Ваша статистика продаж по клиентам: кто делает выручку и прибыль (Парето, ABC/XYZ), RFM-сегменты, ценность клиента (CLV, BG/NBD), матрицы, кто уходит, — и план: в кого вкладывать, кого удерживать, кого возвращать.',
    en: 'Your sales by customer: who brings the revenue and profit (Pareto, ABC/XYZ), RFM segments, customer value (CLV, BG/NBD), matrices, who is slipping away — and a plan: whom to invest in, keep, win back.',
    zh: '按客户的销售统计：谁贡献了收入和利润（帕累托、ABC/XYZ）、RFM 细分、客户价值（CLV、BG/NBD）、矩阵、哪些客户正在流失——以及计划：投入谁、保留谁、挽回谁。',
  },
  inputs: [salesSpec, customersSpec],
  state: {
    version: CUSTOMER_BASE_STATE_VERSION,
    schema: customerBaseStateSchema,
    blank: blankCustomerBaseState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo').then((module) => module.demoCustomerBaseState)),
    demoIsOnlyData: true,
  },
  steps: [
    { id: 'data', title: { ru: 'Данные о продажах', en: 'Sales data', zh: '销售数据' }, component: DataStep, done: customerBaseStepsDone.data },
    { id: 'abc-xyz', title: { ru: 'Парето и ABC/XYZ', en: 'Pareto and ABC/XYZ', zh: '帕累托与 ABC/XYZ' }, component: AbcXyzStep, done: customerBaseStepsDone.abcXyz },
    { id: 'rfm', title: { ru: 'RFM-сегменты', en: 'RFM segments', zh: 'RFM 细分' }, component: RfmStep, done: customerBaseStepsDone.rfm },
    { id: 'value', title: { ru: 'Ценность клиента', en: 'Customer value', zh: '客户价值' }, component: ValueStep, done: customerBaseStepsDone.value },
    { id: 'matrices', title: { ru: 'Матрицы', en: 'Matrices', zh: '矩阵' }, component: MatricesStep, done: customerBaseStepsDone.matrices },
    { id: 'warnings', title: { ru: 'Жизненный цикл и риски', en: 'Life cycle and warnings', zh: '生命周期与预警' }, component: WarningsStep, done: customerBaseStepsDone.warnings },
    { id: 'priorities', title: { ru: 'Приоритеты', en: 'Priorities', zh: '优先方向' }, component: PrioritiesStep, done: customerBaseStepsDone.priorities },
  ],
  // The export needs every step's messages and the sales' analysis; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).customerBaseSheets(state, context),
  group: () => import('./group').then((module) => module.customerBaseGroup),
});
