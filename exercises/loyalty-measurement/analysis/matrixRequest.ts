import type { DatasetRef } from '../../../src/workbook/analysis/context';
import { customerKey } from '../model/dickBasu';
import type { LoyaltyState } from '../state';
import type { MatrixRequest } from './matrixAnalysis';

/** Where the matrix's answers and sales come from, said on the step and in the export. */
export type MatrixSources = { survey: 'demo' | 'own' | 'none'; sales: 'demo' | 'own' | 'none' };

/**
 * What the join runs on, from the state and the stored files' references (the step reads them from progress,
 * the export from its context): the participant's survey (files and typed answers) and sales file; the demo
 * retailer's for whichever is missing while the exercise runs on the demo. `request` is null when either side
 * has nothing at all: the step then asks for estimates.
 */
export function matrixRequest(
  state: Pick<LoyaltyState, 'useDemoData' | 'survey' | 'behaviour' | 'matrix'>,
  sales: DatasetRef | null,
  surveyFiles: readonly (DatasetRef | null)[],
): { sources: MatrixSources; request: MatrixRequest | null } {
  const ownSurvey = state.survey.files.length > 0 || state.survey.typedAnswers.length > 0;
  const sources: MatrixSources = {
    survey: ownSurvey ? 'own' : state.useDemoData ? 'demo' : 'none',
    sales: sales !== null ? 'own' : state.useDemoData ? 'demo' : 'none',
  };
  if (sources.survey === 'none' || sources.sales === 'none') return { sources, request: null };
  return {
    sources,
    request: {
      sales: sales ?? 'demo',
      survey:
        sources.survey === 'demo'
          ? 'demo'
          : {
              files: surveyFiles.filter((ref): ref is DatasetRef => ref !== null),
              typed: state.survey.typedAnswers.map((answer) => ({ customer: customerKey(answer.customer), nps: answer.nps, attitude: answer.attitude })),
            },
      minPurchases: state.matrix.minPurchases,
      countRowsAsPurchases: state.behaviour.countRowsAsPurchases,
    },
  };
}
