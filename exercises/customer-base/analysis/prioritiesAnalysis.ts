/**
 * Step 7 in a worker (priorities.worker.ts): every customer's direction from what steps 2–6 found about them (ABC
 * class, RFM segment, the model's expected value, share of wallet and profit, early warnings), each step's own
 * analysis run here on the same sales and settings. The page gets the directions' totals and one page of a
 * direction's customers; the export and the CRM download ask for every customer.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import type { AbcSettings, Direction, MatrixSettings, RfmBinning, WarningSettings } from '../state';
import { DIRECTIONS } from '../state';
import { ABC_CLASSES } from '../../../src/customers/abc';
import { XYZ_GROUPS, type XyzGroup } from '../../../src/customers/xyz';
import { OTHERS, type ScoreRanges } from '../../../src/customers/rfmSegments';
import type { Stage } from '../../../src/customers/lifecycle';
import type { WarningReason } from '../model/warnings';
import { directionSummary, priorityOf, type AbcClass, type DirectionSummary, type PriorityReason } from '../model/priorities';
import { baseFor, type BaseRequest } from '../../../src/customers/read';
import { analyseAbcXyzForExport } from './abcXyzAnalysis';
import { rfmCustomerTable } from './rfmAnalysis';
import { analyseValue, type ValueRequest } from './valueAnalysis';
import { matricesCustomerTable } from './matricesAnalysis';
import { analyseWarningsForExport } from './warningsAnalysis';

export const PRIORITY_PAGE_SIZE = 50;

export interface PrioritiesRequest extends BaseRequest {
  abc: AbcSettings;
  /** The rules' score ranges, and their ids (a default segment's id names its growth signal, model/priorities.ts). */
  rfm: { binning: RfmBinning; rules: ScoreRanges[]; ids: string[] };
  /** The value step's request without its table: the model's expected value per customer. */
  value: Omit<ValueRequest, 'source' | 'period' | 'table'>;
  matrices: MatrixSettings;
  warnings: WarningSettings;
  /** A page of one direction's customers (null: all directions), or every customer (the export, the CRM file). */
  list: { direction: Direction | null; page: number } | 'all';
}

export interface PriorityRow {
  id: string;
  name: string | null;
  direction: Direction;
  reason: PriorityReason;
  abc: AbcClass;
  xyz: XyzGroup | null;
  /** RFM scores 1–5 and the segment rule's index (OTHERS: none holds). */
  r: number;
  f: number;
  m: number;
  segment: number;
  revenue: number;
  profit: number | null;
  /** Revenue scaled to a year ÷ potential; null without a potential. */
  wallet: number | null;
  expectedValue: number | null;
  pAlive: number | null;
  stage: Stage | null;
  warnings: WarningReason['rule'][];
}

export type PrioritiesResult =
  | {
      kind: 'ready';
      analysisDay: number;
      startDay: number;
      customers: number;
      summary: DirectionSummary[];
      reasons: Partial<Record<PriorityReason, number>>;
      /** The model's expected value took part (BG/NBD fitted). */
      modelUsed: boolean;
      /** The customer list's potential took part. */
      walletUsed: boolean;
      hasProfit: boolean;
      list: { direction: Direction | null; page: number; pages: number; total: number; rows: PriorityRow[] };
    }
  | { kind: 'salesUnreadable' }
  | { kind: 'noSales' };

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Every customer's direction and signals, most revenue first within the list's order of ABC rank. */
async function allRows(request: PrioritiesRequest, windowMonths: number, context: AnalysisContext): Promise<{ rows: PriorityRow[]; modelUsed: boolean; walletUsed: boolean } | null> {
  const base: BaseRequest = { source: request.source, period: request.period };
  const abc = await analyseAbcXyzForExport({ ...base, settings: request.abc }, context);
  if (abc.kind !== 'ready') return null;
  context.progress(0.2);
  const rfm = await rfmCustomerTable({ ...base, binning: request.rfm.binning, rules: request.rfm.rules }, context);
  context.progress(0.3);
  const warnings = await analyseWarningsForExport({ ...base, settings: request.warnings }, context);
  context.progress(0.4);
  const places = await matricesCustomerTable({ ...base, lines: request.matrices }, context);
  context.progress(0.5);
  const value = await analyseValue({ ...base, ...request.value, table: { page: 0, sort: 'expectedValue', descending: true, all: true } }, context);
  context.progress(0.95);

  const rfmAt = new Map<string, number>();
  rfm.customers?.ids.forEach((id, index) => rfmAt.set(id, index));
  const warned = new Map<string, { stage: Stage; rules: WarningReason['rule'][] }>();
  if (warnings.kind === 'ready') for (const row of warnings.rows) warned.set(row.id, { stage: row.stage, rules: row.reasons.map((reason) => reason.rule) });
  const placeOf = new Map(places.map((place) => [place.id, place]));
  const modelUsed = value.kind === 'ready' && value.model.status === 'fitted';
  const valueOf = new Map(modelUsed && value.kind === 'ready' ? value.table.rows.map((row) => [row.id, row]) : []);
  const walletUsed = places.some((place) => place.wallet !== null);

  const { customers } = abc;
  const rows = customers.ids.map((id, index): PriorityRow => {
    const abcClass = ABC_CLASSES[customers.abc[index] as number] as AbcClass;
    const xyzCode = customers.xyz ? (customers.xyz[index] as number) : null;
    const at = rfmAt.get(id);
    const scores = rfm.customers && at !== undefined ? rfm.customers : null;
    const segment = scores && at !== undefined ? (scores.segment[at] as number) : OTHERS;
    const place = placeOf.get(id);
    const model = valueOf.get(id);
    const warning = warned.get(id);
    const revenue = customers.revenue[index] as number;
    const profit = place?.profit ?? null;
    const wallet = place?.wallet ?? null;
    const expectedValue = model?.expectedValue ?? null;
    // The model's value is over the value step's horizon: the customer's revenue over as many months, for the ratio.
    const revenueOverHorizon = revenue * (request.value.settings.horizonMonths / Math.max(1, windowMonths));
    const priority = priorityOf({
      abc: abcClass,
      profit,
      shareOfWallet: wallet,
      warned: warning !== undefined,
      lapsing: warning?.stage === 'lapsing',
      rfmSegment: segment === OTHERS ? 'others' : (request.rfm.ids[segment] ?? 'others'),
      valueRatio: expectedValue !== null && revenueOverHorizon > 0 ? expectedValue / revenueOverHorizon : null,
    });
    return {
      id,
      name: customers.names[index] ?? null,
      direction: priority.direction,
      reason: priority.reason,
      abc: abcClass,
      xyz: xyzCode === null ? null : (XYZ_GROUPS[xyzCode] ?? null),
      r: scores && at !== undefined ? (scores.r[at] as number) : 0,
      f: scores && at !== undefined ? (scores.f[at] as number) : 0,
      m: scores && at !== undefined ? (scores.m[at] as number) : 0,
      segment,
      revenue,
      profit,
      wallet,
      expectedValue,
      pAlive: model?.pAlive ?? null,
      stage: warning?.stage ?? null,
      warnings: warning?.rules ?? [],
    };
  });
  return { rows, modelUsed, walletUsed };
}

export async function analysePriorities(request: PrioritiesRequest, context: AnalysisContext): Promise<PrioritiesResult> {
  const read = await baseFor(request, context);
  if (!read.ok) return { kind: read.reason };
  const key = `priorities:${JSON.stringify({ ...request, list: null })}`;
  const computed = await rememberAsync(context, key, () => allRows(request, read.base.months, context));
  if (computed === null) return { kind: 'noSales' };
  const { rows, modelUsed, walletUsed } = computed;
  const { base } = read;
  const windowDays = base.analysisDay - base.startDay + 1;
  const summary = directionSummary(
    rows.map((row) => row.direction),
    rows.map((row) => row.revenue),
    windowDays,
    DIRECTIONS,
  );
  const reasons: Partial<Record<PriorityReason, number>> = {};
  for (const row of rows) reasons[row.reason] = (reasons[row.reason] ?? 0) + 1;
  const listed = request.list === 'all' ? rows : rows.filter((row) => request.list !== 'all' && (request.list.direction === null || row.direction === request.list.direction));
  const pages = request.list === 'all' ? 1 : Math.max(1, Math.ceil(listed.length / PRIORITY_PAGE_SIZE));
  const page = request.list === 'all' ? 0 : Math.min(Math.max(0, request.list.page), pages - 1);
  // The biggest revenue first: a page shows the customers the direction is most about.
  const ordered = [...listed].sort((a, b) => b.revenue - a.revenue);
  return {
    kind: 'ready',
    analysisDay: base.analysisDay,
    startDay: base.startDay,
    customers: rows.length,
    summary,
    reasons,
    modelUsed,
    walletUsed,
    hasProfit: base.profit !== null,
    list: {
      direction: request.list === 'all' ? null : request.list.direction,
      page,
      pages,
      total: listed.length,
      rows: request.list === 'all' ? ordered : ordered.slice(page * PRIORITY_PAGE_SIZE, (page + 1) * PRIORITY_PAGE_SIZE),
    },
  };
}

/** `remember` for a value made asynchronously: the promise is kept, so a second request waits for the first. */
function rememberAsync<T>(context: AnalysisContext, key: string, make: () => Promise<T>): Promise<T> {
  return context.remember(key, make);
}
