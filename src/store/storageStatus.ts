import { create } from 'zustand';

/** A stored value the app could not read: kept as it was, for the user to download, never silently dropped. */
export interface KeptAside {
  id: string;
  keptAt: string;
  reason: 'unreadable' | 'unrecognised' | 'newer-version' | 'migration-failed' | 'exercise-state-invalid';
  /** Which part was set aside: the whole workbook, or one exercise's state. */
  scope: string;
  raw: string;
}

export type WriteProblem = 'quota' | 'unavailable' | null;

interface StorageStatus {
  writeProblem: WriteProblem;
  keptAside: KeptAside[];
  /** Exercises (or 'settings') whose same field was changed in this tab and another at once; this tab's value was kept. */
  tabConflicts: string[];
  reportWrite: (problem: WriteProblem) => void;
  reportTabConflict: (scopes: string[]) => void;
  dismissTabConflict: () => void;
  keepAside: (item: Omit<KeptAside, 'id' | 'keptAt'>) => void;
  dismissKeptAside: (id: string) => void;
}

export const KEPT_ASIDE_KEY = 'loyalty-workbook:kept-aside';

function readKeptAside(): KeptAside[] {
  try {
    const raw = globalThis.localStorage?.getItem(KEPT_ASIDE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as KeptAside[]) : [];
  } catch {
    return [];
  }
}

function writeKeptAside(items: KeptAside[]): void {
  try {
    if (items.length === 0) globalThis.localStorage?.removeItem(KEPT_ASIDE_KEY);
    else globalThis.localStorage?.setItem(KEPT_ASIDE_KEY, JSON.stringify(items));
  } catch {
    // Storage full or blocked: the items stay in memory for this session, which is enough to download them.
  }
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
    const entry: KeptAside = { ...item, id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, keptAt: new Date().toISOString() };
    const keptAside = [...get().keptAside, entry];
    writeKeptAside(keptAside);
    set({ keptAside });
  },
  dismissKeptAside: (id) => {
    const keptAside = get().keptAside.filter((item) => item.id !== id);
    writeKeptAside(keptAside);
    set({ keptAside });
  },
}));
