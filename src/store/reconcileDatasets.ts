/**
 * Accepting an import writes the rows to IndexedDB, then their summary to progress (localStorage). A tab
 * closed between the two leaves the new rows with the old summary (or none): the step would name one file
 * and compute on another. Called once at start, before anything is rendered, this gives progress the
 * summary the stored rows were saved with; the header record of every dataset carries it.
 */
import { listDatasets } from './datasets';
import { MY_DATA_OWNER } from './datasetLocation';
import { selectDatasetSummary, useWorkbookStore } from './workbookStore';

export async function reconcileDatasetSummaries(): Promise<number> {
  // Taken before the first render: a step opening (currentStep) must not look like a later edit.
  const before = useWorkbookStore.getState();
  const listed = await listDatasets();
  if (!listed.ok) return 0;
  let adopted = 0;
  for (const info of listed.value) {
    const location = { owner: info.exerciseId, id: info.specId };
    const known = selectDatasetSummary(before, location);
    if (known?.importedAt === info.meta.importedAt) continue;
    let interrupted: boolean;
    if (known !== null) interrupted = info.meta.importedAt > known.importedAt;
    else if (location.owner === MY_DATA_OWNER) interrupted = true;
    else {
      // Rows older than the exercise's last change are leftovers of a reset, not a summary that was lost.
      const entry = Object.hasOwn(before.exercises, location.owner) ? before.exercises[location.owner] : undefined;
      interrupted = entry !== undefined && info.savedAt > entry.updatedAt;
    }
    if (!interrupted) continue;
    // Only if nothing changed the summary since: the user's own later action wins.
    if (selectDatasetSummary(useWorkbookStore.getState(), location) !== known) continue;
    if (useWorkbookStore.getState().recordDatasetSummary(location, info.meta)) adopted++;
  }
  return adopted;
}
