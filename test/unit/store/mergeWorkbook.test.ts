import { describe, expect, it } from 'vitest';
import { mergeWorkbooks } from '../../../src/store/mergeWorkbook';
import type { DatasetSummary, ExerciseEntry, PersistedWorkbook } from '../../../src/store/schema';
import { datasetSummary, exerciseEntry, persistedWorkbook, workbookSettings } from '../../builders';

function entry(state: Record<string, unknown>, extra: Partial<ExerciseEntry> = {}): ExerciseEntry {
  return exerciseEntry({ state, updatedAt: '2026-12-06T10:00:00.000Z', ...extra });
}

function workbook(exercises: Record<string, ExerciseEntry>, extra: Partial<PersistedWorkbook> = {}): PersistedWorkbook {
  return persistedWorkbook({ exercises, ...extra });
}

function file(name: string, importedAt: string): DatasetSummary {
  return datasetSummary(name, 1, { importedAt });
}

describe('mergeWorkbooks: two tabs, one workbook', () => {
  const base = workbook({ roi: entry({ notes: '', margin: 30 }), kano: entry({ features: ['A'] }) });

  it('keeps each tab’s work on different exercises (the lost Kano entry of the issue)', () => {
    const ours = workbook({ ...base.exercises, roi: entry({ notes: 'проверить маржу', margin: 30 }, { updatedAt: '2026-12-06T10:05:00.000Z' }) });
    const theirs = workbook({ ...base.exercises, kano: entry({ features: ['A', 'B'] }, { updatedAt: '2026-12-06T10:04:00.000Z' }) });
    const { workbook: merged, conflicts } = mergeWorkbooks(base, ours, theirs);
    expect(merged.exercises.roi?.state).toEqual({ notes: 'проверить маржу', margin: 30 });
    expect(merged.exercises.kano?.state).toEqual({ features: ['A', 'B'] });
    expect(conflicts).toEqual([]);
  });

  it('merges one exercise open in both tabs field by field, and reports a field both changed', () => {
    const ours = workbook({ ...base.exercises, roi: entry({ notes: 'мои заметки', margin: 30 }, { completedSteps: ['discount'], visitedSteps: [], drafts: { 'f.margin': '3x' } }) });
    const theirs = workbook({ ...base.exercises, roi: entry({ notes: '', margin: 35 }, { completedSteps: ['economics'], updatedAt: '2026-12-06T11:00:00.000Z' }) });
    const { workbook: merged, conflicts } = mergeWorkbooks(base, ours, theirs);
    expect(merged.exercises.roi?.state).toEqual({ notes: 'мои заметки', margin: 35 });
    expect(merged.exercises.roi?.completedSteps).toEqual(['discount', 'economics']);
    expect(merged.exercises.roi?.drafts).toEqual({ 'f.margin': '3x' });
    expect(merged.exercises.roi?.updatedAt).toBe('2026-12-06T11:00:00.000Z');
    expect(conflicts).toEqual([]);

    const clash = mergeWorkbooks(base, ours, workbook({ ...base.exercises, roi: entry({ notes: 'их заметки', margin: 30 }) }));
    expect(clash.workbook.exercises.roi?.state).toEqual({ notes: 'мои заметки', margin: 30 });
    expect(clash.conflicts).toEqual(['roi']);
  });

  it('keeps an exercise one tab edited while the other reset it, and takes a new exercise from either side', () => {
    const ours = workbook({ kano: base.exercises.kano!, roi: entry({ notes: 'ещё пишу', margin: 30 }) });
    const theirs = workbook({ kano: base.exercises.kano!, servqual: entry({ items: 22 }) });
    const { workbook: merged } = mergeWorkbooks(base, ours, { ...theirs, exercises: { ...theirs.exercises } });
    expect(Object.keys(merged.exercises).sort()).toEqual(['kano', 'roi', 'servqual']);
    expect(merged.exercises.roi?.state).toEqual({ notes: 'ещё пишу', margin: 30 });
    // A reset only one side made (no edit on the other) stays a reset.
    const reset = mergeWorkbooks(base, workbook({ kano: base.exercises.kano! }), base);
    expect(Object.keys(reset.workbook.exercises)).toEqual(['kano']);
  });

  it('takes the later import of a file both tabs imported, and keeps presenter mode to each tab', () => {
    const ours = workbook(base.exercises, { myData: { sales: file('январь.csv', '2026-12-06T10:00:00.000Z') }, settings: workbookSettings({ presenter: true }) });
    const theirs = workbook(base.exercises, { myData: { sales: file('февраль.csv', '2026-12-06T10:01:00.000Z') }, settings: workbookSettings({ currency: 'EUR' }) });
    const { workbook: merged } = mergeWorkbooks(base, ours, theirs);
    expect(merged.myData?.sales?.fileName).toBe('февраль.csv');
    expect(merged.settings).toEqual({ locale: 'ru', currency: 'EUR', presenter: true });
  });

  it('treats ids as data', () => {
    const ours = workbook(JSON.parse('{"__proto__": {"stateVersion":1,"state":{},"startedFrom":"demo","currentStep":null,"completedSteps":[],"drafts":{},"datasets":{},"updatedAt":"x"}}'));
    const { workbook: merged } = mergeWorkbooks(null, ours, workbook({ toString: entry({}) }));
    expect(Object.getPrototypeOf(merged.exercises)).toBe(Object.prototype);
    expect(Object.keys(merged.exercises).sort()).toEqual(['__proto__', 'toString']);
  });
});
