/**
 * Step 2's Pareto curve, ABC and XYZ classes and their matrix (abcXyz.worker.ts), and one page of the customers
 * of a class or a cell: 100,000 customers never cross to the page as objects. The classes are kept per source,
 * period and thresholds, so turning a page or choosing another cell only reads them.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import { ABC_CLASSES, classifyAbc, paretoCurve, summariseAbc, type AbcClass, type AbcClassing, type AbcSummary, type ParetoCurve } from '../../../src/customers/abc';
import { abcXyzMatrix, type MatrixCell } from '../model/abcXyzMatrix';
import { valueOf, type CustomerBase } from '../../../src/customers/base';
import { classifyXyz, XYZ_GROUPS, XYZ_Z, type XyzClassing, type XyzGroup } from '../../../src/customers/xyz';
import type { AbcSettings, ValueBasis } from '../state';
import { baseFor, type BaseRequest } from '../../../src/customers/read';

export const CUSTOMER_PAGE_SIZE = 50;
/** Zero- and negative-value customers named in the explanation; the rest are counted. */
const NAMED_NON_POSITIVE = 10;

/** Which customers the list shows: a class, a cell (both set), an XYZ column, or all (both null). */
export interface CustomerFilter {
  abc: AbcClass | null;
  xyz: XyzGroup | null;
}

export interface AbcXyzRequest extends BaseRequest {
  /** Thresholds already checked (abcThresholdProblem, xyzThresholdProblem). */
  settings: AbcSettings;
  list: CustomerFilter & { page: number };
}

export interface CustomerRow {
  /** 1 = the most valuable. */
  rank: number;
  id: string;
  /** From the customer list; null when not listed or unnamed. */
  name: string | null;
  value: number;
  revenue: number;
  /** Share of the positive total brought by the customers worth more (the share the class is decided by). */
  shareBefore: number;
  abc: AbcClass;
  /** null when XYZ is not computed (a window under 3 months). */
  xyz: XyzGroup | null;
  /** CV as a fraction; null: too new, no XYZ, or no positive mean. */
  cv: number | null;
  monthsCounted: number | null;
}

export interface CustomerPage extends CustomerFilter {
  page: number;
  pages: number;
  /** Customers in the class or cell. */
  total: number;
  /** Position of the page's first row among them (0-based). */
  from: number;
  rows: CustomerRow[];
}

export type XyzSummary =
  | { kind: 'tooFewMonths'; months: number }
  | { kind: 'ready'; customers: Record<XyzGroup, number>; revenue: Record<XyzGroup, number>; /** Z for want of a positive monthly mean. */ noMean: number };

export interface AbcXyzFigures {
  kind: 'ready';
  customers: number;
  months: number;
  /** The basis the classes are by: revenue when profit was asked for and the sales carry no cost. */
  basis: ValueBasis;
  profitUnavailable: boolean;
  totalRevenue: number;
  abc: AbcSummary;
  /** The first NAMED_NON_POSITIVE zero- or negative-value customers, least valuable first. */
  nonPositiveIds: string[];
  pareto: ParetoCurve;
  /** The most valuable customer and its share of the positive total; null without a positive value. */
  top: { id: string; valueShare: number } | null;
  xyz: XyzSummary;
  /** null without XYZ. */
  matrix: MatrixCell[] | null;
}

export type AbcXyzResult = (AbcXyzFigures & { page: CustomerPage }) | { kind: 'salesUnreadable' } | { kind: 'noSales' };

interface Classed {
  base: CustomerBase;
  basis: ValueBasis;
  values: Float64Array;
  abc: AbcClassing;
  xyz: XyzClassing;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

function classify(base: CustomerBase, settings: AbcSettings): Classed {
  const basis: ValueBasis = settings.basis === 'profit' && base.profit ? 'profit' : 'revenue';
  const values = valueOf(base, basis);
  return { base, basis, values, abc: classifyAbc(values, settings), xyz: classifyXyz(base, settings) };
}

function figuresOf({ base, basis, values, abc, xyz }: Classed, settings: AbcSettings): AbcXyzFigures {
  const nonPositiveIds: string[] = [];
  for (let rank = base.count - 1; rank >= 0 && nonPositiveIds.length < NAMED_NON_POSITIVE; rank--) {
    const b = abc.order[rank] as number;
    if ((values[b] as number) > 0) break;
    nonPositiveIds.push(base.ids[b] as string);
  }
  return {
    kind: 'ready',
    customers: base.count,
    months: base.months,
    basis,
    profitUnavailable: settings.basis === 'profit' && basis !== 'profit',
    totalRevenue: base.revenue.reduce((sum, value) => sum + value, 0),
    abc: summariseAbc(values, abc),
    nonPositiveIds,
    pareto: paretoCurve(values, abc),
    top: topOf(base, values, abc),
    xyz: xyzSummary(xyz, base.revenue),
    matrix: xyz.kind === 'ready' ? abcXyzMatrix(abc.classes, xyz.classes, base.revenue) : null,
  };
}

function topOf(base: CustomerBase, values: Float64Array, abc: AbcClassing): AbcXyzFigures['top'] {
  const b = abc.order[0];
  if (b === undefined || !((values[b] as number) > 0)) return null;
  return { id: base.ids[b] as string, valueShare: (values[b] as number) / abc.positiveTotal };
}

function xyzSummary(xyz: XyzClassing, revenue: Float64Array): XyzSummary {
  if (xyz.kind === 'tooFewMonths') return xyz;
  const customers = { X: 0, Y: 0, Z: 0, new: 0 } satisfies Record<XyzGroup, number>;
  const sums = { X: 0, Y: 0, Z: 0, new: 0 } satisfies Record<XyzGroup, number>;
  let noMean = 0;
  for (let b = 0; b < xyz.classes.length; b++) {
    const group = XYZ_GROUPS[xyz.classes[b] as number] as XyzGroup;
    customers[group]++;
    sums[group] += revenue[b] as number;
    if (xyz.classes[b] === XYZ_Z && Number.isNaN(xyz.cv[b] as number)) noMean++;
  }
  return { kind: 'ready', customers, revenue: sums, noMean };
}

function rowOf({ base, values, abc, xyz }: Classed, b: number, rank: number): CustomerRow {
  const listRow = base.listRow[b] as number;
  const cv = xyz.kind === 'ready' ? (xyz.cv[b] as number) : Number.NaN;
  return {
    rank: rank + 1,
    id: base.ids[b] as string,
    name: base.list && listRow >= 0 ? (base.list.name[listRow] ?? null) : null,
    value: values[b] as number,
    revenue: base.revenue[b] as number,
    shareBefore: abc.shareBefore[b] as number,
    abc: ABC_CLASSES[abc.classes[b] as number] as AbcClass,
    xyz: xyz.kind === 'ready' ? (XYZ_GROUPS[xyz.classes[b] as number] as XyzGroup) : null,
    cv: Number.isNaN(cv) ? null : cv,
    monthsCounted: xyz.kind === 'ready' ? (xyz.monthsCounted[b] as number) : null,
  };
}

/** The filter's customers in rank order, one page of them. */
function pageOf(classed: Classed, request: AbcXyzRequest['list']): CustomerPage {
  const { abc, xyz, base } = classed;
  const abcCode = request.abc === null ? -1 : ABC_CLASSES.indexOf(request.abc);
  const xyzCode = request.xyz === null || xyz.kind !== 'ready' ? -1 : XYZ_GROUPS.indexOf(request.xyz);
  const matches = (b: number) => (abcCode < 0 || abc.classes[b] === abcCode) && (xyzCode < 0 || (xyz.kind === 'ready' && xyz.classes[b] === xyzCode));
  let total = 0;
  for (let b = 0; b < base.count; b++) if (matches(b)) total++;
  const pages = Math.max(1, Math.ceil(total / CUSTOMER_PAGE_SIZE));
  const page = Math.min(Math.max(0, request.page), pages - 1);
  const from = page * CUSTOMER_PAGE_SIZE;
  const rows: CustomerRow[] = [];
  let seen = 0;
  for (let rank = 0; rank < base.count && rows.length < CUSTOMER_PAGE_SIZE; rank++) {
    const b = abc.order[rank] as number;
    if (!matches(b)) continue;
    if (seen++ >= from) rows.push(rowOf(classed, b, rank));
  }
  return { abc: request.abc, xyz: xyzCode < 0 ? null : request.xyz, page, pages, total, from, rows };
}

async function classedFor(request: BaseRequest & { settings: AbcSettings }, context: AnalysisContext): Promise<Classed | { kind: 'salesUnreadable' } | { kind: 'noSales' }> {
  const read = await baseFor(request, context);
  if (!read.ok) return { kind: read.reason };
  const { base } = read;
  return context.remember(`abc-xyz:${JSON.stringify([request.source, request.period, request.settings])}`, () => classify(base, request.settings));
}

export async function analyseAbcXyz(request: AbcXyzRequest, context: AnalysisContext): Promise<AbcXyzResult> {
  const classed = await classedFor(request, context);
  if ('kind' in classed) return classed;
  // The figures are kept with the classes: a new page recomputes nothing but the page.
  const figures = context.remember(`abc-xyz-figures:${JSON.stringify([request.source, request.period, request.settings])}`, () => figuresOf(classed, request.settings));
  return { ...figures, page: pageOf(classed, request.list) };
}

/** Every customer's classes, for the export: typed columns in rank order (most valuable first). */
export interface AbcXyzCustomerTable {
  ids: string[];
  names: (string | null)[];
  value: Float64Array;
  revenue: Float64Array;
  shareBefore: Float64Array;
  /** Codes into ABC_CLASSES. */
  abc: Uint8Array;
  /** Codes into XYZ_GROUPS; null without XYZ. */
  xyz: Uint8Array | null;
  /** NaN where there is no CV. */
  cv: Float64Array | null;
  monthsCounted: Int32Array | null;
}

export type AbcXyzExportResult = { kind: 'ready'; figures: AbcXyzFigures; customers: AbcXyzCustomerTable } | { kind: 'salesUnreadable' } | { kind: 'noSales' };

/** The step's figures and every customer's classes, for the Excel export (run it in the export's worker). */
export async function analyseAbcXyzForExport(request: BaseRequest & { settings: AbcSettings }, context: AnalysisContext): Promise<AbcXyzExportResult> {
  const classed = await classedFor(request, context);
  if ('kind' in classed) return classed;
  const { base, values, abc, xyz } = classed;
  const order = Array.from(abc.order);
  const pick = <T extends Float64Array | Uint8Array | Int32Array>(make: (length: number) => T, from: ArrayLike<number>): T => {
    const column = make(order.length);
    order.forEach((b, rank) => (column[rank] = from[b] as number));
    return column;
  };
  return {
    kind: 'ready',
    figures: figuresOf(classed, request.settings),
    customers: {
      ids: order.map((b) => base.ids[b] as string),
      names: order.map((b) => {
        const row = base.listRow[b] as number;
        return base.list && row >= 0 ? (base.list.name[row] ?? null) : null;
      }),
      value: pick((n) => new Float64Array(n), values),
      revenue: pick((n) => new Float64Array(n), base.revenue),
      shareBefore: pick((n) => new Float64Array(n), abc.shareBefore),
      abc: pick((n) => new Uint8Array(n), abc.classes),
      xyz: xyz.kind === 'ready' ? pick((n) => new Uint8Array(n), xyz.classes) : null,
      cv: xyz.kind === 'ready' ? pick((n) => new Float64Array(n), xyz.cv) : null,
      monthsCounted: xyz.kind === 'ready' ? pick((n) => new Int32Array(n), xyz.monthsCounted) : null,
    },
  };
}
