import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { holdsWrites, useStorageStatus } from './storageStatus';
import { STORE_VERSION } from './schema';
// Casts in this file: localStorage JSON is unknown; the envelope is checked field by field, and the state inside is migrated and validated by the store.

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** How writes from another tab are folded in (src/store/mergeWorkbook.ts), and how this tab hears of it. */
export interface TabSync<S> {
  merge: (base: S | null, ours: S, theirs: S) => { state: S; conflicts: string[] };
  /** The merged value, for this tab's memory; called after the write, never inside it. */
  onMerged: (state: S, conflicts: string[]) => void;
}

export interface SafeStorage<S> extends PersistStorage<S> {
  /** Another tab wrote `raw` (the `storage` event): fold it into `current`, this tab's value. */
  absorb: (raw: string, current: S) => void;
}

/**
 * localStorage for zustand `persist` that never loses the user's work:
 * - a write that fails (quota, private mode) is reported and the in-memory state stays as it is;
 * - a stored value that cannot be read, or comes from a newer app, is kept aside for download
 *   before the app starts fresh (the next write would otherwise overwrite it);
 * - with `sync`, two tabs do not overwrite each other: a write that finds another tab's value in place of
 *   the one this tab last read or wrote merges the two, and so does the `storage` event (`absorb`).
 */
export function createSafeStorage<S>(getStorage: () => Storage | undefined = () => globalThis.localStorage, sync?: TabSync<S>): SafeStorage<S> {
  // What this tab last read or wrote: the common base of a three-way merge with another tab's value.
  let baseRaw: string | null = null;
  let baseState: S | null = null;
  const remember = (raw: string, state: S) => {
    baseRaw = raw;
    baseState = state;
  };
  /** Another tab's value, when it is of this app's version (a newer app's value is not merged into). */
  const readTheirs = (raw: string): S | null => {
    try {
      const parsed = JSON.parse(raw) as Partial<StorageValue<S>>;
      return parsed.version === STORE_VERSION && parsed.state !== undefined ? parsed.state : null;
    } catch {
      return null;
    }
  };
  return {
    absorb(raw, current) {
      if (!sync || raw === baseRaw) return;
      const theirs = readTheirs(raw);
      if (theirs === null) return;
      const { state, conflicts } = sync.merge(baseState, current, theirs);
      remember(raw, theirs);
      queueMicrotask(() => sync.onMerged(state, conflicts));
    },
    getItem(name) {
      let raw: string | null;
      try {
        raw = getStorage()?.getItem(name) ?? null;
      } catch {
        useStorageStatus.getState().reportWrite('unavailable');
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        useStorageStatus.getState().keepAside({ reason: 'unreadable', scope: 'workbook', raw });
        return null;
      }
      if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { version?: unknown }).version !== 'number' || !('state' in parsed)) {
        useStorageStatus.getState().keepAside({ reason: 'unrecognised', scope: 'workbook', raw });
        return null;
      }
      const value = parsed as StorageValue<S>;
      if ((value.version ?? 0) > STORE_VERSION) {
        useStorageStatus.getState().keepAside({ reason: 'newer-version', scope: 'workbook', raw });
        return null;
      }
      remember(raw, value.state);
      return value;
    },
    setItem(name, value) {
      // The stored value is the original of a copy the user has not saved yet: writing now would lose it.
      if (holdsWrites(useStorageStatus.getState().keptAside)) {
        useStorageStatus.getState().reportWrite('held');
        return;
      }
      try {
        const storage = getStorage();
        let written = value;
        let merged: { state: S; conflicts: string[] } | null = null;
        const stored = sync ? (storage?.getItem(name) ?? null) : null;
        if (sync && stored !== null && stored !== baseRaw) {
          const theirs = readTheirs(stored);
          if (theirs !== null) {
            merged = sync.merge(baseState, value.state, theirs);
            written = { ...value, state: merged.state };
          }
        }
        const raw = JSON.stringify(written);
        if (raw !== stored) storage?.setItem(name, raw);
        remember(raw, written.state);
        useStorageStatus.getState().reportWrite(null);
        if (merged && sync) {
          const { state, conflicts } = merged;
          queueMicrotask(() => sync.onMerged(state, conflicts));
        }
      } catch (error) {
        useStorageStatus.getState().reportWrite(isQuotaError(error) ? 'quota' : 'unavailable');
      }
    },
    removeItem(name) {
      try {
        getStorage()?.removeItem(name);
      } catch {
        useStorageStatus.getState().reportWrite('unavailable');
      }
    },
  };
}
