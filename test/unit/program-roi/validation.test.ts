import { describe, expect, it } from 'vitest';
import { programEconomics, validateProgramInputs } from '../../../exercises/program-roi/model';
import { DEMO_PROGRAM_INPUTS } from '../../../exercises/program-roi/demo/programDemo';

describe('validateProgramInputs', () => {
  it('flags NaN and infinities', () => {
    expect(validateProgramInputs({ ...DEMO_PROGRAM_INPUTS, members: Number.NaN, averageCheck: Infinity })).toEqual([
      { field: 'members', problem: 'not-a-number' },
      { field: 'averageCheck', problem: 'not-a-number' },
    ]);
  });

  it('flags negatives', () => {
    expect(validateProgramInputs({ ...DEMO_PROGRAM_INPUTS, setupCost: -1, breakage: -0.1 })).toEqual([
      { field: 'breakage', problem: 'negative' },
      { field: 'setupCost', problem: 'negative' },
    ]);
  });

  it('flags shares above one', () => {
    expect(validateProgramInputs({ ...DEMO_PROGRAM_INPUTS, participation: 1.2, margin: 28, baselineRewardShare: 1 })).toEqual([
      { field: 'participation', problem: 'above-one' },
      { field: 'margin', problem: 'above-one' },
    ]);
  });

  it('flags a non-integer or out-of-range horizon', () => {
    expect(validateProgramInputs({ ...DEMO_PROGRAM_INPUTS, horizonMonths: 12.5 })).toEqual([{ field: 'horizonMonths', problem: 'not-integer' }]);
    expect(validateProgramInputs({ ...DEMO_PROGRAM_INPUTS, horizonMonths: 0 })).toEqual([{ field: 'horizonMonths', problem: 'out-of-range' }]);
    expect(validateProgramInputs({ ...DEMO_PROGRAM_INPUTS, horizonMonths: 121 })).toEqual([{ field: 'horizonMonths', problem: 'out-of-range' }]);
    expect(validateProgramInputs({ ...DEMO_PROGRAM_INPUTS, horizonMonths: 120 })).toEqual([]);
  });

  it('accepts a falling uplift but not one below −100 % or beyond ±1 point of retention', () => {
    expect(validateProgramInputs({ ...DEMO_PROGRAM_INPUTS, frequencyUplift: -0.1, checkUplift: -1, retentionUplift: -0.05 })).toEqual([]);
    expect(validateProgramInputs({ ...DEMO_PROGRAM_INPUTS, frequencyUplift: -1.5, retentionUplift: 1.5 })).toEqual([
      { field: 'frequencyUplift', problem: 'out-of-range' },
      { field: 'retentionUplift', problem: 'out-of-range' },
    ]);
  });

  it('does not stop programEconomics from answering anyway', () => {
    expect(() => programEconomics({ ...DEMO_PROGRAM_INPUTS, members: Number.NaN })).not.toThrow();
    const nan = programEconomics({ ...DEMO_PROGRAM_INPUTS, members: Number.NaN });
    expect(nan.months).toHaveLength(24);
    expect(nan.paybackMonth).toBeNull();
    expect(nan.breakEven.frequencyUplift).toEqual({ kind: 'unreachable' });
    const noHorizon = programEconomics({ ...DEMO_PROGRAM_INPUTS, horizonMonths: Number.NaN });
    expect(noHorizon.months).toEqual([]);
    expect(noHorizon.roi).toBeNull();
    expect(programEconomics({ ...DEMO_PROGRAM_INPUTS, horizonMonths: 1e9 }).months).toHaveLength(120);
    expect(programEconomics({ ...DEMO_PROGRAM_INPUTS, horizonMonths: 12.7 }).months).toHaveLength(12);
    expect(() => programEconomics({ ...DEMO_PROGRAM_INPUTS, margin: Infinity, retentionUplift: -5 })).not.toThrow();
  });
});
