import { programEconomicsKind, type ProgramEconomics } from '../../src/results/programEconomics';
import { PROGRAM_FIGURE_KEYS, type ProgramFigures } from '../../src/results/programFigures';
import { offerResult } from '../../src/workbook/results';
import type { ProgramDesignState } from './state';

/** The figures still empty, in the ROI form's order: "Evaluate in the ROI exercise" waits for none. */
export function missingFigures(figures: ProgramFigures): (keyof ProgramFigures)[] {
  return PROGRAM_FIGURE_KEYS.filter((key) => figures[key] === null);
}

/** The design as ROI takes it: offered once every figure is entered (ROI checks the ranges and says what to fix). */
export function programEconomics(state: ProgramDesignState): ProgramEconomics | null {
  if (missingFigures(state.economics).length > 0) return null;
  return { programName: state.name.trim(), figures: { ...state.economics } };
}

export const programEconomicsOffer = offerResult(programEconomicsKind, programEconomics);
