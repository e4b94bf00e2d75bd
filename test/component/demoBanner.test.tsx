import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MY_DATA_OWNER } from '../../src/store/datasetLocation';
import { useWorkbookStore } from '../../src/store/workbookStore';
import { useExercise } from '../../src/workbook/useExercise';
import { customerBase } from '../../exercises/customer-base';
import type { CustomerBaseState } from '../../exercises/customer-base/state';
import { datasetSummary } from '../builders';

const SUMMARY = datasetSummary('продажи.csv', 1, { sheet: 'продажи.csv', importedAt: '2026-02-01T09:00:00.000Z' });

describe('the demo banner ("opened with demo values") is shown only while the demo is what the exercise shows', () => {
  afterEach(() => {
    act(() => useWorkbookStore.getState().recordDatasetSummary({ owner: MY_DATA_OWNER, id: 'sales' }, null));
  });

  it('goes away once the participant’s shared sales feed the exercise, though its settings are still the demo’s', () => {
    const { result } = renderHook(() => useExercise<CustomerBaseState>(customerBase));
    act(() => result.current.setCurrentStep('data'));
    expect(result.current.showingDemo).toBe(true);

    act(() => useWorkbookStore.getState().recordDatasetSummary({ owner: MY_DATA_OWNER, id: 'sales' }, SUMMARY));
    expect(result.current.showingDemo).toBe(false);

    act(() => useWorkbookStore.getState().recordDatasetSummary({ owner: MY_DATA_OWNER, id: 'sales' }, null));
    expect(result.current.showingDemo).toBe(true);
  });
});
