import { beforeAll, describe, expect, it } from 'vitest';
import { loadOnDemandParts } from '../../builders';
import { z } from 'zod/mini';
import { LOCALES } from '../../../src/i18n/locale';
import { defineExercise } from '../../../src/workbook/contract';
import { programRoi } from '../../../exercises/program-roi';
import { servqual } from '../../../exercises/servqual';
import { kano } from '../../../exercises/kano';
import type { RoiState } from '../../../exercises/program-roi/state';
import type { ExerciseEntry } from '../../../src/store/schema';
import { datasetsWithFiles, exerciseProgress } from '../../../src/workbook/progress';

const SALES: ExerciseEntry['datasets'][string] = {
  fileName: 'продажи.xlsx', format: 'xlsx', sheet: 'Лист1', encoding: null, delimiter: null, headerRow: 0, importedAt: '2026-12-01T10:00:00.000Z',
  rowsRead: 10, rowsImported: 10, rowsSkipped: 0, blankRowsIgnored: 0, mapping: {}, problemCounts: [],
};

function entry(state: unknown, extra: Partial<ExerciseEntry> = {}): ExerciseEntry {
  return { stateVersion: 1, state, startedFrom: 'blank', currentStep: null, completedSteps: [], visitedSteps: [], drafts: {}, datasets: {}, updatedAt: '2026-12-01T12:00:00.000Z', ...extra };
}

/** Every ROI step filled in by hand: the participant's own figures, a launch date and a decision. */
const filledRoi: RoiState = {
  discount: { margin: 0.4, discount: 0.15, expectedVolumeChange: null },
  program: {
    members: 5_000, participation: 0.5, baselineFrequency: 2, averageCheck: 900, margin: 0.35, baselineRetention: 0.9, frequencyUplift: 0.05,
    checkUplift: 0.02, retentionUplift: 0.01, rewardRate: 0.05, breakage: 0.2, baselineRewardShare: 1, setupCost: 300_000, monthlyFixedCost: 40_000,
    monthlyCostPerMember: 5, horizonMonths: 24,
  },
  scenarios: null,
  evaluation: { launchDate: '2025-03-01', memberSource: 'column', windowMonths: 12, scaleTo: 'program' },
  programSource: null,
  conclusions: { decision: 'pilot', notes: '', nextSteps: '' },
};
const blankRoi = programRoi.state.blank();
const ALL_ROI_STEPS = ['discount', 'economics', 'sensitivity', 'evaluation', 'conclusions'];

describe('progress counts work done, not clicks on "Next"', () => {
  beforeAll(() => loadOnDemandParts([programRoi, servqual, kano]));

  it('all five ROI steps filled, the results seen and sales loaded: 5 of 5, though "Next" was pressed twice', () => {
    const roi = entry(filledRoi, { completedSteps: ['discount', 'economics'], visitedSteps: ALL_ROI_STEPS });
    const progress = exerciseProgress(programRoi, roi, datasetsWithFiles(programRoi, roi, { sales: SALES }));
    expect(progress).toMatchObject({ status: 'done', completedSteps: 5, totalSteps: 5, doneStepIds: ALL_ROI_STEPS });
  });

  it('nothing entered: 0 of 5, however many steps were clicked through', () => {
    const roi = entry(blankRoi, { completedSteps: ALL_ROI_STEPS, visitedSteps: ALL_ROI_STEPS });
    expect(exerciseProgress(programRoi, roi, new Set())).toMatchObject({ status: 'in-progress', completedSteps: 0, doneStepIds: [] });
  });

  it('a results step needs its inputs and a look; the evaluation needs the participant’s own sales', () => {
    const notSeen = entry(filledRoi, { visitedSteps: [] });
    expect(exerciseProgress(programRoi, notSeen, new Set(['sales'])).doneStepIds).toEqual(['discount', 'economics', 'conclusions']);
    const noSales = entry(filledRoi, { visitedSteps: ALL_ROI_STEPS });
    expect(exerciseProgress(programRoi, noSales, new Set()).doneStepIds).toEqual(['discount', 'economics', 'sensitivity', 'conclusions']);
    const halfProgram = entry({ ...filledRoi, program: { ...filledRoi.program, members: null } }, { visitedSteps: ALL_ROI_STEPS });
    expect(exerciseProgress(programRoi, halfProgram, new Set(['sales'])).doneStepIds).toEqual(['discount', 'evaluation', 'conclusions']);
  });

  it('an exercise opened on its demo values and left as it came is not in progress', () => {
    for (const exercise of [programRoi, servqual, kano]) {
      const opened = entry(exercise.state.demo('ru'), { startedFrom: 'demo', visitedSteps: exercise.steps.map((step) => step.id), completedSteps: [exercise.steps[0]!.id] });
      expect(exerciseProgress(exercise, opened, new Set()), exercise.id).toMatchObject({ status: 'demo', completedSteps: 0 });
    }
    // One change to the demo values is the user's own work.
    const changed = entry({ ...programRoi.state.demo('ru'), conclusions: { decision: 'launch', notes: '', nextSteps: '' } }, { startedFrom: 'demo' });
    expect(exerciseProgress(programRoi, changed, new Set())).toMatchObject({ status: 'in-progress', doneStepIds: ['discount', 'economics', 'conclusions'] });
  });

  it('a demo written in the language it was first opened in is still the demo when the page changes language', () => {
    const notes = { ru: 'Пример', en: 'Example', zh: '示例' } as const;
    const localized = defineExercise<{ notes: string }>({
      id: 'localized-demo',
      order: 99,
      title: { ru: 'Т', en: 'T', zh: 'T' },
      summary: { ru: '', en: '', zh: '' },
      inputs: [],
      state: { version: 1, schema: z.object({ notes: z.string() }), blank: () => ({ notes: '' }), demo: (locale) => ({ notes: notes[locale] }) },
      steps: [{ id: 'notes', title: { ru: 'Т', en: 'T', zh: 'T' }, component: () => null, done: (state) => state.notes !== '' }],
      toSheets: () => [],
    });
    for (const locale of LOCALES) {
      expect(exerciseProgress(localized, entry(localized.state.demo(locale), { startedFrom: 'demo' }), new Set()), locale).toMatchObject({ status: 'demo' });
    }
    expect(exerciseProgress(localized, entry({ notes: 'Мои заметки' }, { startedFrom: 'demo' }), new Set())).toMatchObject({ status: 'done' });
  });

  it('SERVQUAL: the demo survey seen through the results counts the steps that rest on answers', () => {
    const state = { ...servqual.state.demo('ru'), notes: 'мои заметки' };
    const seen = entry(state, { startedFrom: 'demo', visitedSteps: ['questionnaire', 'collect', 'answers', 'results'] });
    const expected = ['questionnaire', 'collect', 'answers', 'results'];
    // The demo has two waves; the comparison counts once it is seen, the plan once an action is written.
    expect(exerciseProgress(servqual, seen, new Set()).doneStepIds).toEqual(expected);
    expect(exerciseProgress(servqual, entry(servqual.state.blank(), { visitedSteps: ['questionnaire'] }), new Set()).doneStepIds).toEqual(['questionnaire']);
  });

  it('Kano: features, answers, and a decision taken', () => {
    const demo = kano.state.demo('ru');
    const decided = { ...demo, features: demo.features.map((feature, index) => (index === 0 ? { ...feature, decision: 'build' as const } : feature)) };
    expect(exerciseProgress(kano, entry(decided, { startedFrom: 'demo' }), new Set()).doneStepIds).toEqual(['features', 'answers', 'decisions']);
    expect(exerciseProgress(kano, entry(kano.state.blank(), { visitedSteps: ['features', 'questionnaire'] }), new Set()).completedSteps).toBe(0);
  });

  it('counts a shared file in "My data" as the exercise’s input, and its own files by stored id', () => {
    expect([...datasetsWithFiles(programRoi, entry(blankRoi), { sales: SALES })]).toEqual(['sales']);
    expect([...datasetsWithFiles(programRoi, entry(blankRoi, { datasets: { members: SALES } }), {})]).toEqual(['members']);
    expect(datasetsWithFiles(programRoi, undefined, undefined).size).toBe(0);
  });

  it('says not started when nothing is stored', () => {
    expect(exerciseProgress(programRoi, undefined)).toMatchObject({ status: 'not-started', completedSteps: 0, totalSteps: 5, resumeStepId: 'discount' });
  });
});
