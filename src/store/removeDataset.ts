import { deleteDataset, type DatasetStoreResult } from './datasets';
import type { DatasetLocation } from './datasetLocation';
import { useWorkbookStore } from './workbookStore';

/**
 * Removes an imported file: its rows from IndexedDB, then its summary from progress. When the rows cannot be
 * deleted, both stay and the error comes back as a value, so progress never names rows that are gone.
 */
export async function removeStoredDataset(location: DatasetLocation): Promise<DatasetStoreResult<void>> {
  const deleted = await deleteDataset(location.owner, location.id);
  if (deleted.ok) useWorkbookStore.getState().recordDatasetSummary(location, null);
  return deleted;
}
