import { describe, expect, it } from 'vitest';
import { exercises } from '../../../exercises';
import { programDesignIntake, roiOutcome } from '../../../exercises/program-roi/links';
import { programEconomics } from '../../../exercises/program-roi/model';
import { blankRoiState, demoRoiState } from '../../../exercises/program-roi/demo';
import { programReadiness } from '../../../exercises/program-roi/programDraft';
import { roiStateSchema } from '../../../exercises/program-roi/state';
import { roiOutcomeKind } from '../../../src/results/roiOutcome';
import { readResult } from '../../../src/workbook/results';
import { exerciseEntry } from '../../builders';

const demoFigures = demoRoiState().program;

describe('ROI takes a program design in and offers its payback and ROI', () => {
  it('takes the design’s figures, remembers where they came from and starts the scenarios again', () => {
    const before = { ...demoRoiState(), scenarios: { pessimistic: { participation: 0.1, frequencyUplift: 0, checkUplift: 0, retentionUplift: 0, breakage: 0 }, optimistic: { participation: 0.5, frequencyUplift: 0.2, checkUplift: 0.1, retentionUplift: 0.02, breakage: 0.3 } } };
    const figures = { ...demoFigures, members: 12_000, rewardRate: 0.05 };
    const after = programDesignIntake.into(before, { programName: 'Кофе-клуб', figures }, { exerciseId: 'program-design', at: '2026-12-07T10:00:00.000Z' });
    expect(after.program).toEqual(figures);
    expect(after.scenarios).toBeNull();
    expect(after.programSource).toEqual({ exerciseId: 'program-design', at: '2026-12-07T10:00:00.000Z', programName: 'Кофе-клуб', figures });
    // Everything else is the participant's and stays.
    expect(after.discount).toEqual(before.discount);
    expect(after.conclusions).toEqual(before.conclusions);
    expect(roiStateSchema.safeParse(after).success).toBe(true);
    // The sent copy is not the program itself: editing one later must not change the other.
    expect(after.programSource?.figures).not.toBe(after.program);
  });

  it('offers payback and ROI only once every figure is entered and valid, with the figures it used', () => {
    expect(roiOutcome(blankRoiState())).toBeNull();
    expect(roiOutcome({ ...demoRoiState(), program: { ...demoFigures, margin: null } })).toBeNull();
    expect(roiOutcome({ ...demoRoiState(), program: { ...demoFigures, participation: 1.5 } })).toBeNull();
    const outcome = roiOutcome(demoRoiState());
    const readiness = programReadiness(demoFigures);
    if (readiness.kind !== 'ready') throw new Error('the demo’s figures are complete');
    // The same figures the economics step shows.
    const model = programEconomics(readiness.inputs);
    expect(outcome).toEqual({ figures: demoFigures, paybackMonth: model.paybackMonth, roi: model.roi, net: model.net, programCost: model.programCost, sentFrom: null });
  });

  it('reads back through the registry with the design as its source', () => {
    const state = programDesignIntake.into(demoRoiState(), { programName: 'Coffee club', figures: demoFigures }, { exerciseId: 'program-design', at: '2026-12-07T10:00:00.000Z' });
    const read = readResult(roiOutcomeKind, exercises, { 'program-roi': exerciseEntry({ state, stateVersion: 1 }) });
    expect(read.status).toBe('ready');
    if (read.status === 'ready') expect(read.value.sentFrom).toEqual({ exerciseId: 'program-design', at: '2026-12-07T10:00:00.000Z', programName: 'Coffee club' });
    // ROI never opened: nothing evaluated yet, whatever its demo would show.
    expect(readResult(roiOutcomeKind, exercises, {})).toEqual({ status: 'notFilled', exerciseId: 'program-roi' });
  });
});
