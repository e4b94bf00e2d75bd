/**
 * Files that hold a spec's records in another shape, turned into its rows inside the import (the page never
 * holds the rows): one basket per line with its items across the line and no header, as public basket data
 * sets are published, and a wide table of 0/1 marks with one column per item. Each becomes one row per
 * (group, item) — the group being the line number or the wide table's id column — before the typer reads it,
 * so what is stored is always the long form the analyses read. Only a spec declaring `layouts` is affected.
 */
import type { AlternativeLayout, DatasetSpec } from '../spec';
import type { Locale } from '../../i18n/locale';
import { parseLocaleNumber } from '../numbers';
import { findHeader, isBlankCell, isBlankRow, isLabel, type FoundHeader } from './header';
import type { RowTyper } from './rows';
import type { OpenedSource } from './source';
import { IMPORT_LIMITS, type InspectOptions, type LayoutChoice, type LayoutOptions, type Outcome, type RawCell, type TableLayout } from './types';

/** The header row of a file without one: every line is data. */
export const NO_HEADER = -1;

/** The layout options a page passes for its spec: the made columns are named by the spec's labels, so the mapping finds them. */
export function layoutOptions(spec: DatasetSpec, locale: Locale): LayoutOptions | undefined {
  const layouts = spec.layouts;
  if (layouts === undefined || layouts.accepted.length === 0) return undefined;
  const name = (key: string) => spec.columns.find((column) => column.key === key)?.label[locale] ?? key;
  return { accepted: layouts.accepted, groupName: name(layouts.group), itemName: name(layouts.item), itemKey: layouts.item };
}

/** Rows looked at to recognise a layout. */
const ROWS_LOOKED_AT = 50;
/** Basket lines are text: a few numeric items ("7up") are allowed, a column of amounts is not. */
const MIN_TEXT_SHARE = 0.95;
/** Cells of a marked column that may be something else (reported at import), as a share of its filled cells. */
const MAX_STRAY_SHARE = 0.1;
/** A wide table: at least this many marked columns, and at least this share of its named columns. */
const MIN_MARKED_COLUMNS = 3;
const MIN_MARKED_SHARE = 0.5;

const TRUE_MARKS = new Set(['1', 'да', 'д', 'yes', 'y', 'true', 'истина', 'x', 'х', '+', 'v', '✓', '✔', '√', '是', '有', '对']);
const FALSE_MARKS = new Set(['0', 'нет', 'н', 'no', 'n', 'false', 'ложь', '-', '—', '否', '无', '没有']);

function markText(cell: RawCell): string {
  return typeof cell === 'string' ? cell.trim().toLowerCase() : String(cell);
}

/** A cell of a 0/1 table: a mark either way (blank counts as "no"). */
function isMark(cell: RawCell | undefined): boolean {
  if (cell === undefined || isBlankCell(cell)) return true;
  if (typeof cell === 'boolean') return true;
  if (typeof cell === 'number') return cell === 0 || cell === 1;
  if (cell instanceof Date) return false;
  const text = markText(cell);
  return TRUE_MARKS.has(text) || FALSE_MARKS.has(text);
}

/** A cell a 0/1 table may hold: a mark either way, or a count. Anything else (a word, a date) is read as "not bought" and reported. */
function isMarkOrCount(cell: RawCell | undefined): boolean {
  if (isMark(cell) || typeof cell === 'number') return true;
  if (cell === undefined || cell === null || cell instanceof Date || typeof cell === 'boolean') return false;
  return parseLocaleNumber(markText(cell)) !== null;
}

/** Bought: a "yes" mark, or a positive count (a 2 in a 0/1 table means two units, still bought). */
export function isMarkedYes(cell: RawCell | undefined): boolean {
  if (cell === undefined || cell === null || cell instanceof Date) return false;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell > 0;
  const text = markText(cell);
  if (TRUE_MARKS.has(text)) return true;
  const number = parseLocaleNumber(text);
  return number !== null && number.value > 0;
}

function cellText(cell: RawCell): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

function filledRows(top: readonly RawCell[][], from: number): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let r = from; r < top.length && rows.length < ROWS_LOOKED_AT; r++) {
    const row = top[r];
    if (row !== undefined && !isBlankRow(row)) rows.push(row);
  }
  return rows;
}

/**
 * A headerless file of baskets: lines of text items filled from the first column, of different lengths, the
 * same item turning up in different columns (a long file's receipt never shows up in its product column).
 */
export function looksLikeBasketPerLine(top: readonly RawCell[][]): boolean {
  const rows = filledRows(top, 0);
  if (rows.length < 3) return false;
  let cells = 0;
  let texts = 0;
  let gapped = 0;
  let movedItem = false;
  const lengths = new Set<number>();
  const columnOf = new Map<string, number>();
  for (const row of rows) {
    let filled = 0;
    let last = -1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] ?? null;
      if (isBlankCell(cell)) continue;
      filled++;
      last = c;
      cells++;
      if (isLabel(cell)) texts++;
      const key = cellText(cell).toLowerCase();
      const seen = columnOf.get(key);
      if (seen === undefined) columnOf.set(key, c);
      else if (seen !== c) movedItem = true;
    }
    if (filled !== last + 1) gapped++;
    lengths.add(filled);
  }
  return texts / cells >= MIN_TEXT_SHARE && gapped <= rows.length * 0.1 && lengths.size >= 2 && movedItem;
}

/** How a wide table becomes rows: its id column (or none: the row number), its marked item columns, and the columns carried along. */
export interface WidePlan {
  idColumn: number | null;
  items: number[];
  carried: number[];
}

/**
 * The columns of a wide table: marked ones (0/1, да/нет, x/empty, TRUE/FALSE) are items; the first other column
 * whose values are filled and distinct is the id; the remaining named columns (a date, a customer) come along.
 * `forced`: the user chose this layout, so every named column but the id is an item when none looks marked.
 */
export function widePlan(headers: readonly string[], rows: readonly (readonly RawCell[])[], forced: boolean): WidePlan | null {
  const marked: number[] = [];
  const others: number[] = [];
  let yes = 0;
  for (let c = 0; c < headers.length; c++) {
    if ((headers[c] ?? '') === '') continue;
    const values = rows.map((row) => row[c]);
    // A stray word or date among a column's marks (a typo, a note) does not make it a text column: it is reported
    // at import and read as "not bought". A column of mostly words (a card number now and then) stays text.
    const filled = values.filter((value) => value !== undefined && !isBlankCell(value));
    const strays = filled.filter((value) => !isMark(value)).length;
    if (strays <= filled.length * MAX_STRAY_SHARE) {
      marked.push(c);
      yes += values.filter(isMarkedYes).length;
    } else others.push(c);
  }
  const named = marked.length + others.length;
  const idColumn =
    others.find((c) => {
      const values = rows.map((row) => row[c]);
      return values.every((value) => !isBlankCell(value)) && new Set(values.map((value) => cellText(value ?? null))).size === values.length;
    }) ?? null;
  const wide = yes > 0 && marked.length >= MIN_MARKED_COLUMNS && marked.length >= named * MIN_MARKED_SHARE;
  if (wide) return { idColumn, items: marked, carried: others.filter((c) => c !== idColumn) };
  if (!forced) return null;
  const items = marked.length > 0 ? marked : others.filter((c) => c !== idColumn);
  return { idColumn, items, carried: others.filter((c) => c !== idColumn && !items.includes(c)) };
}

/** What detection alone picks among the accepted layouts. */
export function detectLayout(top: readonly RawCell[][], hasMore: boolean, accepted: readonly AlternativeLayout[]): TableLayout {
  if (accepted.includes('basketPerLine') && looksLikeBasketPerLine(top)) return 'basketPerLine';
  if (accepted.includes('wideBinary')) {
    const found = findHeader(top, 'auto', hasMore);
    if (found.ok && widePlan(found.value.headers, filledRows(top, found.value.headerRow + 1), false) !== null) return 'wideBinary';
  }
  return 'long';
}

/** The layout to read in (null: the spec accepts no other): the user's choice when it is accepted, else the detected one. */
export function chooseLayout(top: readonly RawCell[][], hasMore: boolean, options: InspectOptions): LayoutChoice | null {
  const layouts = options.layouts;
  if (layouts === undefined || layouts.accepted.length === 0) return null;
  const detected = detectLayout(top, hasMore, layouts.accepted);
  const wanted = options.layout ?? 'auto';
  const used = wanted === 'long' || (wanted !== 'auto' && layouts.accepted.includes(wanted)) ? wanted : detected;
  return { used, detected, accepted: layouts.accepted };
}

/** A basket file has no header: its width is its widest line among the top rows. */
export function basketHeader(top: readonly RawCell[][]): Outcome<FoundHeader> {
  let width = 0;
  for (const row of top) for (let c = row.length - 1; c >= width; c--) if (!isBlankCell(row[c] ?? null)) width = c + 1;
  if (width > IMPORT_LIMITS.maxColumns) return { ok: false, problem: { code: 'tooManyColumns', details: { columns: width, limit: IMPORT_LIMITS.maxColumns } } };
  return { ok: true, value: { headerRow: NO_HEADER, headers: Array.from({ length: width }, () => '') } };
}

type Emit = (cells: RawCell[]) => void;
/** `note` reports a cell the reshape could not read, as the typer's own problem (the preview passes a no-op). */
type Reshape = (cells: readonly (RawCell | undefined)[], rowNumber: number, emit: Emit, note: RowTyper['noteCell']) => void;

function basketReshape(): Reshape {
  return (cells, rowNumber, emit) => {
    const group = String(rowNumber);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === undefined || isBlankCell(cell)) continue;
      emit([group, cellText(cell)]);
    }
  };
}

/** An item cell that is neither a mark nor a count is noted under the spec's item column, with the item's header. */
function wideReshape(plan: WidePlan, headers: readonly string[], itemKey: string): Reshape {
  return (cells, rowNumber, emit, note) => {
    const id = plan.idColumn === null ? null : (cells[plan.idColumn] ?? null);
    const group = id === null || isBlankCell(id) ? String(rowNumber) : id;
    const carried = plan.carried.map((c) => cells[c] ?? null);
    for (const c of plan.items) {
      const cell = cells[c];
      if (isMarkedYes(cell)) emit([group, headers[c] ?? '', ...carried]);
      else if (cell !== undefined && !isMarkOrCount(cell)) note(rowNumber, itemKey, `${headers[c] ?? ''}: ${cellText(cell)}`, 'notAMark');
    }
  };
}

/** The typer fed the made rows: every one keeps its source row's number, so problems point at the user's line. */
function reshapingTyper(inner: RowTyper, reshape: Reshape): RowTyper {
  const addRecord = (cells: readonly (RawCell | undefined)[] | undefined, rowNumber: number) => {
    if (cells === undefined || isBlankRow(cells)) inner.addRecord(undefined, rowNumber);
    else reshape(cells, rowNumber, (row) => inner.addRecord(row, rowNumber), inner.noteCell);
  };
  return {
    add(rows, firstRowNumber) {
      for (let i = 0; i < rows.length; i++) addRecord(rows[i], firstRowNumber + i);
    },
    addRecord,
    get rowCount() {
      return inner.rowCount;
    },
    noteCell: inner.noteCell,
    finish: () => inner.finish(),
  };
}

/**
 * The opened source as the chosen layout reads it: the inspection names the layout, and for another layout
 * shows the made columns and rows; typing feeds the made rows. `top` are the rows the inspection saw.
 */
export function withLayout(opened: OpenedSource, top: readonly RawCell[][], choice: LayoutChoice | null, options: InspectOptions): OpenedSource {
  if (choice === null) return opened;
  const { inspection } = opened;
  if (choice.used === 'long' || options.layouts === undefined) return { ...opened, inspection: { ...inspection, layout: choice } };
  const { groupName, itemName } = options.layouts;
  let reshape: Reshape;
  let headers: string[];
  if (choice.used === 'basketPerLine') {
    reshape = basketReshape();
    headers = [groupName, itemName];
  } else {
    const plan = widePlan(inspection.headers, filledRows(top, inspection.headerRow + 1), true) ?? { idColumn: null, items: [], carried: [] };
    reshape = wideReshape(plan, inspection.headers, options.layouts.itemKey);
    headers = [groupName, itemName, ...plan.carried.map((c) => inspection.headers[c] ?? '')];
  }
  const preview: RawCell[][] = [];
  for (let r = inspection.headerRow + 1; r < top.length && preview.length < IMPORT_LIMITS.previewRows; r++) {
    const row = top[r];
    if (row !== undefined && !isBlankRow(row)) reshape(row, r + 1, (made) => preview.length < IMPORT_LIMITS.previewRows && preview.push(made), () => undefined);
  }
  return {
    inspection: { ...inspection, headers, preview, dataRowCount: null, layout: choice },
    sampleCells: opened.sampleCells,
    typeDataRows: (typer, onProgress) => opened.typeDataRows(reshapingTyper(typer, reshape), onProgress),
  };
}
