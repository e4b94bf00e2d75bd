/**
 * The exercise's one analysis (segmentation.worker.ts): the customer base for the period (src/customers/read.ts),
 * every criterion's column (kept per base, behaviour and bands while the worker lives), the segments by the
 * participant's rules or cross-tab, and what the page shows: each criterion's values with customers and revenue,
 * each segment's profile, and one page of one segment's customers. The whole per-customer table is
 * `segmentationCustomerTable`, for the export and the CRM download.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import type { CustomerBase } from '../../../src/customers/base';
import { baseFor, type BaseRequest } from '../../../src/customers/read';
import { dayToIso } from '../../../src/customers/sales';
import type { BandedCriterion, BehaviourSettings, CriterionId, SegmentsSettings } from '../state';
import { CRITERIA } from '../state';
import { NO_VALUE, customerCriteria, lineFigures, valueKey, type CriterionKind, type CriterionMissing, type CriterionRead, type LineFigures } from '../model/criteria';
import { assignByCrossTab, assignByRules, type SegmentAssignment } from '../model/segments';
import { segmentProfiles, windowHalves, type SegmentProfile, type SegmentTotals } from '../model/profile';

export const SEGMENT_PAGE_SIZE = 50;

export interface SegmentationRequest extends BaseRequest {
  behaviour: BehaviourSettings;
  bands: Partial<Record<BandedCriterion, number[]>>;
  /** Names do not change the figures, so they are not sent: the rules' ids and conditions, the mode, the cross-tab. */
  segments: SegmentsSettings;
  /** The customers asked for: a segment key and a page from 0; null: none. */
  list: { segment: string; page: number } | null;
}

export interface CriterionValueFigures {
  /** "" for "not given". */
  key: string;
  customers: number;
  revenue: number;
}

export type CriterionSummary =
  | { ok: true; kind: CriterionKind; bounds: number[] | null; values: CriterionValueFigures[] }
  | { ok: false; missing: CriterionMissing };

export interface SegmentCustomerRow {
  id: string;
  name: string | null;
  revenue: number;
  orders: number;
  lastPurchase: string;
  /** Per criterion the participant chose (same order as the request's chosen criteria): the value key. */
  values: Partial<Record<CriterionId, string>>;
}

export interface SegmentCustomerPage {
  segment: string;
  page: number;
  pages: number;
  total: number;
  size: number;
  /** Most revenue first. */
  rows: SegmentCustomerRow[];
}

export interface SegmentationFigures {
  analysisDay: string;
  startDay: string;
  months: number;
  /** Months in each half for growth and retention; 0 when the window is under 2 months. */
  halfMonths: number;
  hasMargin: boolean;
  criteria: Record<CriterionId, CriterionSummary>;
  /** In the order of the segments: the rules then "others", or the cross-tab's cells. */
  segments: SegmentProfile[];
  total: SegmentTotals;
  /** Rule conditions on a criterion the data cannot give. */
  unavailable: SegmentAssignment['unavailable'];
  page: SegmentCustomerPage | null;
}

export type SegmentationResult = { kind: 'ready'; figures: SegmentationFigures } | { kind: 'salesUnreadable' } | { kind: 'noSales' };

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/**
 * Criteria per base, behaviour and bands, with their summaries: a changed rule, mode or page reuses them and
 * re-runs only the assignment and the profiles; a new base drops them with it. The pass over the lines
 * (lineFigures) depends on the base alone, so changed bands or behaviour do not repeat it.
 */
const criteriaByBase = new WeakMap<CustomerBase, Map<string, Record<CriterionId, CriterionRead>>>();
const lineFactsByBase = new WeakMap<CustomerBase, LineFigures>();
const summariesByCriteria = new WeakMap<Record<CriterionId, CriterionRead>, Record<CriterionId, CriterionSummary>>();

export function criteriaFor(base: CustomerBase, lines: Parameters<typeof customerCriteria>[0]['lines'], behaviour: BehaviourSettings, bands: SegmentationRequest['bands']): Record<CriterionId, CriterionRead> {
  const kept = criteriaByBase.get(base) ?? new Map<string, Record<CriterionId, CriterionRead>>();
  criteriaByBase.set(base, kept);
  const key = JSON.stringify([behaviour, bands]);
  const cached = kept.get(key);
  if (cached) return cached;
  const lineFacts = lineFactsByBase.get(base) ?? lineFigures(lines, base);
  lineFactsByBase.set(base, lineFacts);
  const made = customerCriteria({ base, lines, behaviour, bands, lineFacts });
  // Only a few settings are tried in a session; the oldest goes first.
  if (kept.size >= 4) kept.delete(kept.keys().next().value as string);
  kept.set(key, made);
  return made;
}

/** Every criterion's values with customers and revenue, once per criteria. */
function summariesFor(base: CustomerBase, criteria: Record<CriterionId, CriterionRead>): Record<CriterionId, CriterionSummary> {
  const cached = summariesByCriteria.get(criteria);
  if (cached) return cached;
  const made = Object.fromEntries(CRITERIA.map((id) => [id, summarise(base, criteria[id])])) as Record<CriterionId, CriterionSummary>; // Cast: one entry per criterion, built just here.
  summariesByCriteria.set(criteria, made);
  return made;
}

function summarise(base: CustomerBase, read: CriterionRead): CriterionSummary {
  if (!read.ok) return { ok: false, missing: read.missing };
  const { column } = read;
  const customers = new Float64Array(column.keys.length + 1);
  const revenue = new Float64Array(column.keys.length + 1);
  for (let b = 0; b < base.count; b++) {
    const code = column.codes[b] as number;
    const slot = code === NO_VALUE ? column.keys.length : code;
    customers[slot]! += 1;
    revenue[slot]! += base.revenue[b] as number;
  }
  const values: CriterionValueFigures[] = column.keys.map((key, code) => ({ key, customers: customers[code] as number, revenue: revenue[code] as number }));
  const notGiven = customers[column.keys.length] as number;
  if (notGiven > 0) values.push({ key: '', customers: notGiven, revenue: revenue[column.keys.length] as number });
  // Labels read from a file are listed by revenue; classes and bands keep their own order.
  if (column.kind === 'label') values.sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : b.revenue - a.revenue));
  return { ok: true, kind: column.kind, bounds: column.bounds, values };
}

export function assignSegments(base: CustomerBase, criteria: Record<CriterionId, CriterionRead>, segments: SegmentsSettings): SegmentAssignment {
  if (segments.mode === 'rules') return assignByRules(base.count, criteria, segments.rules);
  const { rows, columns } = segments.crossTab;
  return assignByCrossTab(base.count, rows === null ? null : criteria[rows], columns === null ? null : criteria[columns]);
}

function customerName(base: CustomerBase, b: number): string | null {
  const row = base.listRow[b] as number;
  return row >= 0 && base.list ? (base.list.name[row] ?? null) : null;
}

function rowOf(base: CustomerBase, criteria: Record<CriterionId, CriterionRead>, b: number): SegmentCustomerRow {
  const values: Partial<Record<CriterionId, string>> = {};
  for (const id of CRITERIA) {
    const read = criteria[id];
    if (read.ok) values[id] = valueKey(read.column, b);
  }
  return { id: base.ids[b] as string, name: customerName(base, b), revenue: base.revenue[b] as number, orders: base.orders[b] as number, lastPurchase: dayToIso(base.lastDay[b] as number), values };
}

function customerPage(base: CustomerBase, criteria: Record<CriterionId, CriterionRead>, assignment: SegmentAssignment, key: string, page: number): SegmentCustomerPage {
  const index = assignment.keys.indexOf(key);
  const members: number[] = [];
  for (let b = 0; b < base.count; b++) if (assignment.segment[b] === index) members.push(b);
  members.sort((a, b) => (base.revenue[b] as number) - (base.revenue[a] as number) || a - b);
  const pages = Math.max(1, Math.ceil(members.length / SEGMENT_PAGE_SIZE));
  const shown = Math.min(Math.max(0, page), pages - 1);
  const rows = members.slice(shown * SEGMENT_PAGE_SIZE, (shown + 1) * SEGMENT_PAGE_SIZE).map((b) => rowOf(base, criteria, b));
  return { segment: key, page: shown, pages, total: members.length, size: SEGMENT_PAGE_SIZE, rows };
}

export async function analyseSegmentation(request: SegmentationRequest, context: AnalysisContext): Promise<SegmentationResult> {
  const read = await baseFor(request, context);
  if (!read.ok) return { kind: read.reason };
  const { base, lines } = read;
  const criteria = criteriaFor(base, lines, request.behaviour, request.bands);
  const assignment = assignSegments(base, criteria, request.segments);
  const { segments, total } = segmentProfiles(base, assignment.segment, assignment.keys);
  const halves = windowHalves(base.months);
  const summaries = summariesFor(base, criteria);
  return {
    kind: 'ready',
    figures: {
      analysisDay: dayToIso(base.analysisDay),
      startDay: dayToIso(base.startDay),
      months: base.months,
      halfMonths: halves === null ? 0 : halves.first[1] - halves.first[0],
      hasMargin: base.margin !== null,
      criteria: summaries,
      segments,
      total,
      unavailable: assignment.unavailable,
      page: request.list === null ? null : customerPage(base, criteria, assignment, request.list.segment, request.list.page),
    },
  };
}

/** Every customer's segment and criterion values, in the base's order: the export's and the CRM download's table. */
export interface SegmentationCustomerTable {
  keys: string[];
  rows: (SegmentCustomerRow & { segment: string })[];
}

export interface SegmentationExportData {
  origin: 'imported' | 'demo';
  result: SegmentationResult;
  customers: SegmentationCustomerTable | null;
}

export async function segmentationCustomerTable(request: Omit<SegmentationRequest, 'list'>, context: AnalysisContext): Promise<SegmentationExportData> {
  const origin = request.source.kind === 'demo' ? 'demo' : 'imported';
  const result = await analyseSegmentation({ ...request, list: null }, context);
  if (result.kind !== 'ready') return { origin, result, customers: null };
  const read = await baseFor(request, context);
  if (!read.ok) return { origin, result: { kind: read.reason }, customers: null };
  const { base, lines } = read;
  const criteria = criteriaFor(base, lines, request.behaviour, request.bands);
  const assignment = assignSegments(base, criteria, request.segments);
  const order = Int32Array.from({ length: base.count }, (_, b) => b).sort((a, b) => (base.revenue[b] as number) - (base.revenue[a] as number) || a - b);
  const rows = Array.from(order, (b) => ({ ...rowOf(base, criteria, b), segment: assignment.keys[assignment.segment[b] as number] as string }));
  return { origin, result, customers: { keys: assignment.keys, rows } };
}
