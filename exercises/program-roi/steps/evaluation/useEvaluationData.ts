import type { TypedRow } from '../../../../src/data/import/types';
import { useDataset } from '../../../../src/workbook/useDataset';
import type { MemberSource } from '../../state';
import { MEMBER_LIST_SPEC_ID, SALES_SPEC_ID } from '../../inputs';
import { demoMemberRows, demoSalesRows } from '../../demo/evaluationDemo';

export const EXERCISE_ID = 'program-roi';

/**
 * The rows the step computes with: the participant's imported sales when there are any, else the demo
 * shop. The member list goes with the sales it belongs to: the demo list with the demo sales (an imported
 * list would name none of the demo customers), the imported list with imported sales.
 */
export type EvaluationData =
  | { kind: 'loading' }
  | {
      kind: 'ready';
      source: 'demo' | 'imported';
      salesRows: readonly TypedRow[];
      /** null: members come from a list that has not been imported yet. */
      memberRows: readonly TypedRow[] | null;
      /** The stored data could not be read; the demo stands in. */
      loadFailed: boolean;
    };

export function useEvaluationData(memberSource: MemberSource): EvaluationData {
  const sales = useDataset(EXERCISE_ID, SALES_SPEC_ID);
  const list = useDataset(EXERCISE_ID, MEMBER_LIST_SPEC_ID);
  if (sales.status === 'loading') return { kind: 'loading' };
  if (sales.status === 'ready' && sales.rows) {
    if (memberSource === 'column') return { kind: 'ready', source: 'imported', salesRows: sales.rows, memberRows: null, loadFailed: false };
    if (list.status === 'loading') return { kind: 'loading' };
    const memberRows = list.status === 'ready' && list.rows ? list.rows : null;
    return { kind: 'ready', source: 'imported', salesRows: sales.rows, memberRows, loadFailed: list.status === 'error' };
  }
  return { kind: 'ready', source: 'demo', salesRows: demoSalesRows(), memberRows: demoMemberRows(), loadFailed: sales.status === 'error' };
}
