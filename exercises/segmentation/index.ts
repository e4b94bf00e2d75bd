import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { offerResultOnDemand } from '../../src/workbook/results';
import { segmentTargetsKind } from '../../src/results/segmentTargets';
import { customersSpec, salesSpec } from './inputs';
import { segmentationStepsDone } from './progress';
import { SEGMENTATION_STATE_VERSION, segmentationStateSchema, type SegmentationState } from './state';
import { blankSegmentationState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';

// Steps load on demand: their charts and tables stay out of the home page's bundle.
const DataStep = lazy(() => import('./steps/DataStep'));
const CriteriaStep = lazy(() => import('./steps/CriteriaStep'));
const SegmentsStep = lazy(() => import('./steps/SegmentsStep'));
const ProfilesStep = lazy(() => import('./steps/ProfilesStep'));
const TargetsStep = lazy(() => import('./steps/TargetsStep'));

export const segmentation = defineExercise<SegmentationState>({
  id: 'segmentation',
  order: 4,
  title: {
    ru: 'Внутренняя сегментация клиентов',
    en: 'Internal customer segmentation',
    zh: '内部客户细分',
  },
  summary: {
    ru: 'Разбейте своих клиентов на сегменты по их признакам (регион, канал, размер) и поведению (ABC, RFM, стаж, ассортимент), сравните сегменты по выручке, марже, росту и удержанию и выберите целевые — со стратегией, предложением и ответственным.',
    en: 'Split your own customers into segments by who they are (region, channel, size) and how they buy (ABC, RFM, tenure, product mix), compare the segments’ revenue, margin, growth and retention, and choose the targets — each with a strategy, an offer and an owner.',
    zh: '按客户属性（地区、渠道、规模）和购买行为（ABC、RFM、合作时长、产品组合）把自己的客户分成细分群体，比较各细分的收入、毛利、增长和留存，并选出目标细分——为每个目标确定策略、方案和负责人。',
  },
  inputs: [salesSpec, customersSpec],
  state: {
    version: SEGMENTATION_STATE_VERSION,
    schema: segmentationStateSchema,
    blank: blankSegmentationState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo').then((module) => module.demoSegmentationState)),
    demoIsOnlyData: true,
  },
  steps: [
    { id: 'data', title: { ru: 'Данные о продажах', en: 'Sales data', zh: '销售数据' }, component: DataStep, done: segmentationStepsDone.data },
    { id: 'criteria', title: { ru: 'Критерии', en: 'Criteria', zh: '细分标准' }, component: CriteriaStep, done: segmentationStepsDone.criteria },
    { id: 'segments', title: { ru: 'Сегменты', en: 'Segments', zh: '细分群体' }, component: SegmentsStep, done: segmentationStepsDone.segments },
    { id: 'profiles', title: { ru: 'Профили сегментов', en: 'Segment profiles', zh: '细分概况' }, component: ProfilesStep, done: segmentationStepsDone.profiles },
    { id: 'targets', title: { ru: 'Целевые сегменты', en: 'Target segments', zh: '目标细分' }, component: TargetsStep, done: segmentationStepsDone.targets },
  ],
  // Segments are named in three languages from the messages: loaded by the step that reads them, not by the home page.
  results: [offerResultOnDemand(segmentTargetsKind, () => import('./links').then((module) => module.segmentTargets))],
  // The export needs every step's messages and the sales' analysis; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).segmentationSheets(state, context),
  group: () => import('./group').then((module) => module.segmentationGroup),
});
