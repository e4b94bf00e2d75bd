import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, type TabSync } from '../../../src/store/safeStorage';
import { mergeWorkbooks } from '../../../src/store/mergeWorkbook';
import { STORE_VERSION, type ExerciseEntry, type PersistedWorkbook } from '../../../src/store/schema';

/** One localStorage, as two tabs of one origin share it. */
function sharedStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function entry(state: Record<string, unknown>): ExerciseEntry {
  return { stateVersion: 1, state, startedFrom: 'demo', currentStep: null, completedSteps: [], visitedSteps: [], drafts: {}, datasets: {}, updatedAt: '2026-12-06T10:00:00.000Z' };
}

const START: PersistedWorkbook = { settings: { locale: 'ru', currency: 'RUB', presenter: false }, exercises: { roi: entry({ notes: '' }) }, myData: {} };

function tab(storage: Storage) {
  const merged: { state: PersistedWorkbook; conflicts: string[] }[] = [];
  const sync: TabSync<PersistedWorkbook> = {
    merge: (base, ours, theirs) => {
      const result = mergeWorkbooks(base, ours, theirs);
      return { state: result.workbook, conflicts: result.conflicts };
    },
    onMerged: (state, conflicts) => merged.push({ state, conflicts }),
  };
  return { storage: createSafeStorage<PersistedWorkbook>(() => storage, sync), merged };
}

const stored = (storage: Storage) => JSON.parse(storage.getItem('wb') ?? 'null').state as PersistedWorkbook;

describe('two tabs on one localStorage', () => {
  it('a write that finds the other tab’s work merges it instead of overwriting, and tells this tab', async () => {
    const storage = sharedStorage();
    storage.setItem('wb', JSON.stringify({ state: START, version: STORE_VERSION }));
    const a = tab(storage);
    const b = tab(storage);
    a.storage.getItem('wb');
    b.storage.getItem('wb');

    a.storage.setItem('wb', { state: { ...START, exercises: { roi: entry({ notes: 'из вкладки A' }) } }, version: STORE_VERSION });
    // Tab B has not heard of A's write yet; it adds Kano features.
    b.storage.setItem('wb', { state: { ...START, exercises: { ...START.exercises, kano: entry({ features: ['Доставка'] }) } }, version: STORE_VERSION });

    expect(stored(storage).exercises).toEqual({ roi: entry({ notes: 'из вкладки A' }), kano: entry({ features: ['Доставка'] }) });
    await vi.waitFor(() => expect(b.merged).toHaveLength(1));
    expect(b.merged[0]?.state.exercises.roi?.state).toEqual({ notes: 'из вкладки A' });
    expect(a.merged).toEqual([]);
  });

  it('the storage event folds the other tab’s value into this tab’s, keeping this tab’s unsaved-yet changes', async () => {
    const storage = sharedStorage();
    storage.setItem('wb', JSON.stringify({ state: START, version: STORE_VERSION }));
    const a = tab(storage);
    a.storage.getItem('wb');
    const theirs = { ...START, exercises: { ...START.exercises, kano: entry({ features: ['Доставка'] }) } };
    const ours = { ...START, exercises: { roi: entry({ notes: 'пишу' }) } };
    a.storage.absorb(JSON.stringify({ state: theirs, version: STORE_VERSION }), ours);
    await vi.waitFor(() => expect(a.merged).toHaveLength(1));
    expect(a.merged[0]?.state.exercises).toEqual({ roi: entry({ notes: 'пишу' }), kano: entry({ features: ['Доставка'] }) });
    // A value from a newer version of the app is not merged into.
    a.storage.absorb(JSON.stringify({ state: theirs, version: STORE_VERSION + 1 }), ours);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(a.merged).toHaveLength(1);
  });
});
