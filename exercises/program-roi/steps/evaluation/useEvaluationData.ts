import { useDatasetSummary } from '../../../../src/workbook/useDataset';
import type { DatasetRef } from '../../../../src/workbook/analysis/context';
import type { MemberSource } from '../../state';
import { MEMBER_LIST_SPEC_ID, SALES_SPEC_ID } from '../../inputs';

export const EXERCISE_ID = 'program-roi';

/**
 * Which data the step computes with, from progress alone (the rows stay in IndexedDB and the analysis
 * worker): the participant's imported sales when there are any, else the demo shop. The member list goes
 * with the sales it belongs to: the demo list with the demo sales, the imported list with imported sales.
 */
export type EvaluationInputs =
  | { source: 'demo' }
  | {
      source: 'imported';
      sales: DatasetRef;
      /** null: members come from the member column, or from a list not imported yet. */
      list: DatasetRef | null;
    };

export function useEvaluationInputs(memberSource: MemberSource): EvaluationInputs {
  const sales = useDatasetSummary(EXERCISE_ID, SALES_SPEC_ID);
  const list = useDatasetSummary(EXERCISE_ID, MEMBER_LIST_SPEC_ID);
  if (sales === null) return { source: 'demo' };
  const ref = (specId: string, importedAt: string): DatasetRef => ({ exerciseId: EXERCISE_ID, specId, importedAt });
  return {
    source: 'imported',
    sales: ref(SALES_SPEC_ID, sales.importedAt),
    list: memberSource === 'list' && list !== null ? ref(MEMBER_LIST_SPEC_ID, list.importedAt) : null,
  };
}
