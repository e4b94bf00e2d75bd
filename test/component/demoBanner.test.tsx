import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoBanner } from '../../src/app/DemoBanner';
import { MY_DATA_OWNER } from '../../src/store/datasetLocation';
import { useWorkbookStore } from '../../src/store/workbookStore';
import { useExercise } from '../../src/workbook/useExercise';
import { customerBase } from '../../exercises/customer-base';
import type { CustomerBaseState } from '../../exercises/customer-base/state';
import { programRoi } from '../../exercises/program-roi';
import type { RoiState } from '../../exercises/program-roi/state';
import { datasetSummary } from '../builders';

const SUMMARY = datasetSummary('продажи.csv', 1, { sheet: 'продажи.csv', importedAt: '2026-02-01T09:00:00.000Z' });
const SALES = { owner: MY_DATA_OWNER, id: 'sales' };

describe('the demo banner ("opened with demo values") says only what is true', () => {
  afterEach(() => {
    act(() => useWorkbookStore.getState().recordDatasetSummary(SALES, null));
  });

  it('goes away once the shared sales feed an exercise whose demo was only its data', () => {
    const { result } = renderHook(() => useExercise<CustomerBaseState>(customerBase));
    act(() => result.current.setCurrentStep('data'));
    expect([result.current.showingDemo, result.current.ownFilesInUse]).toEqual([true, false]);

    act(() => useWorkbookStore.getState().recordDatasetSummary(SALES, SUMMARY));
    expect([result.current.showingDemo, result.current.ownFilesInUse]).toEqual([false, true]);

    act(() => useWorkbookStore.getState().recordDatasetSummary(SALES, null));
    expect(result.current.showingDemo).toBe(true);
  });

  it('stays, saying the file is theirs, where the demo also set other values (ROI’s margin, costs)', () => {
    const { result } = renderHook(() => useExercise<RoiState>(programRoi));
    act(() => result.current.setCurrentStep('evaluation'));
    act(() => useWorkbookStore.getState().recordDatasetSummary(SALES, SUMMARY));
    expect([result.current.showingDemo, result.current.ownFilesInUse]).toEqual([true, true]);

    render(<DemoBanner ownFiles onStartFromScratch={() => undefined} />);
    expect(screen.getByText(/The figures come from your file/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start from scratch' })).toBeTruthy();
  });
});
