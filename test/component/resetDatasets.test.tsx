import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset, saveDataset } from '../../src/store/datasets';
import { MY_DATA_OWNER } from '../../src/store/datasetLocation';
import { useWorkbookStore } from '../../src/store/workbookStore';
import { useExercise } from '../../src/workbook/useExercise';
import { programRoi } from '../../exercises/program-roi';
import type { RoiState } from '../../exercises/program-roi/state';
import { datasetSummary } from '../builders';
import { resetDatasetsDatabase } from '../support/datasetsDatabase';

const SUMMARY = datasetSummary('продажи.csv', 1, { sheet: 'продажи.csv', importedAt: '2026-02-01T09:00:00.000Z' });

/** The exercise's own member list, and the shared sales file in "My data" that other exercises read too. */
async function importedFiles(): Promise<void> {
  const list = await saveDataset('program-roi', 'members', [{ customer: 'M1', joinDate: '2024-01-01' }], SUMMARY);
  if (!list.ok) throw new Error(list.error.detail);
  useWorkbookStore.getState().setDatasetSummary('program-roi', 'members', SUMMARY);
  const sales = await saveDataset(MY_DATA_OWNER, 'sales', [{ customer: 'M1', date: '2024-01-01', amount: 100, member: 'да' }], SUMMARY);
  if (!sales.ok) throw new Error(sales.error.detail);
  useWorkbookStore.getState().recordDatasetSummary({ owner: MY_DATA_OWNER, id: 'sales' }, SUMMARY);
}

async function storedRows(owner: string, id: string): Promise<unknown> {
  const loaded = await loadDataset(owner, id);
  return loaded.ok ? loaded.value : 'error';
}

describe('resetting an exercise deletes its own imported rows, not only the reference to them, and keeps shared files', () => {
  afterEach(async () => {
    await resetDatasetsDatabase();
  });

  it.each(['reset', 'startFromScratch'] as const)('%s', async (action) => {
    const { result } = renderHook(() => useExercise<RoiState>(programRoi));
    act(() => result.current.setCurrentStep('evaluation'));
    await importedFiles();
    expect(await storedRows('program-roi', 'members')).not.toBeNull();

    act(() => result.current[action]());

    await expect.poll(() => storedRows('program-roi', 'members')).toBeNull();
    expect(useWorkbookStore.getState().exercises['program-roi']?.datasets ?? {}).toEqual({});
    // The sales file serves every exercise that reads sales: resetting one of them leaves it.
    expect(await storedRows(MY_DATA_OWNER, 'sales')).not.toBeNull();
    expect(useWorkbookStore.getState().myData?.sales).toEqual(SUMMARY);
  });
});
