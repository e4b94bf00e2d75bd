/**
 * Step 5's matrices (matrices.worker.ts): profit (or revenue) × potential, revenue × size, and Reinartz & Kumar's
 * profit × relationship length, each with its lines, the figures per cell, a sample of points for the chart, and
 * one page of the customers of the cell the participant opened. Never every customer: the export asks for those
 * through `matricesCustomerTable`.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import type { CustomerBase } from '../../../src/customers/base';
import { NO_CODE } from '../../../src/customers/sales';
import {
  CELLS,
  MATRIX_KINDS,
  NO_CELL,
  placeCustomers,
  relationshipMonths,
  samplePoints,
  walletShare,
  type Cell,
  type CellFigures,
  type MatrixKind,
  type MatrixPlacement,
} from '../model/matrices';
import type { MatrixSettings } from '../state';
import { baseFor, type BaseRequest } from '../../../src/customers/read';

/** Customers per page of a cell's list. */
export const MATRIX_PAGE = 50;

export interface MatrixListRequest {
  matrix: MatrixKind;
  cell: Cell;
  /** From 0. */
  page: number;
}

export interface MatricesRequest extends BaseRequest {
  lines: MatrixSettings;
  /** The cell whose customers are listed; null: none opened. */
  list: MatrixListRequest | null;
}

export type MatrixX = 'profit' | 'revenue';
export type MatrixY = 'potential' | 'size' | 'duration';

export interface MatrixView {
  kind: 'ready';
  x: MatrixX;
  y: MatrixY;
  thresholds: { x: number; y: number };
  medians: { x: number; y: number };
  placed: number;
  leftOut: number;
  figures: Record<Cell, CellFigures>;
  /** The chart's points: all placed customers, or a sample of them (`sampled`). */
  points: { x: Float64Array; y: Float64Array; cell: Int8Array };
  sampled: boolean;
}

export type MatrixOutcome =
  | MatrixView
  /** The participant has no customer list: the matrix needs its column. */
  | { kind: 'noList'; column: 'potential' | 'size' }
  /** The list has no such column. */
  | { kind: 'noColumn'; column: 'potential' | 'size' }
  /** The column is there, but no customer who bought in the window has a figure above zero in it. */
  | { kind: 'noValues'; column: 'potential' | 'size' };

export interface MatrixCustomerRow {
  id: string;
  name: string | null;
  revenue: number;
  profit: number | null;
  /** The matrix's second figure: potential, size or months. */
  y: number;
  /** Share of wallet (potential matrix only). */
  wallet: number | null;
}

export interface MatrixPage extends MatrixListRequest {
  total: number;
  rows: MatrixCustomerRow[];
}

export type MatricesResult =
  | { kind: 'salesUnreadable' }
  | { kind: 'noSales' }
  | {
      kind: 'ready';
      customers: number;
      months: number;
      /** The figure of today: profit when the sales carry cost, else revenue (said on screen). */
      basis: MatrixX;
      matrices: Record<MatrixKind, MatrixOutcome>;
      /**
       * Customers who bought already in the data's first month: their relationship is longer than the data shows
       * (its length in months, `months`), so the duration matrix cannot tell them apart.
       */
      fromDataStart: { customers: number; months: number };
      page: MatrixPage | null;
    };

interface Computed {
  outcome: MatrixOutcome;
  placement: MatrixPlacement | null;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** A customer-list figure per base customer (NaN: not listed or empty). */
function listFigure(base: CustomerBase, column: 'potential' | 'size'): Float64Array | null {
  const values = base.list?.figures[column] ?? null;
  if (!values) return null;
  return Float64Array.from(base.listRow, (row) => (row === NO_CODE ? Number.NaN : (values[row] as number)));
}

function view(placement: MatrixPlacement, x: ArrayLike<number>, y: ArrayLike<number>, axes: { x: MatrixX; y: MatrixY }): MatrixView {
  const placed: number[] = [];
  for (let b = 0; b < placement.cells.length; b++) if (placement.cells[b] !== NO_CELL) placed.push(b);
  const drawn = samplePoints(placed, x);
  return {
    kind: 'ready',
    ...axes,
    thresholds: placement.thresholds,
    medians: placement.medians,
    placed: placement.placed,
    leftOut: placement.leftOut,
    figures: placement.figures,
    points: {
      x: Float64Array.from(drawn, (b) => x[b] as number),
      y: Float64Array.from(drawn, (b) => y[b] as number),
      cell: Int8Array.from(drawn, (b) => placement.cells[b] as number),
    },
    sampled: drawn.length < placed.length,
  };
}

/** The three matrices for a base and the participant's lines. */
export function computeMatrices(base: CustomerBase, lines: MatrixSettings): { basis: MatrixX; matrices: Record<MatrixKind, Computed> } {
  const basis: MatrixX = base.profit ? 'profit' : 'revenue';
  const today = base.profit ?? base.revenue;
  const todayLine = basis === 'profit' ? lines.profit : lines.revenue;
  const input = { revenue: base.revenue, profit: base.profit, months: base.months };

  const fromList = (column: 'potential' | 'size', x: ArrayLike<number>, xLine: number | null, yLine: number | null, xName: MatrixX): Computed => {
    if (base.list === null) return { outcome: { kind: 'noList', column }, placement: null, x, y: [] };
    const y = listFigure(base, column);
    if (y === null) return { outcome: { kind: 'noColumn', column }, placement: null, x, y: [] };
    const placement = placeCustomers({ ...input, x, y }, { x: xLine, y: yLine }, true);
    if (placement.placed === 0) return { outcome: { kind: 'noValues', column }, placement: null, x, y };
    return { outcome: view(placement, x, y, { x: xName, y: column }), placement, x, y };
  };

  const months = relationshipMonths(base.analysisDay, base.firstEverDay);
  const duration = placeCustomers({ ...input, x: today, y: months }, { x: todayLine, y: lines.duration }, false);
  return {
    basis,
    matrices: {
      potential: fromList('potential', today, todayLine, lines.potential, basis),
      size: fromList('size', base.revenue, lines.revenue, lines.size, 'revenue'),
      duration: { outcome: view(duration, today, months, { x: basis, y: 'duration' }), placement: duration, x: today, y: months },
    },
  };
}

function customerRow(base: CustomerBase, b: number, kind: MatrixKind, y: number): MatrixCustomerRow {
  const row = base.listRow[b] as number;
  const yearFactor = base.months > 0 ? 12 / base.months : 1;
  return {
    id: base.ids[b] as string,
    name: row === NO_CODE ? null : (base.list?.name[row] ?? null),
    revenue: base.revenue[b] as number,
    profit: base.profit ? (base.profit[b] as number) : null,
    y,
    wallet: kind === 'potential' ? walletShare((base.revenue[b] as number) * yearFactor, y) : null,
  };
}

/** One page of a cell's customers, the largest figure of today first. */
function pageOf(base: CustomerBase, computed: Computed, request: MatrixListRequest): MatrixPage | null {
  const { placement, x, y } = computed;
  if (placement === null) return null;
  const code = CELLS.indexOf(request.cell);
  const members: number[] = [];
  for (let b = 0; b < placement.cells.length; b++) if (placement.cells[b] === code) members.push(b);
  members.sort((a, b) => (x[b] as number) - (x[a] as number) || (a < b ? -1 : 1));
  const pages = Math.max(1, Math.ceil(members.length / MATRIX_PAGE));
  const page = Math.min(Math.max(0, request.page), pages - 1);
  const rows = members.slice(page * MATRIX_PAGE, (page + 1) * MATRIX_PAGE).map((b) => customerRow(base, b, request.matrix, y[b] as number));
  return { ...request, page, total: members.length, rows };
}

/**
 * The last matrices per base: paging through a cell's customers asks again with the same lines, and 100,000
 * customers take a few hundred milliseconds to place, which a page turn should not wait for.
 */
const lastComputed = new WeakMap<CustomerBase, { lines: string; computed: ReturnType<typeof computeMatrices> }>();

function matricesFor(base: CustomerBase, lines: MatrixSettings): ReturnType<typeof computeMatrices> {
  const key = JSON.stringify(lines);
  const kept = lastComputed.get(base);
  if (kept?.lines === key) return kept.computed;
  const computed = computeMatrices(base, lines);
  lastComputed.set(base, { lines: key, computed });
  return computed;
}

/** A month of days: a first purchase this close to the data's first counts as "there from the start". */
const FIRST_MONTH_DAYS = 31;

function fromDataStart(base: CustomerBase): { customers: number; months: number } {
  const first = base.firstEverDay.reduce((earliest, day) => Math.min(earliest, day), Number.POSITIVE_INFINITY);
  if (!Number.isFinite(first)) return { customers: 0, months: 0 };
  const customers = base.firstEverDay.reduce((count, day) => count + (day < first + FIRST_MONTH_DAYS ? 1 : 0), 0);
  return { customers, months: relationshipMonths(base.analysisDay, [first])[0] ?? 0 };
}

export async function analyseMatrices(request: MatricesRequest, context: AnalysisContext): Promise<MatricesResult> {
  const read = await baseFor(request, context);
  if (!read.ok) return { kind: read.reason };
  const { base } = read;
  const { basis, matrices } = matricesFor(base, request.lines);
  return {
    kind: 'ready',
    customers: base.count,
    months: base.months,
    basis,
    matrices: { potential: matrices.potential.outcome, size: matrices.size.outcome, duration: matrices.duration.outcome },
    fromDataStart: fromDataStart(base),
    page: request.list ? pageOf(base, matrices[request.list.matrix], request.list) : null,
  };
}

/** A customer's place in every matrix, for the export: cells null where the customer is left out or the matrix cannot be drawn. */
export interface MatrixCustomerPlaces {
  id: string;
  name: string | null;
  revenue: number;
  profit: number | null;
  potential: number | null;
  size: number | null;
  months: number;
  wallet: number | null;
  cells: Record<MatrixKind, Cell | null>;
}

/** Every customer's place in the three matrices (the export's full table; the page never gets this). */
export async function matricesCustomerTable(request: BaseRequest & { lines: MatrixSettings }, context: AnalysisContext): Promise<MatrixCustomerPlaces[]> {
  const read = await baseFor(request, context);
  if (!read.ok) return [];
  const { base } = read;
  const { matrices } = matricesFor(base, request.lines);
  const potential = listFigure(base, 'potential');
  const size = listFigure(base, 'size');
  const months = matrices.duration.y;
  const yearFactor = base.months > 0 ? 12 / base.months : 1;
  const cellAt = (kind: MatrixKind, b: number): Cell | null => {
    const code = matrices[kind].placement?.cells[b] ?? NO_CELL;
    return code === NO_CELL ? null : (CELLS[code] ?? null);
  };
  const known = (values: Float64Array | null, b: number) => (values && Number.isFinite(values[b] as number) ? (values[b] as number) : null);
  return base.ids.map((id, b) => {
    const row = customerRow(base, b, 'duration', months[b] as number);
    const potentialOf = known(potential, b);
    return {
      id,
      name: row.name,
      revenue: row.revenue,
      profit: row.profit,
      potential: potentialOf,
      size: known(size, b),
      months: months[b] as number,
      wallet: potentialOf === null ? null : walletShare(row.revenue * yearFactor, potentialOf),
      cells: Object.fromEntries(MATRIX_KINDS.map((kind) => [kind, cellAt(kind, b)])) as Record<MatrixKind, Cell | null>, // Cast: one entry per kind, built just here.
    };
  });
}
