import { create } from 'zustand';

/** A stored value the app could not read: kept as it was, for the user to download, never silently dropped. */
export interface KeptAside {
  id: string;
  keptAt: string;
  reason: 'unreadable' | 'unrecognised' | 'newer-version' | 'migration-failed' | 'exercise-state-invalid';
  /** Which part was set aside: the whole workbook, or one exercise's state. */
  scope: string;
  raw: string;
  /**
   * false when the copy could not be written to storage (no room): it exists only in this tab's memory, so
   * the workbook is not saved over the original until the user has downloaded the copy (or let it go).
   */
  stored?: boolean;
  /** The user downloaded it. */
  downloaded?: boolean;
}

/** 'held': not written on purpose, while a kept-aside copy of the stored value exists only in memory. */
export type WriteProblem = 'quota' | 'unavailable' | 'held' | null;

interface StorageStatus {
  writeProblem: WriteProblem;
  keptAside: KeptAside[];
  /** Exercises (or 'settings') whose same field was changed in this tab and another at once; this tab's value was kept. */
  tabConflicts: string[];
  reportWrite: (problem: WriteProblem) => void;
  reportTabConflict: (scopes: string[]) => void;
  dismissTabConflict: () => void;
  keepAside: (item: Omit<KeptAside, 'id' | 'keptAt' | 'stored'>) => void;
  /** The user downloaded the copy: an unstored one no longer holds the workbook's writes back. */
  markKeptAsideDownloaded: (id: string) => void;
  dismissKeptAside: (id: string) => void;
}

export const KEPT_ASIDE_KEY = 'loyalty-workbook:kept-aside';

function readKeptAside(): KeptAside[] {
  try {
    const raw = globalThis.localStorage?.getItem(KEPT_ASIDE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    // Cast: this key holds only what keepAside() writes.
    return Array.isArray(parsed) ? (parsed as KeptAside[]) : [];
  } catch {
    return [];
  }
}

/** False when storage is full or blocked: the items then stay in memory for this session only. */
function writeKeptAside(items: KeptAside[]): boolean {
  try {
    const lasting = items.filter((item) => item.stored !== false);
    if (lasting.length === 0) globalThis.localStorage?.removeItem(KEPT_ASIDE_KEY);
    else globalThis.localStorage?.setItem(KEPT_ASIDE_KEY, JSON.stringify(lasting));
    return true;
  } catch {
    return false;
  }
}

/**
 * True while a kept-aside copy exists only in memory: the workbook's writes wait, since the next one would
 * replace the original the copy was made of, and the banner asks the user to download the copy now.
 */
export function holdsWrites(items: readonly KeptAside[]): boolean {
  return items.some((item) => item.stored === false && item.downloaded !== true);
}

/** Not persisted through zustand: problems with storage itself must not depend on storage working. */
export const useStorageStatus = create<StorageStatus>()((set, get) => ({
  writeProblem: null,
  keptAside: readKeptAside(),
  tabConflicts: [],
  reportTabConflict: (scopes) => set({ tabConflicts: [...new Set([...get().tabConflicts, ...scopes])] }),
  dismissTabConflict: () => set({ tabConflicts: [] }),
  reportWrite: (problem) => {
    if (get().writeProblem !== problem) set({ writeProblem: problem });
  },
  keepAside: (item) => {
    // The same value found again on the next visit is the same copy, not another one.
    if (get().keptAside.some((kept) => kept.scope === item.scope && kept.raw === item.raw)) return;
    const entry: KeptAside = { ...item, id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, keptAt: new Date().toISOString() };
    const stored = writeKeptAside([...get().keptAside, entry]);
    set({ keptAside: [...get().keptAside, stored ? entry : { ...entry, stored: false }] });
  },
  markKeptAsideDownloaded: (id) => set({ keptAside: get().keptAside.map((item) => (item.id === id ? { ...item, downloaded: true } : item)) }),
  dismissKeptAside: (id) => {
    const keptAside = get().keptAside.filter((item) => item.id !== id);
    writeKeptAside(keptAside);
    set({ keptAside });
  },
}));
