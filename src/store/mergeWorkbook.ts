/**
 * Two tabs of the workbook write to one localStorage key. Instead of the last writer replacing the other's
 * work, a write that finds another tab's changes merges them three ways against the value both started
 * from (`base`): whatever only one side changed is taken from that side, exercise by exercise and, inside
 * an exercise open in both tabs, field by field. Only a field both changed is decided, for this tab (the one
 * writing now), and reported as a conflict. Pure, so the rules are tested without tabs.
 */
import type { DatasetSummary, ExerciseEntry, PersistedWorkbook, Settings } from './schema';

export interface MergeResult {
  workbook: PersistedWorkbook;
  /** Exercise ids (or 'settings') where both sides changed the same field; ours was kept. */
  conflicts: string[];
}

type Json = unknown;

function same(a: Json, b: Json): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Key by key: a key only one side changed (added, edited, removed) takes that side's value; a key both
 * changed differently takes ours and is reported. `mergeValue` merges a key both changed, when it can.
 */
function mergeRecords<T>(
  base: Readonly<Record<string, T>> | undefined,
  ours: Readonly<Record<string, T>>,
  theirs: Readonly<Record<string, T>>,
  onConflict: (key: string) => void,
  mergeValue?: (key: string, base: T | undefined, ours: T, theirs: T) => T,
): Record<string, T> {
  const merged: Record<string, T> = {};
  const keys = new Set([...Object.keys(base ?? {}), ...Object.keys(ours), ...Object.keys(theirs)]);
  for (const key of keys) {
    const b = ownValue(base, key);
    const o = ownValue(ours, key);
    const t = ownValue(theirs, key);
    let value: T | undefined;
    if (same(o, b)) value = t;
    else if (same(t, b) || same(o, t)) value = o;
    else if (o === undefined || t === undefined) {
      // One side removed what the other edited: keep the edit, nothing typed is lost.
      value = o ?? t;
    } else if (mergeValue) value = mergeValue(key, b, o, t);
    else {
      onConflict(key);
      value = o;
    }
    if (value !== undefined) setOwn(merged, key, value);
  }
  return merged;
}

function mergeState(base: unknown, ours: unknown, theirs: unknown, onConflict: () => void): unknown {
  // Exercise states are objects of fields; anything else is one value, and ours wins a clash.
  if (!isPlainObject(ours) || !isPlainObject(theirs)) {
    onConflict();
    return ours;
  }
  let clashed = false;
  const merged = mergeRecords(isPlainObject(base) ? base : undefined, ours, theirs, () => (clashed = true));
  if (clashed) onConflict();
  return merged;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function mergeEntry(base: ExerciseEntry | undefined, ours: ExerciseEntry, theirs: ExerciseEntry, onConflict: () => void): ExerciseEntry {
  // Different state versions (one tab runs a newer app): the fields do not line up, so the newer one is kept.
  if (ours.stateVersion !== theirs.stateVersion) return ours.stateVersion > theirs.stateVersion ? ours : theirs;
  const state = same(ours.state, theirs.state) ? ours.state : mergeState(base?.state, ours.state, theirs.state, onConflict);
  return {
    ...ours,
    state,
    completedSteps: union(ours.completedSteps, theirs.completedSteps),
    visitedSteps: union(ours.visitedSteps, theirs.visitedSteps),
    drafts: mergeRecords(base?.drafts, ours.drafts, theirs.drafts, onConflict),
    datasets: mergeRecords<DatasetSummary>(base?.datasets, ours.datasets, theirs.datasets, onConflict, (_key, _b, o, t) =>
      // Both imported a file: the later import is the one whose rows IndexedDB holds.
      o.importedAt >= t.importedAt ? o : t,
    ),
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
  };
}

export function mergeWorkbooks(base: PersistedWorkbook | null, ours: PersistedWorkbook, theirs: PersistedWorkbook): MergeResult {
  const conflicts = new Set<string>();
  const merged = mergeRecords<Settings[keyof Settings]>(base?.settings, ours.settings, theirs.settings, () => conflicts.add('settings'));
  // Presenter mode is how this screen is shown (one tab projected, one to type in): it never crosses tabs.
  // Merged key by key from three Settings objects, so it has exactly their keys.
  const settings = { ...(merged as Settings), presenter: ours.settings.presenter };
  const exercises = mergeRecords<ExerciseEntry>(base?.exercises, ours.exercises, theirs.exercises, () => undefined, (id, b, o, t) =>
    mergeEntry(b, o, t, () => conflicts.add(id)),
  );
  const myData = mergeRecords<DatasetSummary>(base?.myData, ours.myData ?? {}, theirs.myData ?? {}, () => undefined, (_kind, _b, o, t) =>
    o.importedAt >= t.importedAt ? o : t,
  );
  return { workbook: { settings, exercises, myData }, conflicts: [...conflicts] };
}
