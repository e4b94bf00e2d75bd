import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { detectLocale, type Locale } from '../i18n/locale';
import type { Currency } from '../i18n/format';
import { MY_DATA_OWNER, type DatasetLocation } from './datasetLocation';
import {
  STORAGE_KEY,
  STORE_VERSION,
  datasetSummarySchema,
  persistedPart,
  exerciseEntrySchema,
  settingsSchema,
  type DatasetSummary,
  type ExerciseEntry,
  type PersistedWorkbook,
  type Settings,
} from './schema';
import { createSafeStorage } from './safeStorage';
import { mergeWorkbooks } from './mergeWorkbook';
import { migratePersisted } from './migrations';
import { holdsWrites, useStorageStatus } from './storageStatus';
// Casts in this file: persisted JSON is unknown; each object is checked with typeof before it is read, and migrations end at the current schema, which the exercises then validate with zod.

export interface WorkbookActions {
  setLocale: (locale: Locale) => void;
  /** null: follow the language (the currency of a workbook that never chose one). */
  setCurrency: (currency: Currency | null) => void;
  setPresenter: (presenter: boolean) => void;
  /** The team or participant name from the header, as typed. */
  setTeam: (team: string) => void;
  /** Write an exercise's state; the entry is created on the first write, remembering where the user started. */
  writeExerciseState: (exerciseId: string, stateVersion: number, state: unknown, startedFrom?: ExerciseEntry['startedFrom']) => void;
  /** The step open now; it is also remembered as seen (`visitedSteps`). */
  setCurrentStep: (exerciseId: string, stepId: string) => void;
  markStepCompleted: (exerciseId: string, stepId: string) => void;
  /** Raw text of a field that does not validate yet (null clears it once the value is valid). */
  setDraft: (exerciseId: string, fieldKey: string, raw: string | null) => void;
  /**
   * Record (or, with null, forget) the summary of a dataset whose rows were just saved to IndexedDB.
   * Returns false when the exercise has no entry yet: the caller must not leave rows nobody refers to.
   */
  setDatasetSummary: (exerciseId: string, specId: string, summary: DatasetSummary | null) => boolean;
  /** The same for any location: an exercise's own dataset, or a shared file in "My data" (always recorded). */
  recordDatasetSummary: (location: DatasetLocation, summary: DatasetSummary | null) => boolean;
  /** Forget everything about an exercise: it opens with its demo values again. */
  resetExercise: (exerciseId: string) => void;
  /** Replace all progress, as a restored backup does. */
  replaceWorkbook: (workbook: PersistedWorkbook) => void;
}

export type WorkbookStore = PersistedWorkbook & WorkbookActions;

export { persistedPart } from './schema';

/** The summary progress keeps for a dataset location, or null when nothing is imported there. */
export function selectDatasetSummary(store: PersistedWorkbook, location: DatasetLocation): DatasetSummary | null {
  if (location.owner === MY_DATA_OWNER) {
    const myData = store.myData ?? {};
    return Object.hasOwn(myData, location.id) ? (myData[location.id] ?? null) : null;
  }
  if (!Object.hasOwn(store.exercises, location.owner)) return null;
  const datasets = store.exercises[location.owner]?.datasets ?? {};
  return Object.hasOwn(datasets, location.id) ? (datasets[location.id] ?? null) : null;
}

export function defaultSettings(): Settings {
  return {
    locale: detectLocale(typeof navigator === 'undefined' ? undefined : navigator.languages ?? [navigator.language]),
    currency: null,
    presenter: false,
    team: '',
  };
}

function emptyEntry(stateVersion: number, state: unknown, startedFrom: ExerciseEntry['startedFrom']): ExerciseEntry {
  return { stateVersion, state, startedFrom, currentStep: null, completedSteps: [], visitedSteps: [], drafts: {}, datasets: {}, updatedAt: new Date().toISOString() };
}

/** `record[key] = value` for any key: '__proto__' from stored JSON becomes an entry, not the object's prototype. */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Accept what can be trusted of a stored workbook, part by part: bad settings fall back to defaults,
 * and a bad exercise entry is kept aside on its own instead of costing the user every other exercise.
 */
export function sanitiseWorkbook(stored: unknown, fallbackSettings: Settings): PersistedWorkbook {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const settingsResult = settingsSchema.safeParse(record.settings);
  const settings = settingsResult.success ? settingsResult.data : { ...fallbackSettings, ...pickValidSettings(record.settings) };
  const exercises: Record<string, ExerciseEntry> = {};
  const storedExercises = typeof record.exercises === 'object' && record.exercises !== null ? (record.exercises as Record<string, unknown>) : {};
  for (const [id, value] of Object.entries(storedExercises)) {
    const entry = exerciseEntrySchema.safeParse(value);
    if (entry.success) setOwn(exercises, id, entry.data);
    else useStorageStatus.getState().keepAside({ reason: 'unrecognised', scope: id, raw: JSON.stringify(value) });
  }
  const myData: Record<string, DatasetSummary> = {};
  const storedMyData = typeof record.myData === 'object' && record.myData !== null ? (record.myData as Record<string, unknown>) : {};
  for (const [kind, value] of Object.entries(storedMyData)) {
    const summary = datasetSummarySchema.safeParse(value);
    if (summary.success) setOwn(myData, kind, summary.data);
    else useStorageStatus.getState().keepAside({ reason: 'unrecognised', scope: `${MY_DATA_OWNER}/${kind}`, raw: JSON.stringify(value) });
  }
  return { settings, exercises, myData };
}

function pickValidSettings(value: unknown): Partial<Settings> {
  if (typeof value !== 'object' || value === null) return {};
  const picked: Partial<Settings> = {};
  const shape = settingsSchema.shape;
  const source = value as Record<string, unknown>;
  const locale = shape.locale.safeParse(source.locale);
  if (locale.success) picked.locale = locale.data;
  const currency = shape.currency.safeParse(source.currency);
  if (currency.success) picked.currency = currency.data;
  const presenter = shape.presenter.safeParse(source.presenter);
  if (presenter.success) picked.presenter = presenter.data;
  const team = shape.team.safeParse(source.team);
  if (team.success) picked.team = team.data;
  return picked;
}

/**
 * The workbook's localStorage, shared with any other tab of the workbook: their writes are merged with this
 * tab's, exercise by exercise and field by field, and this tab's memory takes the merged value.
 */
const workbookStorage = createSafeStorage<PersistedWorkbook>(undefined, {
  merge: (base, ours, theirs) => {
    const { workbook, conflicts } = mergeWorkbooks(base, ours, theirs);
    return { state: workbook, conflicts };
  },
  onMerged: (merged, conflicts) => {
    if (JSON.stringify(persistedPart(useWorkbookStore.getState())) !== JSON.stringify(merged)) useWorkbookStore.setState(persistedPart(merged));
    if (conflicts.length > 0) useStorageStatus.getState().reportTabConflict(conflicts);
  },
});

export const useWorkbookStore = create<WorkbookStore>()(
  persist(
    (set, get) => {
      const updateEntry = (exerciseId: string, change: (entry: ExerciseEntry) => ExerciseEntry | null) =>
        set((store) => {
          const entry = store.exercises[exerciseId];
          if (!entry) return {};
          const next = change(entry);
          if (next === null || next === entry) return {};
          return { exercises: { ...store.exercises, [exerciseId]: { ...next, updatedAt: new Date().toISOString() } } };
        });
      return {
        settings: defaultSettings(),
        exercises: {},
        myData: {},
        setLocale: (locale) => set((store) => ({ settings: { ...store.settings, locale } })),
        setCurrency: (currency) => set((store) => ({ settings: { ...store.settings, currency } })),
        setPresenter: (presenter) => set((store) => ({ settings: { ...store.settings, presenter } })),
        setTeam: (team) => set((store) => ({ settings: { ...store.settings, team } })),
        writeExerciseState: (exerciseId, stateVersion, state, startedFrom = 'demo') =>
          set((store) => {
            const existing = store.exercises[exerciseId];
            const entry: ExerciseEntry = existing
              ? { ...existing, stateVersion, state, updatedAt: new Date().toISOString() }
              : emptyEntry(stateVersion, state, startedFrom);
            return { exercises: { ...store.exercises, [exerciseId]: entry } };
          }),
        setCurrentStep: (exerciseId, stepId) =>
          updateEntry(exerciseId, (entry) =>
            entry.currentStep === stepId && entry.visitedSteps.includes(stepId)
              ? null
              : { ...entry, currentStep: stepId, visitedSteps: entry.visitedSteps.includes(stepId) ? entry.visitedSteps : [...entry.visitedSteps, stepId] },
          ),
        markStepCompleted: (exerciseId, stepId) =>
          updateEntry(exerciseId, (entry) =>
            entry.completedSteps.includes(stepId) ? null : { ...entry, completedSteps: [...entry.completedSteps, stepId] },
          ),
        setDraft: (exerciseId, fieldKey, raw) =>
          updateEntry(exerciseId, (entry) => {
            if ((entry.drafts[fieldKey] ?? null) === raw) return null;
            const drafts = { ...entry.drafts };
            if (raw === null) delete drafts[fieldKey];
            else drafts[fieldKey] = raw;
            return { ...entry, drafts };
          }),
        setDatasetSummary: (exerciseId, specId, summary) => {
          let recorded = false;
          updateEntry(exerciseId, (entry) => {
            recorded = true;
            const datasets = { ...entry.datasets };
            if (summary === null) {
              if (!(specId in datasets)) return null;
              delete datasets[specId];
            } else {
              datasets[specId] = summary;
            }
            return { ...entry, datasets };
          });
          return recorded;
        },
        recordDatasetSummary: (location, summary) => {
          if (location.owner !== MY_DATA_OWNER) return get().setDatasetSummary(location.owner, location.id, summary);
          set((store) => {
            const myData = { ...(store.myData ?? {}) };
            if (summary === null) delete myData[location.id];
            else myData[location.id] = summary;
            return { myData };
          });
          return true;
        },
        resetExercise: (exerciseId) =>
          set((store) => {
            const exercises = { ...store.exercises };
            delete exercises[exerciseId];
            return { exercises };
          }),
        replaceWorkbook: (workbook) => set(persistedPart(workbook)),
      };
    },
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: workbookStorage,
      partialize: (store): PersistedWorkbook => persistedPart(store),
      migrate: (stored, version) => {
        try {
          return migratePersisted(stored, version, STORE_VERSION) as unknown as PersistedWorkbook;
        } catch {
          useStorageStatus.getState().keepAside({ reason: 'migration-failed', scope: 'workbook', raw: JSON.stringify(stored) });
          return { settings: defaultSettings(), exercises: {}, myData: {} };
        }
      },
      merge: (stored, current) => ({ ...current, ...sanitiseWorkbook(stored, current.settings) }),
    },
  ),
);

/** Ensure an entry exists before step bookkeeping (visiting a step of an untouched demo creates it). */
export function ensureExerciseEntry(exerciseId: string, stateVersion: number, state: unknown, startedFrom: ExerciseEntry['startedFrom']): void {
  const store = useWorkbookStore.getState();
  if (!store.exercises[exerciseId]) store.writeExerciseState(exerciseId, stateVersion, state, startedFrom);
}

// Another tab wrote the workbook: fold its changes into this tab's (the event never fires in the writing tab).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    workbookStorage.absorb(event.newValue, persistedPart(useWorkbookStore.getState()));
  });
}

// A copy that could only be kept in memory was downloaded (or let go): the held-back write can happen now.
useStorageStatus.subscribe((status, previous) => {
  if (holdsWrites(previous.keptAside) && !holdsWrites(status.keptAside)) useWorkbookStore.setState({});
});
