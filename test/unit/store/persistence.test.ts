import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY, STORE_VERSION } from '../../../src/store/schema';

/** The store reads localStorage when its module loads, so each case loads a fresh copy. */
async function loadStore() {
  vi.resetModules();
  const { useWorkbookStore } = await import('../../../src/store/workbookStore');
  const { useStorageStatus, KEPT_ASIDE_KEY } = await import('../../../src/store/storageStatus');
  return { useWorkbookStore, useStorageStatus, KEPT_ASIDE_KEY };
}

const validEntry = {
  stateVersion: 1,
  state: { answer: 42 },
  startedFrom: 'demo',
  currentStep: 'economics',
  completedSteps: ['discount'],
  visitedSteps: ['discount', 'economics'],
  drafts: {},
  updatedAt: '2026-11-01T10:00:00.000Z',
};

function stored(state: unknown, version = STORE_VERSION) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state, version }));
}

describe('workbook persistence', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('restores settings and exercise progress written by an earlier visit', async () => {
    stored({ settings: { locale: 'zh', currency: 'USD', presenter: true }, exercises: { 'program-roi': validEntry } });
    const { useWorkbookStore, useStorageStatus } = await loadStore();
    const store = useWorkbookStore.getState();
    expect(store.settings).toEqual({ locale: 'zh', currency: 'USD', presenter: true });
    expect(store.exercises['program-roi']?.currentStep).toBe('economics');
    expect(useStorageStatus.getState().keptAside).toEqual([]);
  });

  it('writes every change through to localStorage under one versioned key', async () => {
    const { useWorkbookStore } = await loadStore();
    useWorkbookStore.getState().writeExerciseState('program-roi', 1, { answer: 1 });
    useWorkbookStore.getState().setCurrentStep('program-roi', 'sensitivity');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.state.exercises['program-roi'].state).toEqual({ answer: 1 });
    expect(saved.state.exercises['program-roi'].currentStep).toBe('sensitivity');
  });

  it('keeps an unreadable stored value aside instead of overwriting it, and starts fresh', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"settings": broken');
    const { useWorkbookStore, useStorageStatus, KEPT_ASIDE_KEY } = await loadStore();
    expect(useWorkbookStore.getState().exercises).toEqual({});
    const [kept] = useStorageStatus.getState().keptAside;
    expect(kept?.reason).toBe('unreadable');
    expect(kept?.raw).toBe('{"state": {"settings": broken');
    // The next write replaces the main key, but the original text survives under its own key.
    useWorkbookStore.getState().setCurrency('EUR');
    expect(JSON.parse(localStorage.getItem(KEPT_ASIDE_KEY) ?? '[]')[0].raw).toBe('{"state": {"settings": broken');
  });

  it('keeps aside a value written by a newer version of the app', async () => {
    stored({ settings: { locale: 'en', currency: 'RUB', presenter: false }, exercises: {} }, STORE_VERSION + 1);
    const { useStorageStatus } = await loadStore();
    expect(useStorageStatus.getState().keptAside[0]?.reason).toBe('newer-version');
  });

  it('keeps a damaged exercise entry aside without losing the other exercises or the settings', async () => {
    stored({
      settings: { locale: 'en', currency: 'nope', presenter: false },
      exercises: { good: validEntry, bad: { ...validEntry, completedSteps: 'all of them' } },
    });
    const { useWorkbookStore, useStorageStatus } = await loadStore();
    const store = useWorkbookStore.getState();
    expect(store.exercises.good).toBeDefined();
    expect(store.exercises.bad).toBeUndefined();
    expect(store.settings.locale).toBe('en');
    // A currency it cannot read falls back to "never chosen": money follows the language.
    expect(store.settings.currency).toBeNull();
    expect(useStorageStatus.getState().keptAside.map((item) => item.scope)).toEqual(['bad']);
  });

  it('reports a full storage and keeps the in-memory state', async () => {
    const { useWorkbookStore, useStorageStatus } = await loadStore();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => useWorkbookStore.getState().writeExerciseState('program-roi', 1, { typed: 'still here' })).not.toThrow();
    expect(useWorkbookStore.getState().exercises['program-roi']?.state).toEqual({ typed: 'still here' });
    expect(useStorageStatus.getState().writeProblem).toBe('quota');
    vi.restoreAllMocks();
    useWorkbookStore.getState().setCurrency('USD');
    expect(useStorageStatus.getState().writeProblem).toBeNull();
  });

  it('dismissing a kept-aside copy deletes it for good', async () => {
    localStorage.setItem(STORAGE_KEY, 'not json');
    const { useStorageStatus, KEPT_ASIDE_KEY } = await loadStore();
    const [kept] = useStorageStatus.getState().keptAside;
    useStorageStatus.getState().dismissKeptAside(kept?.id ?? '');
    expect(useStorageStatus.getState().keptAside).toEqual([]);
    expect(localStorage.getItem(KEPT_ASIDE_KEY)).toBeNull();
  });

  it('drafts of invalid text are kept per field and cleared once valid', async () => {
    const { useWorkbookStore } = await loadStore();
    const store = useWorkbookStore.getState();
    store.writeExerciseState('x', 1, {});
    store.setDraft('x', 'form.margin', '3o');
    expect(useWorkbookStore.getState().exercises.x?.drafts).toEqual({ 'form.margin': '3o' });
    store.setDraft('x', 'form.margin', null);
    expect(useWorkbookStore.getState().exercises.x?.drafts).toEqual({});
  });

  it('keeps ids like "__proto__", "toString" and "constructor" as plain entries, without touching any prototype', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      `{"version":${STORE_VERSION},"state":{"settings":{"locale":"ru","currency":"RUB","presenter":false},"exercises":{` +
        `"__proto__":${JSON.stringify({ ...validEntry, datasets: {} })},"toString":${JSON.stringify({ ...validEntry, datasets: {} })},"constructor":${JSON.stringify({ ...validEntry, datasets: {} })}},"myData":{}}}`,
    );
    const { useWorkbookStore } = await loadStore();
    const { exercises } = useWorkbookStore.getState();
    expect(Object.getPrototypeOf(exercises)).toBe(Object.prototype);
    expect(Object.keys(exercises).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(exercises.toString).toMatchObject({ currentStep: 'economics' });
    expect(({} as Record<string, unknown>).currentStep).toBeUndefined();
  });

  it('when even the kept-aside copy finds no room, holds every write until the copy is downloaded', async () => {
    const broken = '{"state": {"settings": broken';
    localStorage.setItem(STORAGE_KEY, broken);
    const realSetItem = Storage.prototype.setItem;
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function setItem(this: Storage, key: string, value: string) {
      if (key === 'loyalty-workbook:kept-aside') throw new DOMException('full', 'QuotaExceededError');
      realSetItem.call(this, key, value);
    });
    const { useWorkbookStore, useStorageStatus } = await loadStore();
    const [kept] = useStorageStatus.getState().keptAside;
    expect(kept?.stored).toBe(false);
    // The banner said "kept"; so the original must still be there after the user works on.
    useWorkbookStore.getState().setCurrency('EUR');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(broken);
    expect(useStorageStatus.getState().writeProblem).toBe('held');
    // Downloaded: the copy is safe with the user, and the work is written at once.
    useStorageStatus.getState().markKeptAsideDownloaded(kept?.id ?? '');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null').state.settings.currency).toBe('EUR');
    expect(useStorageStatus.getState().writeProblem).toBeNull();
    full.mockRestore();
  });

  it('keeps one copy of a value found unreadable again on the next visit, not one per reload', async () => {
    stored({ settings: { locale: 'en', currency: 'RUB', presenter: false }, exercises: { bad: { ...validEntry, completedSteps: 'all of them' } } });
    const first = await loadStore();
    expect(first.useStorageStatus.getState().keptAside).toHaveLength(1);
    const second = await loadStore();
    expect(second.useStorageStatus.getState().keptAside).toHaveLength(1);
  });
});

