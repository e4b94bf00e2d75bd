import type { BackupDataset } from '../../store/backup';
import { MY_DATA_OWNER } from '../../store/datasetLocation';
import { datasetSummarySchema, type DatasetSummary, type ExerciseEntry, type PersistedWorkbook } from '../../store/schema';
import type { PackFile } from '../../trainer/packs/packFile';
import type { PackStart } from '../../workbook/packStart';

export interface PackedWorkbook {
  /** The participant's workbook with the pack's exercises (and tables, and settings if it has them) in place. */
  workbook: PersistedWorkbook;
  /** Every table the workbook refers to afterwards: the participant's own that stay, and the pack's. */
  datasets: BackupDataset[];
  /** What the pack's exercises start from, for src/workbook/packStart.ts. */
  starts: Record<string, PackStart>;
}

function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Opening a pack, as data: the pack's exercises replace the participant's (as if just opened on a demo: no step
 * done, nothing drafted), with the pack's tables as their own; a "My data" table in the pack replaces that kind;
 * every other exercise and table stays as it is. Pure, so the rules are tested without storage; the result is
 * restored as a backup would be (src/app/backup/restoreWorkbook.ts), which makes it all or nothing and undoable.
 * The pack's tables were checked with `checkBackupDatasets` before, so their `meta` are summaries.
 */
export function workbookWithPack(current: PersistedWorkbook, currentDatasets: readonly BackupDataset[], pack: PackFile, now = new Date()): PackedWorkbook {
  const openedAt = now.toISOString();
  const packIds = new Set(Object.keys(pack.exercises));
  const ownTables = new Map<string, Record<string, DatasetSummary>>();
  const myData: Record<string, DatasetSummary> = { ...(current.myData ?? {}) };
  const myDataKinds = new Set<string>();
  for (const dataset of pack.datasets) {
    const meta = datasetSummarySchema.parse(dataset.meta);
    if (dataset.exerciseId === MY_DATA_OWNER) {
      setOwn(myData, dataset.id, meta);
      myDataKinds.add(dataset.id);
    } else {
      const tables = ownTables.get(dataset.exerciseId) ?? {};
      setOwn(tables, dataset.id, meta);
      ownTables.set(dataset.exerciseId, tables);
    }
  }
  const exercises: Record<string, ExerciseEntry> = { ...current.exercises };
  const starts: Record<string, PackStart> = {};
  for (const [id, { stateVersion, state }] of Object.entries(pack.exercises)) {
    setOwn(exercises, id, {
      stateVersion,
      state,
      startedFrom: 'demo',
      currentStep: null,
      completedSteps: [],
      visitedSteps: [],
      drafts: {},
      datasets: ownTables.get(id) ?? {},
      updatedAt: openedAt,
    });
    setOwn(starts, id, { packName: pack.name, packTitle: pack.title, openedAt, stateVersion, state });
  }
  const settings = pack.settings ? { ...current.settings, locale: pack.settings.locale, currency: pack.settings.currency } : current.settings;
  const kept = currentDatasets.filter((dataset) =>
    dataset.exerciseId === MY_DATA_OWNER ? !myDataKinds.has(dataset.id) : !packIds.has(dataset.exerciseId),
  );
  return { workbook: { settings, exercises, myData }, datasets: [...kept, ...pack.datasets], starts };
}
