import { useDatasetRef } from '../../../../src/workbook/useDataset';
import type { DatasetRef } from '../../../../src/workbook/analysis/context';
import type { MemberSource } from '../../state';
import { memberListSpec, salesSpec } from '../../inputs';

export const EXERCISE_ID = 'program-roi';

/**
 * Which data the step computes with, from progress alone (the rows stay in IndexedDB and the analysis
 * worker): the participant's sales file when there is one (in "My data", shared with every exercise that
 * reads sales), else the demo shop. The member list goes with the sales it belongs to: the demo list with
 * the demo sales, the imported list with imported sales.
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
  const sales = useDatasetRef(EXERCISE_ID, salesSpec);
  const list = useDatasetRef(EXERCISE_ID, memberListSpec);
  if (sales === null) return { source: 'demo' };
  return { source: 'imported', sales, list: memberSource === 'list' ? list : null };
}
