import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDroppedFiles, loadDroppedFiles, removeDroppedFile, saveDroppedFiles, type HandInStoreError, type StoredDroppedFile } from './handInStore';
import { MAX_HAND_IN_BYTES, parseDroppedText, type DroppedFile } from './readHandIn';

export type HandInStoreProblem = { kind: 'load' | 'save'; error: HandInStoreError };

async function readDropped(file: File): Promise<DroppedFile['read']> {
  if (file.size > MAX_HAND_IN_BYTES) return { ok: false, problem: { code: 'too-large', limitMb: Math.round(MAX_HAND_IN_BYTES / (1024 * 1024)) } };
  try {
    return parseDroppedText(await file.text());
  } catch {
    return { ok: false, problem: { code: 'read' } };
  }
}

function newId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The trainer's dropped files: read, kept in IndexedDB across a reload, removed one by one or all at once. A
 * failure to store is reported and the list on the page is kept: the comparison still works until the page closes.
 */
export function useHandIns() {
  const [files, setFiles] = useState<StoredDroppedFile[]>([]);
  const [loading, setLoading] = useState(true);
  const [reading, setReading] = useState(0);
  const [lastBatch, setLastBatch] = useState<readonly string[] | null>(null);
  const [storeProblem, setStoreProblem] = useState<HandInStoreProblem | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  // Files removed before the kept ones finished loading must not come back with them.
  const removed = useRef(new Set<string>());
  const cleared = useRef(false);

  useEffect(() => {
    let live = true;
    void loadDroppedFiles().then((loaded) => {
      if (!live) return;
      setLoading(false);
      if (!loaded.ok) {
        setStoreProblem({ kind: 'load', error: loaded.error });
        return;
      }
      setUnreadable(loaded.value.unreadable);
      if (cleared.current) return;
      // Files dropped while loading stay after the kept ones, as they were dropped later.
      setFiles((dropped) => {
        const kept = loaded.value.files.filter((file) => !removed.current.has(file.id) && !dropped.some((other) => other.id === file.id));
        return [...kept, ...dropped];
      });
    });
    return () => {
      live = false;
    };
  }, []);

  const add = useCallback(async (chosen: readonly File[]) => {
    if (chosen.length === 0) return;
    setReading(chosen.length);
    const droppedAt = new Date().toISOString();
    const reads = await Promise.all(chosen.map(readDropped));
    const batch = chosen.map((file, batchIndex): StoredDroppedFile => ({ id: newId(), fileName: file.name, droppedAt, batchIndex, read: reads[batchIndex] ?? { ok: false, problem: { code: 'read' } } }));
    setFiles((current) => [...current, ...batch]);
    setLastBatch(batch.map((file) => file.id));
    setReading(0);
    const saved = await saveDroppedFiles(batch);
    setStoreProblem(saved.ok ? null : { kind: 'save', error: saved.error });
  }, []);

  const remove = useCallback(async (id: string) => {
    removed.current.add(id);
    setFiles((current) => current.filter((file) => file.id !== id));
    const result = await removeDroppedFile(id);
    if (!result.ok) setStoreProblem({ kind: 'save', error: result.error });
  }, []);

  const clear = useCallback(async () => {
    cleared.current = true;
    setFiles([]);
    setLastBatch(null);
    const result = await clearDroppedFiles();
    setStoreProblem(result.ok ? null : { kind: 'save', error: result.error });
  }, []);

  return { files, loading, reading, lastBatch, storeProblem, unreadable, add, remove, clear };
}
