import { beforeAll, describe, expect, it } from 'vitest';
import { exercises } from '../../../exercises';
import { PROGRAM_DESIGN_STATE_VERSION } from '../../../exercises/program-design/state';
import { demoRoiState } from '../../../exercises/program-roi/demo';
import { DEMO_PROGRAM_INPUTS } from '../../../exercises/program-roi/demo/programDemo';
import { programTotals } from '../../../exercises/program-roi/model/programEconomics';
import { ROI_STATE_VERSION, roiStateSchema } from '../../../exercises/program-roi/state';
import { programEconomicsKind } from '../../../src/results/programEconomics';
import { roiOutcomeKind } from '../../../src/results/roiOutcome';
import type { ExerciseEntry } from '../../../src/store/schema';
import { planSend, readResult } from '../../../src/workbook/results';
import { exerciseEntry, roiState, loadOnDemandParts } from '../../builders';
import { designFigures, designState } from '../program-design/economicsBuilders';

const AT = '2026-12-07T11:00:00.000Z';
const design = (figures = designFigures()) => exerciseEntry({ stateVersion: PROGRAM_DESIGN_STATE_VERSION, state: designState({ economics: figures }), startedFrom: 'blank' });
const roi = (state: unknown = roiState(), stateVersion = ROI_STATE_VERSION) => exerciseEntry({ stateVersion, state, startedFrom: 'blank' });

/** What sending the design's economics would change, with the workbook's exercises (one place for the call). */
const send = (entries: Readonly<Record<string, ExerciseEntry>>, registry = exercises) => planSend(programEconomicsKind, registry, entries, AT, 'ru');

/** The progress after the plan is written, as useSendResult writes it. */
function afterSending(entries: Record<string, ExerciseEntry>): Record<string, ExerciseEntry> {
  const plan = send(entries);
  if (plan.status !== 'ready') throw new Error(`not sent: ${plan.status}`);
  return { ...entries, [plan.exerciseId]: exerciseEntry({ stateVersion: plan.stateVersion, state: plan.state, startedFrom: plan.startedFrom, updatedAt: AT }) };
}

describe('sending a design’s figures to ROI (planSend)', () => {
  beforeAll(() => loadOnDemandParts(exercises));

  it('is ready once every figure is entered: ROI’s economics step, its figures replaced, the source kept with them', () => {
    const plan = send({ 'program-design': design(), 'program-roi': roi() });
    expect(plan).toMatchObject({ status: 'ready', exerciseId: 'program-roi', stepId: 'economics', stateVersion: ROI_STATE_VERSION, startedFrom: 'blank' });
    const state = roiStateSchema.parse(plan.status === 'ready' ? plan.state : null);
    expect(state.program).toEqual(designFigures());
    expect(state.programSource).toEqual({ exerciseId: 'program-design', at: AT, programName: 'Кофе с собой', figures: designFigures() });
  });

  it('is not ready while a figure is missing, or when the design was never opened', () => {
    expect(send({ 'program-design': design(designFigures({ breakage: null })), 'program-roi': roi() })).toEqual({ status: 'notReady' });
    expect(send({ 'program-roi': roi() })).toEqual({ status: 'notReady' });
  });

  it('finds no taker in a workbook without the ROI exercise', () => {
    const withoutRoi = exercises.filter((exercise) => exercise.id !== 'program-roi');
    expect(send({ 'program-design': design() }, withoutRoi)).toEqual({ status: 'noTaker' });
  });

  it('leaves ROI’s progress alone when it cannot be read (a newer version, a damaged state)', () => {
    const unreadable = { status: 'takerUnreadable', exerciseId: 'program-roi' };
    expect(send({ 'program-design': design(), 'program-roi': roi(roiState(), ROI_STATE_VERSION + 1) })).toEqual(unreadable);
    expect(send({ 'program-design': design(), 'program-roi': roi({ program: 'broken' }) })).toEqual(unreadable);
  });

  it('takes the figures into ROI’s demo when ROI was never opened, the rest of the demo kept', () => {
    const plan = send({ 'program-design': design(designFigures({ members: 5_000 })) });
    expect(plan).toMatchObject({ status: 'ready', startedFrom: 'demo' });
    const state = roiStateSchema.parse(plan.status === 'ready' ? plan.state : null);
    expect(state.program.members).toBe(5_000);
    expect(state.discount).toEqual(demoRoiState().discount);
    expect(state.conclusions).toEqual(demoRoiState().conclusions);
  });

  it('starts ROI’s scenarios again: they were derived from the old figures', () => {
    const scenario = { participation: 0.3, frequencyUplift: 0.01, checkUplift: 0.01, retentionUplift: 0, breakage: 0.5 };
    const entries = { 'program-design': design(), 'program-roi': roi(roiState({ scenarios: { pessimistic: scenario, optimistic: scenario } })) };
    const plan = send(entries);
    expect(plan.status === 'ready' ? roiStateSchema.parse(plan.state).scenarios : 'not sent').toBeNull();
  });

  it('lands in ROI: its outcome is the payback and ROI of the design’s figures, sent from the design', () => {
    const entries = afterSending({ 'program-design': design(), 'program-roi': roi() });
    // The design's figures are ROI's worked example, whose inputs the model takes as they are.
    const totals = programTotals(DEMO_PROGRAM_INPUTS);
    const read = readResult(roiOutcomeKind, exercises, entries);
    expect(read).toMatchObject({
      status: 'ready',
      value: {
        figures: designFigures(),
        paybackMonth: totals.paybackMonth,
        roi: totals.roi,
        sentFrom: { exerciseId: 'program-design', at: AT, programName: 'Кофе с собой' },
      },
    });
    // ROI's own worked example: month 13, about +19 %.
    expect(totals.paybackMonth).toBe(13);
    expect(totals.roi).toBeCloseTo(0.19, 2);
  });
});
