/**
 * One IndexedDB connection per database, opened on first use and kept: opened again after another tab's upgrade
 * asked this one to let go, or after an open that failed (a private mode refusing IndexedDB may allow it later).
 */
export interface DatabaseConnection {
  open: () => Promise<IDBDatabase>;
  /** Forget the open connection; tests call this before deleting the database between cases. */
  close: () => Promise<void>;
}

export function databaseConnection(
  name: string,
  version: number,
  /** Creates the stores (and converts old data) inside the upgrade's own transaction. */
  upgrade: (request: IDBOpenDBRequest, event: IDBVersionChangeEvent) => void,
): DatabaseConnection {
  let opening: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    if (opening) return opening;
    const attempt = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') {
        reject(new DOMException('indexedDB is not defined', 'InvalidStateError'));
        return;
      }
      let request: IDBOpenDBRequest;
      try {
        request = indexedDB.open(name, version);
      } catch (error) {
        reject(error);
        return;
      }
      request.onupgradeneeded = (event) => upgrade(request, event);
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading the database needs this one to let go; the next call opens it afresh.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      // Private modes that refuse IndexedDB fail here (InvalidStateError in older Firefox, UnknownError in Safari).
      request.onerror = () => reject(request.error ?? new DOMException('open failed', 'UnknownError'));
    });
    opening = attempt;
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
    return attempt;
  };
  const close = async (): Promise<void> => {
    const current = opening;
    opening = null;
    if (!current) return;
    try {
      (await current).close();
    } catch {
      // It never opened: nothing to close.
    }
  };
  return { open, close };
}
