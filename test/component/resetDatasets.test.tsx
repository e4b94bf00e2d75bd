import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatasetsDatabase, DATASETS_DB, loadDataset, saveDataset } from '../../src/store/datasets';
import type { DatasetSummary } from '../../src/store/schema';
import { useWorkbookStore } from '../../src/store/workbookStore';
import { useExercise } from '../../src/workbook/useExercise';
import { programRoi } from '../../exercises/program-roi';
import type { RoiState } from '../../exercises/program-roi/state';

const SUMMARY: DatasetSummary = {
  fileName: 'продажи.csv', format: 'csv', sheet: 'продажи.csv', encoding: 'utf-8', delimiter: ';', headerRow: 0,
  importedAt: '2026-02-01T09:00:00.000Z', rowsRead: 1, rowsImported: 1, rowsSkipped: 0, blankRowsIgnored: 0, mapping: {}, problemCounts: [],
};

async function importedSales(): Promise<void> {
  const saved = await saveDataset('program-roi', 'sales', [{ customer: 'M1', date: '2024-01-01', amount: 100, member: 'да' }], SUMMARY);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().setDatasetSummary('program-roi', 'sales', SUMMARY);
}

async function storedRows(): Promise<unknown> {
  const loaded = await loadDataset('program-roi', 'sales');
  return loaded.ok ? loaded.value : 'error';
}

describe('resetting an exercise deletes its imported rows, not only the reference to them', () => {
  afterEach(async () => {
    await closeDatasetsDatabase();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(DATASETS_DB);
      request.onsuccess = request.onerror = () => resolve();
    });
  });

  it.each(['reset', 'startFromScratch'] as const)('%s', async (action) => {
    const { result } = renderHook(() => useExercise<RoiState>(programRoi));
    act(() => result.current.setCurrentStep('evaluation'));
    await importedSales();
    expect(await storedRows()).not.toBeNull();

    act(() => result.current[action]());

    await expect.poll(storedRows).toBeNull();
    expect(useWorkbookStore.getState().exercises['program-roi']?.datasets ?? {}).toEqual({});
  });
});
