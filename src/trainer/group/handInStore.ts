import { z } from 'zod/mini';
import type { DroppedFile } from './readHandIn';
import { databaseConnection } from '../../store/databaseConnection';

// Casts in this file: IndexedDB gives `any` results; records are checked with droppedFileSchema before use.

/**
 * The trainer's dropped files, kept across a reload in IndexedDB: a hand-in may carry a survey's raw answers,
 * more than localStorage should hold beside the workbook's own progress. A database of its own, so the
 * participant's imported rows (src/store/datasets.ts) and their upgrades are never touched by the trainer's page.
 * Errors are values: a private mode that forbids IndexedDB or a full disk leaves the list on the page only.
 */
export const HAND_INS_DB = 'loyalty-workbook-hand-ins';
const DB_VERSION = 1;
const FILES = 'dropped-files';

export type HandInStoreError = { code: 'quota' | 'unavailable' | 'failed'; detail: string };
export type HandInStoreResult<T> = { ok: true; value: T } | { ok: false; error: HandInStoreError };

/** A stored file: the dropped file and its place in the batch it came with (files of one drop share a time). */
export interface StoredDroppedFile extends DroppedFile {
  batchIndex: number;
}

const readProblemSchema = z.union([
  z.object({ code: z.literal('too-large'), limitMb: z.number() }),
  z.object({ code: z.literal('read') }),
  z.object({ code: z.literal('not-json') }),
]);

const storedFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  droppedAt: z.string(),
  batchIndex: z.int(),
  read: z.union([z.object({ ok: z.literal(true), content: z.unknown() }), z.object({ ok: z.literal(false), problem: readProblemSchema })]),
});

function toError(error: unknown): HandInStoreError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  if (name === 'QuotaExceededError') return { code: 'quota', detail };
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return { code: 'unavailable', detail };
  return { code: 'failed', detail };
}

const connection = databaseConnection(HAND_INS_DB, DB_VERSION, (request) => {
  const db = request.result;
  if (!db.objectStoreNames.contains(FILES)) db.createObjectStore(FILES, { keyPath: 'id' });
});
const openDatabase = connection.open;

/** Lets a test delete the database: a delete waits for every open connection. */
export const closeHandInsDatabase = connection.close;

async function inTransaction<T>(mode: IDBTransactionMode, work: (files: IDBObjectStore) => () => T): Promise<HandInStoreResult<T>> {
  let db: IDBDatabase;
  try {
    db = await openDatabase();
  } catch (error) {
    return { ok: false, error: toError(error) };
  }
  return new Promise((resolve) => {
    let transaction: IDBTransaction | null = null;
    let result: () => T;
    try {
      transaction = db.transaction(FILES, mode);
      result = work(transaction.objectStore(FILES));
    } catch (error) {
      try {
        transaction?.abort();
      } catch {
        // Already finished: nothing to undo.
      }
      resolve({ ok: false, error: toError(error) });
      return;
    }
    transaction.oncomplete = () => resolve({ ok: true, value: result() });
    transaction.onerror = () => resolve({ ok: false, error: toError(transaction?.error ?? new DOMException('transaction failed', 'UnknownError')) });
    transaction.onabort = () => resolve({ ok: false, error: toError(transaction?.error ?? new DOMException('transaction aborted', 'AbortError')) });
  });
}

/** The kept files in the order dropped, and how many kept records no longer read (written by a broken version). */
export async function loadDroppedFiles(): Promise<HandInStoreResult<{ files: StoredDroppedFile[]; unreadable: number }>> {
  const loaded = await inTransaction('readonly', (store) => {
    const request = store.getAll();
    // Cast: getAll's result is `any`; each record is checked below.
    return () => request.result as unknown[];
  });
  if (!loaded.ok) return loaded;
  const files: StoredDroppedFile[] = [];
  let unreadable = 0;
  for (const record of loaded.value) {
    const checked = storedFileSchema.safeParse(record);
    if (checked.success) files.push(checked.data);
    else unreadable++;
  }
  files.sort((a, b) => a.droppedAt.localeCompare(b.droppedAt) || a.batchIndex - b.batchIndex);
  return { ok: true, value: { files, unreadable } };
}

/** Adds a batch in one transaction: a drop is kept whole or not at all. */
export function saveDroppedFiles(files: readonly StoredDroppedFile[]): Promise<HandInStoreResult<void>> {
  return inTransaction('readwrite', (store) => {
    for (const file of files) store.put(file);
    return () => undefined;
  });
}

export function removeDroppedFile(id: string): Promise<HandInStoreResult<void>> {
  return inTransaction('readwrite', (store) => {
    store.delete(id);
    return () => undefined;
  });
}

export function clearDroppedFiles(): Promise<HandInStoreResult<void>> {
  return inTransaction('readwrite', (store) => {
    store.clear();
    return () => undefined;
  });
}
