import { beforeAll, describe, expect, it } from 'vitest';
import { exercises } from '../../../exercises';
import { blankProgramDesignState } from '../../../exercises/program-design/demo';
import { missingFigures, programEconomics } from '../../../exercises/program-design/links';
import { demoRoiState } from '../../../exercises/program-roi/demo';
import { programEconomicsKind } from '../../../src/results/programEconomics';
import { planSend, readResult } from '../../../src/workbook/results';
import { exerciseEntry, loadOnDemandParts } from '../../builders';

const figures = demoRoiState().program;

describe('program design: the economics it offers ROI', () => {
  beforeAll(() => loadOnDemandParts(exercises));

  it('lists the figures still empty, in the ROI form’s order, and offers nothing until there are none', () => {
    const blank = blankProgramDesignState();
    expect(missingFigures(blank.economics)).toHaveLength(16);
    expect(missingFigures({ ...figures, margin: null, horizonMonths: null })).toEqual(['margin', 'horizonMonths']);
    expect(programEconomics(blank)).toBeNull();
    expect(programEconomics({ ...blank, name: '  Кофе-клуб ', economics: { ...figures } })).toEqual({ programName: 'Кофе-клуб', figures });
  });

  it('sends the design to ROI, which opens on its economics step with the figures', () => {
    const design = { ...blankProgramDesignState(), name: 'Coffee club', economics: { ...figures, members: 4_000 } };
    const entries = { 'program-design': exerciseEntry({ state: design, stateVersion: 1 }) };
    expect(readResult(programEconomicsKind, exercises, entries).status).toBe('ready');
    const plan = planSend(programEconomicsKind, exercises, entries, '2026-12-07T10:00:00.000Z', 'ru');
    expect(plan).toMatchObject({ status: 'ready', exerciseId: 'program-roi', stepId: 'economics', startedFrom: 'demo' });
    if (plan.status !== 'ready') return;
    expect(plan.state).toMatchObject({ program: { ...figures, members: 4_000 }, programSource: { exerciseId: 'program-design', programName: 'Coffee club' } });
  });
});
