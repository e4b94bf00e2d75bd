import { blankProgramDesignState } from '../../../exercises/program-design/demo';
import type { DesignMechanic, ProgramDesignState } from '../../../exercises/program-design/state';
import { DEMO_PROGRAM_INPUTS } from '../../../exercises/program-roi/demo/programDemo';
import type { ProgramFigures } from '../../../src/results/programFigures';

/** A mechanic of the design: points at 3 % on every purchase, lapsing after a year, unless the test says otherwise. */
export function designMechanic(overrides: Partial<DesignMechanic> = {}): DesignMechanic {
  return { id: 'm1', type: 'points', rewardRate: 0.03, threshold: null, expiryMonths: 12, rules: '', ...overrides };
}

/**
 * Every figure of a program that ROI evaluates to a payback in month 13 and ROI ≈ +19 % (ROI's own worked example,
 * exercises/program-roi/demo/programDemo.ts), which the design's 3 % points on every purchase agree with.
 */
export function designFigures(overrides: Partial<ProgramFigures> = {}): ProgramFigures {
  return { ...DEMO_PROGRAM_INPUTS, ...overrides };
}

/** A design started from scratch with a name, mechanics and figures. */
export function designState(overrides: { name?: string; mechanics?: DesignMechanic[]; economics?: ProgramFigures } = {}): ProgramDesignState {
  const blank = blankProgramDesignState();
  return {
    ...blank,
    name: overrides.name ?? 'Кофе с собой',
    mechanics: { ...blank.mechanics, chosen: overrides.mechanics ?? [designMechanic()] },
    economics: overrides.economics ?? blank.economics,
  };
}
