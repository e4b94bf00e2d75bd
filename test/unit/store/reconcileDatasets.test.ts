import { beforeEach, describe, expect, it } from 'vitest';
import { saveDataset } from '../../../src/store/datasets';
import { reconcileDatasetSummaries } from '../../../src/store/reconcileDatasets';
import type { DatasetSummary, ExerciseEntry } from '../../../src/store/schema';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { datasetSummary, exerciseEntry } from '../../builders';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

function summary(fileName: string, importedAt: string): DatasetSummary {
  return datasetSummary(fileName, 1, { importedAt });
}

function entry(datasets: Record<string, DatasetSummary>, updatedAt: string): ExerciseEntry {
  return exerciseEntry({ datasets, updatedAt });
}

const OLD = summary('январь.csv', '2026-12-01T10:00:00.000Z');
const NEW = summary('февраль.csv', '2026-12-06T10:00:00.000Z');

describe('progress catches up with rows saved just before the tab closed', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
  });

  it('takes the summary of newer stored rows over the one progress kept', async () => {
    useWorkbookStore.setState({ exercises: { 'program-roi': entry({ sales: OLD }, '2026-12-01T10:00:01.000Z') } });
    await saveDataset('program-roi', 'sales', [{ customer: 'A' }], NEW, new Date(NEW.importedAt));
    expect(await reconcileDatasetSummaries()).toBe(1);
    expect(useWorkbookStore.getState().exercises['program-roi']?.datasets.sales).toEqual(NEW);
    // Once caught up, nothing more to do.
    expect(await reconcileDatasetSummaries()).toBe(0);
  });

  it('records a first import whose summary never reached progress, but not rows older than the last edit', async () => {
    useWorkbookStore.setState({ exercises: { 'program-roi': entry({}, '2026-12-06T09:00:00.000Z') } });
    await saveDataset('program-roi', 'sales', [{ customer: 'A' }], NEW, new Date(NEW.importedAt));
    expect(await reconcileDatasetSummaries()).toBe(1);
    expect(useWorkbookStore.getState().exercises['program-roi']?.datasets.sales).toEqual(NEW);

    // The exercise was reset after these rows were saved: they are leftovers, not a lost summary.
    useWorkbookStore.setState({ exercises: { 'program-roi': entry({}, '2026-12-06T11:00:00.000Z') } });
    expect(await reconcileDatasetSummaries()).toBe(0);
    expect(useWorkbookStore.getState().exercises['program-roi']?.datasets).toEqual({});
  });

  it('leaves progress alone when its summary is the newer one, and ignores exercise ids that are not its own keys', async () => {
    useWorkbookStore.setState({ exercises: { 'program-roi': entry({ sales: NEW }, '2026-12-06T10:00:01.000Z') } });
    await saveDataset('program-roi', 'sales', [{ customer: 'A' }], OLD, new Date(OLD.importedAt));
    await saveDataset('constructor', 'sales', [{ customer: 'A' }], NEW, new Date(NEW.importedAt));
    expect(await reconcileDatasetSummaries()).toBe(0);
    expect(useWorkbookStore.getState().exercises['program-roi']?.datasets.sales).toEqual(NEW);
  });
});
