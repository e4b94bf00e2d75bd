import { closeDatasetsDatabase, DATASETS_DB } from '../../src/store/datasets';

/**
 * An empty IndexedDB of imported rows for the next test. The app's open connection is closed first: a delete
 * waits for every connection to close, and would otherwise hang the test until its timeout.
 */
export async function resetDatasetsDatabase(): Promise<void> {
  await closeDatasetsDatabase();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATASETS_DB);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${DATASETS_DB}`));
  });
}
