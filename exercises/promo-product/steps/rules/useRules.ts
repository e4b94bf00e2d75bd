import { useStoppableAnalysis, type StoppableAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import type { RulesAnalysisResult, RulesRequest } from '../../analysis/rulesAnalysis';
import { rulesAnalysis } from '../../analysis/rulesSource';
import type { PromoProductState } from '../../state';
import { useReceipts, type ReceiptsOrigin } from '../shared/useReceipts';

export interface RulesRun extends StoppableAnalysis<RulesAnalysisResult> {
  origin: ReceiptsOrigin;
  /** The result on screen: the latest, or the previous one while a changed threshold is mined (or after a stop). */
  shown: RulesAnalysisResult | null;
}

/** The rules for the participant's receipts and thresholds, mined in the step's worker; a run can be stopped. */
export function useRules(state: PromoProductState): RulesRun {
  const { origin, request: baskets } = useReceipts(state);
  const { minSupport, minConfidence, minLift, maxLength, sequenceDays } = state.rules;
  const request: RulesRequest | null = baskets === null ? null : { baskets, thresholds: { minSupport, minConfidence, minLift, maxLength }, sequenceDays };
  const run = useStoppableAnalysis(rulesAnalysis, request);
  const { state: analysis } = run;
  const shown = analysis.status === 'done' ? analysis.result : analysis.status === 'running' || analysis.status === 'stopped' ? analysis.previous : null;
  return { ...run, origin, shown };
}
