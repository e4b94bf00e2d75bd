import { programEconomicsKind } from '../../src/results/programEconomics';
import { roiOutcomeKind, type RoiOutcome } from '../../src/results/roiOutcome';
import { acceptResult, offerResult } from '../../src/workbook/results';
import { programTotals } from './model/programEconomics';
import { programReadiness } from './programDraft';
import type { RoiState } from './state';

/**
 * A program design sent here ("Evaluate in the ROI exercise"): its figures replace the program's, and the source is
 * kept with the figures as sent, so the economics step can say where they came from and whether either side has
 * changed since. Scenarios derived from the old figures would no longer match them: they start again.
 */
export const programDesignIntake = acceptResult(programEconomicsKind, 'economics', (state: RoiState, value, sent): RoiState => ({
  ...state,
  program: { ...value.figures },
  scenarios: null,
  programSource: { exerciseId: sent.exerciseId, at: sent.at, programName: value.programName, figures: { ...value.figures } },
}));

/** Payback and ROI of the program as it stands here, for the design to show; none until every figure is valid. */
export function roiOutcome(state: RoiState): RoiOutcome | null {
  const readiness = programReadiness(state.program);
  if (readiness.kind !== 'ready') return null;
  const totals = programTotals(readiness.inputs);
  const source = state.programSource;
  return {
    figures: { ...state.program },
    paybackMonth: totals.paybackMonth,
    roi: totals.roi,
    net: totals.net,
    programCost: totals.programCost,
    sentFrom: source === null ? null : { exerciseId: source.exerciseId, at: source.at, programName: source.programName },
  };
}

export const roiOutcomeOffer = offerResult(roiOutcomeKind, roiOutcome);
