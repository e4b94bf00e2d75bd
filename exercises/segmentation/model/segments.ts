/**
 * Segments from the criteria (model/criteria.ts), two ways:
 * - an ordered rule list: a rule is a set of conditions (criterion ∈ values, all must hold); the first rule that
 *   holds names the customer, the rest are "others" (the same convention as the RFM segments);
 * - a cross-tab of two criteria: every pair of a row value and a column value that holds customers is a segment.
 * A segment has a key that stays put while the participant edits (a rule's id, "x:<row>|<column>", "others"), so
 * a target's strategy stays with its segment.
 */
import type { CriterionId, SegmentRule } from '../state';
import { NOT_GIVEN_KEY, NO_VALUE, type CriterionColumn, type CriterionRead } from './criteria';

export const OTHERS_KEY = 'others';
export const CROSS_PREFIX = 'x:';

/** Per customer: the segment's index in `keys`. */
export interface SegmentAssignment {
  segment: Int32Array;
  keys: string[];
  /** Rules only: conditions on a criterion the data cannot give (the rule then names nobody). */
  unavailable: { ruleId: string; criterion: CriterionId }[];
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/**
 * A cell's key: "x:<row>|<column>". Labels come from the participant's files and may hold a bar or a backslash;
 * those are escaped with a backslash, so every pair has its own key and reads back whole. A label without them is
 * written as it is.
 */
const escapeValue = (value: string) => value.replace(/[\\|]/g, (character) => `\\${character}`);

export const crossKey = (rowValue: string, columnValue: string) => `${CROSS_PREFIX}${escapeValue(rowValue)}|${escapeValue(columnValue)}`;

/** The row and column value keys of a cross-tab segment's key; null for any other key. */
export function crossValues(key: string): { row: string; column: string } | null {
  if (!key.startsWith(CROSS_PREFIX)) return null;
  const values: string[] = [''];
  for (let at = CROSS_PREFIX.length; at < key.length; at++) {
    const character = key[at] as string;
    if (character === '\\' && at + 1 < key.length) values[values.length - 1] += key[++at] as string;
    else if (character === '|' && values.length === 1) values.push('');
    else values[values.length - 1] += character;
  }
  const [row, column] = values;
  return row === undefined || column === undefined ? null : { row, column };
}

/** Per value code (shifted by one so NO_VALUE is slot 0): whether the condition's values hold it. */
function conditionMask(column: CriterionColumn, values: readonly string[]): Uint8Array {
  const wanted = new Set(values);
  const mask = new Uint8Array(column.keys.length + 1);
  mask[0] = wanted.has(NOT_GIVEN_KEY) ? 1 : 0;
  column.keys.forEach((key, code) => {
    mask[code + 1] = wanted.has(key) ? 1 : 0;
  });
  return mask;
}

export function assignByRules(count: number, criteria: Record<CriterionId, CriterionRead>, rules: readonly SegmentRule[]): SegmentAssignment {
  const unavailable: SegmentAssignment['unavailable'] = [];
  const compiled = rules.map((rule) => {
    const checks: { codes: Int32Array; mask: Uint8Array }[] = [];
    let possible = true;
    for (const condition of rule.conditions) {
      const read = criteria[condition.criterion];
      if (!read.ok) {
        unavailable.push({ ruleId: rule.id, criterion: condition.criterion });
        possible = false;
        continue;
      }
      checks.push({ codes: read.column.codes, mask: conditionMask(read.column, condition.values) });
    }
    return possible ? checks : null;
  });
  const others = rules.length;
  const segment = new Int32Array(count).fill(others);
  for (let b = 0; b < count; b++) {
    for (let r = 0; r < compiled.length; r++) {
      const checks = compiled[r];
      if (!checks) continue;
      let holds = true;
      for (const { codes, mask } of checks) {
        if (mask[(codes[b] as number) + 1] !== 1) {
          holds = false;
          break;
        }
      }
      if (holds) {
        segment[b] = r;
        break;
      }
    }
  }
  return { segment, keys: [...rules.map((rule) => rule.id), OTHERS_KEY], unavailable };
}

/**
 * Cells in the order of the row values then the column values ("not given" last in each), only those holding a
 * customer. Without two usable criteria every customer is in one segment, "others".
 */
export function assignByCrossTab(count: number, rows: CriterionRead | null, columns: CriterionRead | null): SegmentAssignment {
  if (!rows?.ok || !columns?.ok) return { segment: new Int32Array(count), keys: [OTHERS_KEY], unavailable: [] };
  const rowColumn = rows.column;
  const columnColumn = columns.column;
  const width = columnColumn.keys.length + 1;
  const slotOf = (code: number, size: number) => (code === NO_VALUE ? size : code);
  const cellOf = new Int32Array(count);
  const used = new Uint8Array((rowColumn.keys.length + 1) * width);
  for (let b = 0; b < count; b++) {
    const cell = slotOf(rowColumn.codes[b] as number, rowColumn.keys.length) * width + slotOf(columnColumn.codes[b] as number, columnColumn.keys.length);
    cellOf[b] = cell;
    used[cell] = 1;
  }
  const indexOfCell = new Int32Array(used.length).fill(-1);
  const keys: string[] = [];
  const keyOf = (column: CriterionColumn, slot: number) => (slot === column.keys.length ? NOT_GIVEN_KEY : (column.keys[slot] as string));
  for (let cell = 0; cell < used.length; cell++) {
    if (used[cell] !== 1) continue;
    indexOfCell[cell] = keys.length;
    keys.push(crossKey(keyOf(rowColumn, Math.floor(cell / width)), keyOf(columnColumn, cell % width)));
  }
  const segment = Int32Array.from(cellOf, (cell) => indexOfCell[cell] as number);
  return { segment, keys, unavailable: [] };
}
