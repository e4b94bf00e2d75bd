/**
 * Step 6's analysis (warnings.worker.ts): the life-cycle stages and the early-warning rules over the base, and one
 * page of the ranked at-risk list. The stages and flags are computed once per source, period and settings and kept
 * while the worker lives, so turning a page or filtering by a rule only slices them again.
 */
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import type { CustomerBase } from '../../../src/customers/base';
import { lifeCycle, stageOf, type FunnelStage, type LifeCycle, type Stage, type StageTotals } from '../../../src/customers/lifecycle';
import { evaluateWarnings, rankedFor, reasonsOf, type RuleTotals, type WarningEvaluation, type WarningReason, type WarningRule } from '../model/warnings';
import type { WarningSettings } from '../state';
import { baseFor, type BaseRequest } from '../../../src/customers/read';

/** The at-risk list crosses to the page this many customers at a time. */
export const AT_RISK_PAGE_SIZE = 50;
/** Customers the reading names. */
const TOP_SAID = 3;

export interface WarningsRequest extends BaseRequest {
  settings: WarningSettings;
  /** Only customers this rule flags; null: every customer at risk. */
  rule: WarningRule | null;
  /** 0-based; past the last page reads as the last. */
  page: number;
}

export interface AtRiskRow {
  /** 1-based place in the ranked list (filtered by the rule asked for). */
  rank: number;
  id: string;
  /** From the customer list, when it names the customer. */
  name: string | null;
  stage: Stage;
  revenue: number;
  atStake: number;
  lastDay: number;
  reasons: WarningReason[];
}

export interface WarningsSummary {
  analysisDay: number;
  startDay: number;
  months: number;
  customers: number;
  /** Customers and revenue per stage; lapsed: customers who bought before the window only, with their revenue then. */
  stages: Record<FunnelStage, StageTotals>;
  typicalInterval: number | null;
  oneOffDays: number;
  rules: Record<WarningRule, RuleTotals>;
  atRisk: { customers: number; atStake: number };
  /** Total yearly revenue of every customer of the window: what the revenue at stake is a share of. */
  yearlyRevenue: number;
  /** The first customers of the whole ranked list, for the reading. */
  top: AtRiskRow[];
}

export interface AtRiskPage {
  rule: WarningRule | null;
  page: number;
  pageCount: number;
  /** Customers in the (filtered) list. */
  total: number;
  rows: AtRiskRow[];
}

/** The stored sales could not be read, or nothing counts up to the analysis day (the step sends the participant to step 1). */
export type WarningsUnavailable = { kind: 'salesUnreadable' } | { kind: 'noSales' };

export type WarningsResult = { kind: 'ready'; summary: WarningsSummary; list: AtRiskPage } | WarningsUnavailable;

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

interface Evaluated {
  base: CustomerBase;
  cycle: LifeCycle;
  evaluation: WarningEvaluation;
  settings: WarningSettings;
}

async function evaluated(request: BaseRequest & { settings: WarningSettings }, context: AnalysisContext): Promise<Evaluated | WarningsUnavailable> {
  const read = await baseFor(request, context);
  if (!read.ok) return { kind: read.reason };
  const { base } = read;
  const key = JSON.stringify([request.source, request.period, request.settings]);
  // One slot, not a remembered value per setting: each threshold typed would otherwise push out the sales lines
  // kept beside it (the context keeps a few values), and the next run would read the whole file again.
  const slot = context.remember('warnings:last', (): { key: string; done: Evaluated | null } => ({ key: '', done: null }));
  if (slot.key !== key || slot.done === null || slot.done.base !== base) {
    const cycle = lifeCycle(base, request.settings.interval.k);
    slot.done = { base, cycle, evaluation: evaluateWarnings(base, cycle, request.settings), settings: request.settings };
    slot.key = key;
  }
  return slot.done;
}

function summaryOf(done: Evaluated): WarningsSummary {
  const { base, cycle, evaluation } = done;
  return {
    analysisDay: base.analysisDay,
    startDay: base.startDay,
    months: base.months,
    customers: base.count,
    stages: cycle.totals,
    typicalInterval: cycle.typicalInterval,
    oneOffDays: cycle.oneOffDays,
    rules: evaluation.rules,
    atRisk: evaluation.atRisk,
    yearlyRevenue: evaluation.atStake.reduce((sum, value) => sum + value, 0),
    top: Array.from(evaluation.ranked.subarray(0, TOP_SAID), (b, index) => rowOf(done, b, index + 1)),
  };
}

function rowOf({ base, cycle, evaluation, settings }: Evaluated, b: number, rank: number): AtRiskRow {
  const row = base.listRow[b] as number;
  return {
    rank,
    id: base.ids[b] as string,
    name: row >= 0 && base.list ? (base.list.name[row] ?? null) : null,
    stage: stageOf(cycle, b),
    revenue: base.revenue[b] as number,
    atStake: evaluation.atStake[b] as number,
    lastDay: base.lastDay[b] as number,
    reasons: reasonsOf(base, cycle, settings, evaluation, b),
  };
}

export async function analyseWarnings(request: WarningsRequest, context: AnalysisContext): Promise<WarningsResult> {
  const done = await evaluated(request, context);
  if ('kind' in done) return done;
  const ranked = rankedFor(done.evaluation, request.rule);
  const pageCount = Math.max(1, Math.ceil(ranked.length / AT_RISK_PAGE_SIZE));
  const page = Math.min(Math.max(0, Math.floor(request.page)), pageCount - 1);
  const from = page * AT_RISK_PAGE_SIZE;
  const rows = Array.from(ranked.subarray(from, from + AT_RISK_PAGE_SIZE), (b, index) => rowOf(done, b, from + index + 1));
  return { kind: 'ready', summary: summaryOf(done), list: { rule: request.rule, page, pageCount, total: ranked.length, rows } };
}

export type WarningsExportResult = { kind: 'ready'; summary: WarningsSummary; rows: AtRiskRow[] } | WarningsUnavailable;

/**
 * The whole at-risk list, every rule, for the export: what `warningsSheets` (export/warnings.ts) needs. Run it in
 * the export's worker; it is the step's analysis without the paging.
 */
export async function analyseWarningsForExport(request: BaseRequest & { settings: WarningSettings }, context: AnalysisContext): Promise<WarningsExportResult> {
  const done = await evaluated(request, context);
  if ('kind' in done) return done;
  return { kind: 'ready', summary: summaryOf(done), rows: Array.from(done.evaluation.ranked, (b, index) => rowOf(done, b, index + 1)) };
}
