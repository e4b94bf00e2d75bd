/**
 * Step 3's RFM analysis (rfm.worker.ts): every customer's R, F and M values and scores by the chosen binning
 * (kept per base and binning while the worker lives), the named segments by the participant's rules, and what
 * the page shows: the score bands, the R × F heat map, each segment's summary and one page of one segment's
 * customers. The whole per-customer table is `rfmCustomerTable`, for the export.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import type { CustomerBase } from '../../../src/customers/base';
import { rfmScores, rfmValues, scoreBands, type RfmDimension, type RfmScores, type RfmValues, type ScoreBand } from '../../../src/customers/rfm';
import { OTHERS, assignSegments, type ScoreRanges } from '../../../src/customers/rfmSegments';
import type { RfmBinning } from '../state';
import { baseFor, type BaseRequest } from '../../../src/customers/read';

export const RFM_PAGE_SIZE = 50;

export interface RfmRequest extends BaseRequest {
  binning: RfmBinning;
  /** The rules' ranges in order (names do not change the figures, so they are not sent). */
  rules: ScoreRanges[];
  /** The customers asked for: a segment (a rule's index, or OTHERS) and a page from 0; null: none. */
  list: { segment: number; page: number } | null;
}

export interface RfmHeatCell {
  r: number;
  f: number;
  customers: number;
  /** Sum of the cell's customers' monetary values. */
  monetary: number;
}

export interface RfmSegmentFigures {
  /** The rule's index, or OTHERS. */
  segment: number;
  customers: number;
  orders: number;
  revenue: number;
  /** Sum of the customers' recency days (the page divides by customers). */
  recencyDays: number;
}

export interface RfmCustomerRow {
  id: string;
  /** From the customer list; null when not listed or without names. */
  name: string | null;
  recency: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
}

export interface RfmCustomerPage {
  segment: number;
  page: number;
  pages: number;
  total: number;
  /** Customers a page holds (RFM_PAGE_SIZE). */
  size: number;
  /** Most money first. */
  rows: RfmCustomerRow[];
}

export interface RfmFigures {
  analysisDay: number;
  customers: number;
  orders: number;
  revenue: number;
  bands: Record<RfmDimension, ScoreBand[]>;
  breaks: RfmScores['breaks'];
  /** 25 cells, R 1…5 by F 1…5 (r-major). */
  heat: RfmHeatCell[];
  /** One per rule, in the rules' order, then "others". */
  segments: RfmSegmentFigures[];
  page: RfmCustomerPage | null;
}

export type RfmResult = { kind: 'ready'; rfm: RfmFigures } | { kind: 'salesUnreadable' } | { kind: 'noSales' };

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export interface Scored {
  values: RfmValues;
  scores: RfmScores;
}

/** Scores per base and binning: a changed rule or page reuses them; a new base (period, import) drops them with it. */
const scoredBases = new WeakMap<CustomerBase, Partial<Record<RfmBinning, Scored>>>();

export function scored(base: CustomerBase, binning: RfmBinning): Scored {
  const kept = scoredBases.get(base) ?? {};
  scoredBases.set(base, kept);
  const cached = kept[binning];
  if (cached) return cached;
  const values = rfmValues(base);
  const made = { values, scores: rfmScores(values, binning) };
  kept[binning] = made;
  return made;
}

function customerName(base: CustomerBase, b: number): string | null {
  const row = base.listRow[b] as number;
  return row >= 0 && base.list ? (base.list.name[row] ?? null) : null;
}

function rowOf(base: CustomerBase, { values, scores }: Scored, b: number): RfmCustomerRow {
  return {
    id: base.ids[b] as string,
    name: customerName(base, b),
    recency: values.recency[b] as number,
    frequency: values.frequency[b] as number,
    monetary: values.monetary[b] as number,
    r: scores.r[b] as number,
    f: scores.f[b] as number,
    m: scores.m[b] as number,
  };
}

function customerPage(base: CustomerBase, data: Scored, segments: Int16Array, segment: number, page: number): RfmCustomerPage {
  const members: number[] = [];
  for (let b = 0; b < segments.length; b++) if (segments[b] === segment) members.push(b);
  const monetary = data.values.monetary;
  members.sort((a, b) => (monetary[b] as number) - (monetary[a] as number) || a - b);
  const pages = Math.max(1, Math.ceil(members.length / RFM_PAGE_SIZE));
  const shown = Math.min(Math.max(0, page), pages - 1);
  const rows = members.slice(shown * RFM_PAGE_SIZE, (shown + 1) * RFM_PAGE_SIZE).map((b) => rowOf(base, data, b));
  return { segment, page: shown, pages, total: members.length, size: RFM_PAGE_SIZE, rows };
}

/** The figures of a scored base for a list of rules. */
export function rfmFigures(base: CustomerBase, data: Scored, rules: readonly ScoreRanges[], list: RfmRequest['list']): RfmFigures {
  const { values, scores } = data;
  const segments = assignSegments(rules, scores.r, scores.f, scores.m);
  const heat: RfmHeatCell[] = [];
  for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) heat.push({ r, f, customers: 0, monetary: 0 });
  const bySegment: RfmSegmentFigures[] = [...rules.map((_, segment) => segment), OTHERS].map((segment) => ({ segment, customers: 0, orders: 0, revenue: 0, recencyDays: 0 }));
  let orders = 0;
  let revenue = 0;
  for (let b = 0; b < base.count; b++) {
    const cell = heat[((scores.r[b] as number) - 1) * 5 + ((scores.f[b] as number) - 1)] as RfmHeatCell;
    const money = values.monetary[b] as number;
    cell.customers++;
    cell.monetary += money;
    const segment = segments[b] as number;
    const figures = bySegment[segment === OTHERS ? rules.length : segment] as RfmSegmentFigures;
    figures.customers++;
    figures.orders += values.frequency[b] as number;
    figures.revenue += money;
    figures.recencyDays += values.recency[b] as number;
    orders += values.frequency[b] as number;
    revenue += money;
  }
  return {
    analysisDay: base.analysisDay,
    customers: base.count,
    orders,
    revenue,
    bands: { r: scoreBands(values.recency, scores.r), f: scoreBands(values.frequency, scores.f), m: scoreBands(values.monetary, scores.m) },
    breaks: scores.breaks,
    heat,
    segments: bySegment,
    page: list === null ? null : customerPage(base, data, segments, list.segment, list.page),
  };
}

export async function analyseRfm(request: RfmRequest, context: AnalysisContext): Promise<RfmResult> {
  const read = await baseFor(request, context);
  if (!read.ok) return { kind: read.reason };
  return { kind: 'ready', rfm: rfmFigures(read.base, scored(read.base, request.binning), request.rules, request.list) };
}

/** Every customer's values, scores and segment, in the base's order: the export's per-customer sheet. */
export interface RfmCustomerTable {
  ids: string[];
  names: (string | null)[];
  recency: Int32Array;
  frequency: Int32Array;
  monetary: Float64Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** A rule's index, or OTHERS. */
  segment: Int16Array;
}

export interface RfmExportData {
  /** Where the sales came from: the participant's import or a demo business. */
  origin: 'imported' | 'demo';
  result: RfmResult;
  /** null unless the result is ready. */
  customers: RfmCustomerTable | null;
}

/** The figures and the whole per-customer table, for the export (run in the page or a worker). */
export async function rfmCustomerTable(request: Omit<RfmRequest, 'list'>, context: AnalysisContext): Promise<RfmExportData> {
  const origin = request.source.kind === 'demo' ? 'demo' : 'imported';
  const read = await baseFor(request, context);
  if (!read.ok) return { origin, result: { kind: read.reason }, customers: null };
  const { base } = read;
  const data = scored(base, request.binning);
  const { values, scores } = data;
  return {
    origin,
    result: { kind: 'ready', rfm: rfmFigures(base, data, request.rules, null) },
    customers: {
      ids: base.ids,
      names: base.ids.map((_, b) => customerName(base, b)),
      recency: values.recency,
      frequency: values.frequency,
      monetary: values.monetary,
      r: scores.r,
      f: scores.f,
      m: scores.m,
      segment: assignSegments(request.rules, scores.r, scores.f, scores.m),
    },
  };
}
