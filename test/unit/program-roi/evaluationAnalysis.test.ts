import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as datasets from '../../../src/store/datasets';
import type { DatasetSummary } from '../../../src/store/schema';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { evaluate, type EvaluationRequest } from '../../../exercises/program-roi/analysis/evaluationAnalysis';
import { demoMemberRows, demoSalesRows, DEMO_EVALUATION_LAUNCH } from '../../../exercises/program-roi/demo/evaluationDemo';
import { evaluationStatus, memberListFromRows, salesFromRows } from '../../../exercises/program-roi/model';
import { datasetSummary } from '../../builders';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

function summary(fileName: string, rows: number): DatasetSummary {
  return datasetSummary(fileName, rows, { importedAt: '2026-12-06T09:00:00.000Z' });
}

const SALES_REF = { exerciseId: 'program-roi', specId: 'sales', importedAt: '2026-12-06T09:00:00.000Z' };
const LIST_REF = { exerciseId: 'program-roi', specId: 'members', importedAt: '2026-12-06T09:05:00.000Z' };
const SETTINGS = { launchDate: DEMO_EVALUATION_LAUNCH, memberSource: 'column' as const, windowMonths: 12 };

describe('the evaluation analysis over stored sales', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
  });
  afterEach(() => vi.restoreAllMocks());

  it('gives what the step computed from rows, read from columns, and reads the dataset once across settings', async () => {
    const rows = demoSalesRows();
    await datasets.saveDataset('program-roi', 'sales', rows, summary('продажи.csv', rows.length));
    const read = vi.spyOn(datasets, 'loadDatasetTable');
    const { context } = createAnalysisContext(() => undefined);
    const request: EvaluationRequest = { sales: SALES_REF, list: null, settings: SETTINGS };

    const first = await evaluate(request, context);
    expect(first).toEqual({ kind: 'status', status: evaluationStatus(salesFromRows(rows), null, SETTINGS), listUnreadable: false });
    expect(first.kind === 'status' && first.status.kind).toBe('ready');

    const shorter = { ...SETTINGS, windowMonths: 6 };
    const second = await evaluate({ ...request, settings: shorter }, context);
    expect(second).toEqual({ kind: 'status', status: evaluationStatus(salesFromRows(rows), null, shorter), listUnreadable: false });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('compares by a member list when one is stored, and says when the sales cannot be read', async () => {
    const rows = demoSalesRows();
    const list = demoMemberRows();
    await datasets.saveDataset('program-roi', 'sales', rows, summary('продажи.csv', rows.length));
    await datasets.saveDataset('program-roi', 'members', list, summary('участники.csv', list.length));
    const { context } = createAnalysisContext(() => undefined);
    const byList = { ...SETTINGS, memberSource: 'list' as const };
    expect(await evaluate({ sales: SALES_REF, list: LIST_REF, settings: byList }, context)).toEqual({
      kind: 'status',
      status: evaluationStatus(salesFromRows(rows), memberListFromRows(list), byList),
      listUnreadable: false,
    });

    const missingList = await evaluate({ sales: SALES_REF, list: { ...LIST_REF, specId: 'nothing' }, settings: byList }, context);
    expect(missingList.kind === 'status' && missingList.listUnreadable).toBe(true);
    expect(missingList.kind === 'status' && missingList.status.kind).toBe('needList');

    const gone = await evaluate({ sales: { ...SALES_REF, specId: 'nothing' }, list: null, settings: SETTINGS }, createAnalysisContext(() => undefined).context);
    expect(gone).toEqual({ kind: 'salesUnreadable' });
  });
});
