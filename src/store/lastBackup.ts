import { create } from 'zustand';

/**
 * When this browser last downloaded a backup: the home page reminds the user to keep one after real work. It
 * describes this browser's copy, not the work, so it lives beside the workbook, not in it (a restored file must
 * not claim that this browser has a recent backup). A browser that refuses localStorage simply never remembers.
 */
export const LAST_BACKUP_KEY = 'loyalty-workbook-last-backup';

function readStored(): string | null {
  try {
    const value = globalThis.localStorage?.getItem(LAST_BACKUP_KEY) ?? null;
    return value !== null && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null;
  }
}

interface LastBackup {
  /** ISO time of the last download, or null when none is known. */
  at: string | null;
  record: (at: Date) => void;
}

export const useLastBackup = create<LastBackup>()((set) => ({
  at: readStored(),
  record: (at) => {
    const value = at.toISOString();
    try {
      globalThis.localStorage?.setItem(LAST_BACKUP_KEY, value);
    } catch {
      // Remembered for this visit only: the reminder may come back next time, which is harmless.
    }
    set({ at: value });
  },
}));
