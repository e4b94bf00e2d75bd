import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { useStorageStatus } from './storageStatus';
import { STORE_VERSION } from './schema';

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/**
 * localStorage for zustand `persist` that never loses the user's work:
 * - a write that fails (quota, private mode) is reported and the in-memory state stays as it is;
 * - a stored value that cannot be read, or comes from a newer app, is kept aside for download
 *   before the app starts fresh (the next write would otherwise overwrite it).
 */
export function createSafeStorage<S>(getStorage: () => Storage | undefined = () => globalThis.localStorage): PersistStorage<S> {
  return {
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
      return value;
    },
    setItem(name, value) {
      try {
        getStorage()?.setItem(name, JSON.stringify(value));
        useStorageStatus.getState().reportWrite(null);
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
