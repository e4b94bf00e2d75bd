/**
 * An export as the participant's Excel sees it: the sheets written to .xlsx bytes and read back by SheetJS, and
 * the rules every exported cell keeps, whichever exercise wrote it (a new exercise meets them through the
 * registry test, test/component/exportRules.test.ts).
 */
import * as XLSX from 'xlsx';
import type { CellObject, WorkBook } from 'xlsx';
import { buildWorkbook, type WorkbookFormat } from '../src/data/exportWorkbook';
import type { SheetSpec } from '../src/data/sheet';

export function writtenWorkbook(sheets: SheetSpec[], format: WorkbookFormat): WorkBook {
  const bytes: ArrayBuffer = XLSX.write(buildWorkbook(XLSX, sheets, format), { bookType: 'xlsx', type: 'array', compression: true });
  return readWorkbook(bytes);
}

/** cellNF keeps each cell's number format (`z`) and its shown text (`w`); cellDates reads date cells as dates. */
export function readWorkbook(bytes: ArrayBuffer | Uint8Array): WorkBook {
  return XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: true });
}

export function sheetCells(workbook: WorkBook, name: string): (CellObject | undefined)[][] {
  const sheet = workbook.Sheets[name];
  if (!sheet) throw new Error(`no sheet "${name}" in ${JSON.stringify(workbook.SheetNames)}`);
  // Cast: a dense sheet's rows are cell arrays; an empty row is a hole, read here as a row of no cells.
  return Array.from((sheet['!data'] ?? []) as ((CellObject | undefined)[] | undefined)[], (row) => row ?? []);
}

/** The cells of the row whose first cell reads `label` (the first such row). */
export function rowCells(workbook: WorkBook, sheet: string, label: string): (CellObject | undefined)[] {
  const rows = sheetCells(workbook, sheet);
  const row = rows.find((cells) => cells[0]?.v === label);
  if (!row) throw new Error(`no row "${label}" on "${sheet}": ${JSON.stringify(rows.map((cells) => cells[0]?.v))}`);
  return row;
}

/**
 * Ids the app makes for things the participant creates: a Kano feature (exercises/kano/steps/features/newFeature.ts:
 * f-<time in base 36>-<random>), a SERVQUAL wave (steps/shared/waveFiles.ts: wave-<time>[-n]) and an answers file
 * slot (kano-answers-<n>). None of them means anything to a reader of the workbook.
 */
export const INTERNAL_ID = /\b(?:f-[a-z0-9]{6,}-[a-z0-9]+|wave-[a-z0-9]{6,}(?:-\d+)?|kano-answers-\d+)\b/;

/** Every id the state holds (values of `id` and `…Id` fields at any depth): none may reach a cell. */
export function idsIn(state: unknown): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'id' || key.endsWith('Id')) && typeof inner === 'string' && inner !== '') ids.add(inner);
        else visit(inner);
      }
    }
  };
  visit(state);
  return [...ids];
}

/** A stored day left as text ('2025-09-17'): a date is a date cell, or written as the language writes it. */
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

/**
 * What a written workbook breaks of the export rules, as readable lines (empty: none). `ids` are the state's
 * internal ids: a cell may not hold one (an id like "cashless" only as the whole cell, since it is also a word).
 */
export function exportRuleBreaches(workbook: WorkBook, ids: readonly string[]): string[] {
  const breaches: string[] = [];
  for (const name of workbook.SheetNames) {
    sheetCells(workbook, name).forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const where = `${name}!${XLSX.utils.encode_cell({ r, c })}`;
        if (cell.t === 's') {
          const text = String(cell.v);
          if (INTERNAL_ID.test(text)) breaches.push(`${where}: internal id in "${text}"`);
          for (const id of ids) {
            const wordLike = /^[a-z]+$/i.test(id);
            if (wordLike ? text === id : text.includes(id)) breaches.push(`${where}: the state's id "${id}" in "${text}"`);
          }
          if (ISO_DAY.test(text)) breaches.push(`${where}: a date written as ISO text in "${text}"`);
        }
        if (cell.t === 'n' && typeof cell.v === 'number' && !Number.isInteger(cell.v) && (cell.z === undefined || cell.z === 'General')) {
          breaches.push(`${where}: ${cell.v} has no number format, so Excel shows every decimal`);
        }
      }),
    );
  }
  return breaches;
}
