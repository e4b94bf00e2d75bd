import { expect } from 'vitest';
import { groupSummarySchema, type GroupCell, type GroupSummary } from '../../src/handin/format';
import { LOCALES, type LocalizedText } from '../../src/i18n/locale';

/** No placeholder left unfilled and a word in every language: what a trainer reading any language must see. */
function expectWritten(text: LocalizedText, where: string): void {
  for (const locale of LOCALES) {
    expect(text[locale].trim(), `${where} (${locale})`).not.toBe('');
    expect(text[locale], `${where} (${locale})`).not.toMatch(/\{\w+\}/);
  }
  // A label copied into another language untranslated reads the same in Russian and English.
  if (/[а-яё]/i.test(text.ru)) expect(text.en, where).not.toBe(text.ru);
}

/**
 * A group summary as the hand-in file holds it: valid by the file's schema, sections and row keys unique (the group
 * view lines teams up by them), every title, label and text cell written in ru, en and zh.
 */
export function expectCompleteSummary(summary: GroupSummary): void {
  expect(groupSummarySchema.safeParse(summary).success).toBe(true);
  const ids = summary.sections.map((section) => section.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const section of summary.sections) {
    expectWritten(section.title, `title of ${section.id}`);
    const keys = section.rows.map((row) => row.key);
    expect(new Set(keys).size, `keys of ${section.id}`).toBe(keys.length);
    for (const row of section.rows) {
      expectWritten(row.label, `${section.id}/${row.key}`);
      if (row.cell.kind === 'text') for (const locale of LOCALES) expect(row.cell.value[locale].trim(), `${section.id}/${row.key} (${locale})`).not.toBe('');
    }
  }
}

export function sectionOf(summary: GroupSummary, id: string) {
  const section = summary.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section;
}

export function cellOf(summary: GroupSummary, sectionId: string, key: string): GroupCell | undefined {
  return sectionOf(summary, sectionId).rows.find((row) => row.key === key)?.cell;
}

/** The number a cell holds; throws on a text cell, so a test says which it expected. */
export function valueOf(summary: GroupSummary, sectionId: string, key: string): number | null | undefined {
  const cell = cellOf(summary, sectionId, key);
  if (cell === undefined) return undefined;
  if (cell.kind === 'text') throw new Error(`${sectionId}/${key} is a text`);
  return cell.value;
}

export function rowKeys(summary: GroupSummary, sectionId: string): string[] {
  return sectionOf(summary, sectionId).rows.map((row) => row.key);
}

/** Datasets of an exercise with no files: what a state-only exercise is handed. */
export const NO_DATASETS = {
  summary: () => null,
  own: {},
  loadRows: async () => new Map(),
};
