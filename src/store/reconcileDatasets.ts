/**
 * Accepting an import writes the rows to IndexedDB, then their summary to progress (localStorage). A tab
 * closed between the two leaves the new rows with the old summary (or none): the step would name one file
 * and compute on another. Called once at start, before anything is rendered, this gives progress the
 * summary the stored rows were saved with; the header record of every dataset carries it.
 */
import { listDatasets } from './datasets';
import type { DatasetSummary } from './schema';
import { useWorkbookStore } from './workbookStore';

export async function reconcileDatasetSummaries(): Promise<number> {
  // Taken before the first render: a step opening (currentStep) must not look like a later edit.
  const before = useWorkbookStore.getState().exercises;
  const listed = await listDatasets();
  if (!listed.ok) return 0;
  let adopted = 0;
  for (const info of listed.value) {
    if (!Object.hasOwn(before, info.exerciseId)) continue;
    const entry = before[info.exerciseId];
    if (entry === undefined) continue;
    const known: DatasetSummary | undefined = Object.hasOwn(entry.datasets, info.specId) ? entry.datasets[info.specId] : undefined;
    if (known?.importedAt === info.meta.importedAt) continue;
    const interrupted = known === undefined ? info.savedAt > entry.updatedAt : info.meta.importedAt > known.importedAt;
    if (!interrupted) continue;
    // Only if nothing changed the summary since: the user's own later action wins.
    const now = useWorkbookStore.getState().exercises[info.exerciseId]?.datasets[info.specId];
    if (now !== known) continue;
    if (useWorkbookStore.getState().setDatasetSummary(info.exerciseId, info.specId, info.meta)) adopted++;
  }
  return adopted;
}
