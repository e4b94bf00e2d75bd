/**
 * Early warning (METHODS.md, "Customer base and segmentation"): switchable rules that flag a customer of the
 * window, each with the reason in figures, and the at-risk list ranked by the revenue at stake.
 *
 * - interval: no purchase for longer than k × the customer's own mean interval (one purchase day in the window:
 *   the one-off threshold) — the life cycle's "lapsing" (lifecycle.ts), with the same k.
 * - trend: the last `recentMonths` months' average monthly sales below `dropPercent` % of the customer's own
 *   earlier monthly average. Earlier months run from the customer's first month in the window (from the window's
 *   start when they bought before it) to the month before the recent ones; a customer is judged with at least
 *   `minEarlierMonths(recentMonths)` earlier months and earlier sales above zero.
 * - plan: revenue in the window below `percent` % of the plan from the customer list. The plan is taken to be for
 *   the window (the customer list's column is "plan for the period"), so it is not scaled.
 * - debt: debt over the credit limit, both from the customer list.
 * - cost to serve: the customer list's cost to serve above `percentOfMargin` % of the customer's gross margin in
 *   the window (sales − cost of goods); a margin at or below zero with any cost to serve counts as over.
 *
 * Revenue at stake: the customer's yearly revenue, their revenue in the window × 12 / the window's months (what the
 * business stands to lose in a year if the customer goes), never below zero.
 */
import type { CustomerBase } from '../../../src/customers/base';
import type { LifeCycle } from '../../../src/customers/lifecycle';
import type { WarningSettings } from '../state';

export const WARNING_RULES = ['interval', 'trend', 'plan', 'debt', 'costToServe'] as const;
export type WarningRule = (typeof WARNING_RULES)[number];

/** A column a rule reads, in the file it lives in; `keys` are alternatives (either one will do). */
export interface NeededColumn {
  file: 'sales' | 'customers';
  keys: readonly string[];
}

export type RuleAvailability =
  | { kind: 'ready' }
  | { kind: 'missing'; columns: NeededColumn[] }
  /** The window has too few months for the trend's recent and earlier months. */
  | { kind: 'shortWindow'; months: number; needed: number };

export type WarningReason =
  /** `interval` null: one purchase day in the window, judged by the one-off threshold. */
  | { rule: 'interval'; silence: number; interval: number | null; threshold: number }
  /** Average monthly sales, recent and earlier; ratio = recent / earlier. */
  | { rule: 'trend'; months: number; recent: number; earlier: number; ratio: number }
  | { rule: 'plan'; revenue: number; plan: number; ratio: number }
  | { rule: 'debt'; debt: number; limit: number }
  /** ratio = cost / margin; null when the margin is zero or below. */
  | { rule: 'costToServe'; cost: number; margin: number; ratio: number | null };

export interface RuleTotals {
  /** The rule is switched on and its data is there. */
  active: boolean;
  availability: RuleAvailability;
  /** Customers the rule can judge (their figures are there). */
  judged: number;
  flagged: number;
  atStake: number;
}

export interface WarningEvaluation {
  /** Per customer, bit i set: WARNING_RULES[i] fired (only active rules fire). */
  flags: Uint8Array;
  atStake: Float64Array;
  rules: Record<WarningRule, RuleTotals>;
  /** Flagged customers (base indices), most revenue at stake first, ties by id. */
  ranked: Int32Array;
  atRisk: { customers: number; atStake: number };
}

/** Earlier months the trend needs: three at least, and no fewer than the recent months it compares them with. */
export const minEarlierMonths = (recentMonths: number) => Math.max(3, recentMonths);

export const ruleBit = (rule: WarningRule) => 1 << WARNING_RULES.indexOf(rule);

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

export function ruleAvailability(base: CustomerBase, settings: WarningSettings): Record<WarningRule, RuleAvailability> {
  const figures = base.list?.figures;
  const need = (checks: [boolean, NeededColumn][]): RuleAvailability => {
    const columns = checks.filter(([present]) => !present).map(([, column]) => column);
    return columns.length === 0 ? { kind: 'ready' } : { kind: 'missing', columns };
  };
  const needed = settings.trend.recentMonths + minEarlierMonths(settings.trend.recentMonths);
  return {
    interval: { kind: 'ready' },
    trend: base.months < needed ? { kind: 'shortWindow', months: base.months, needed } : { kind: 'ready' },
    plan: need([[Boolean(figures?.plan), { file: 'customers', keys: ['plan'] }]]),
    debt: need([
      [Boolean(figures?.debt), { file: 'customers', keys: ['debt'] }],
      [Boolean(figures?.creditLimit), { file: 'customers', keys: ['creditLimit'] }],
    ]),
    costToServe: need([
      [base.margin !== null, { file: 'sales', keys: ['cost', 'margin'] }],
      [base.costToServe !== null, { file: 'customers', keys: ['costToServe'] }],
    ]),
  };
}

/** The customer's figure from the list; NaN when not listed or empty. */
function listed(base: CustomerBase, column: Float64Array | null | undefined, b: number): number {
  const row = base.listRow[b] as number;
  return column && row >= 0 ? (column[row] as number) : Number.NaN;
}

/** The first month bucket of the trend's earlier months for the customer. */
function earlierStart(base: CustomerBase, b: number): number {
  if ((base.firstEverDay[b] as number) < base.startDay) return 0;
  const first = base.firstDay[b] as number;
  let j = 0;
  while (j < base.months - 1 && first > (base.monthEnds[j + 1] as number)) j++;
  return j;
}

/** The trend's averages for the customer, or null when it cannot be judged (too few earlier months, no earlier sales). */
export function trendOf(base: CustomerBase, b: number, recentMonths: number): { recent: number; earlier: number; ratio: number } | null {
  const split = base.months - recentMonths;
  const start = earlierStart(base, b);
  const earlierMonths = split - start;
  if (earlierMonths < minEarlierMonths(recentMonths)) return null;
  let earlierSum = 0;
  let recentSum = 0;
  const row = b * base.months;
  for (let j = start; j < split; j++) earlierSum += base.monthly[row + j] as number;
  for (let j = split; j < base.months; j++) recentSum += base.monthly[row + j] as number;
  const earlier = earlierSum / earlierMonths;
  if (!(earlier > 0)) return null;
  const recent = recentSum / recentMonths;
  return { recent, earlier, ratio: recent / earlier };
}

/**
 * What each rule says of customer b: the reason when it fires, null when it does not, undefined when it cannot
 * judge the customer (their figures are missing).
 */
export function ruleReason(base: CustomerBase, cycle: LifeCycle, settings: WarningSettings, rule: WarningRule, b: number): WarningReason | null | undefined {
  const figures = base.list?.figures;
  switch (rule) {
    case 'interval': {
      const silence = cycle.silence[b] as number;
      const threshold = cycle.threshold[b] as number;
      const interval = cycle.interval[b] as number;
      return silence > threshold ? { rule, silence, interval: Number.isNaN(interval) ? null : interval, threshold } : null;
    }
    case 'trend': {
      const trend = trendOf(base, b, settings.trend.recentMonths);
      if (trend === null) return undefined;
      return trend.ratio * 100 < settings.trend.dropPercent ? { rule, months: settings.trend.recentMonths, ...trend } : null;
    }
    case 'plan': {
      const plan = listed(base, figures?.plan, b);
      if (!(plan > 0)) return undefined;
      const revenue = base.revenue[b] as number;
      return revenue * 100 < settings.plan.percent * plan ? { rule, revenue, plan, ratio: revenue / plan } : null;
    }
    case 'debt': {
      const debt = listed(base, figures?.debt, b);
      const limit = listed(base, figures?.creditLimit, b);
      if (Number.isNaN(debt) || Number.isNaN(limit)) return undefined;
      return debt > limit ? { rule, debt, limit } : null;
    }
    case 'costToServe': {
      const cost = base.costToServe ? (base.costToServe[b] as number) : Number.NaN;
      const margin = base.margin ? (base.margin[b] as number) : Number.NaN;
      if (Number.isNaN(cost) || Number.isNaN(margin)) return undefined;
      const over = margin > 0 ? cost * 100 > settings.costToServe.percentOfMargin * margin : cost > 0;
      return over ? { rule, cost, margin, ratio: margin > 0 ? cost / margin : null } : null;
    }
  }
}

/** The customer's yearly revenue: the window's revenue × 12 / its months, at least zero. */
export function yearlyRevenue(base: CustomerBase, b: number): number {
  return Math.max(0, ((base.revenue[b] as number) * 12) / base.months);
}

export function evaluateWarnings(base: CustomerBase, cycle: LifeCycle, settings: WarningSettings): WarningEvaluation {
  const availability = ruleAvailability(base, settings);
  const flags = new Uint8Array(base.count);
  const atStake = Float64Array.from({ length: base.count }, (_, b) => yearlyRevenue(base, b));
  const rules = {} as Record<WarningRule, RuleTotals>; // Cast: every rule is set in the loop just below.
  for (const rule of WARNING_RULES) {
    const active = settings[rule].on && availability[rule].kind === 'ready';
    const totals: RuleTotals = { active, availability: availability[rule], judged: 0, flagged: 0, atStake: 0 };
    rules[rule] = totals;
    if (availability[rule].kind !== 'ready') continue;
    const bit = ruleBit(rule);
    for (let b = 0; b < base.count; b++) {
      const reason = ruleReason(base, cycle, settings, rule, b);
      if (reason === undefined) continue;
      totals.judged++;
      if (reason === null) continue;
      totals.flagged++;
      totals.atStake += atStake[b] as number;
      if (active) flags[b] = (flags[b] as number) | bit;
    }
  }
  const flagged: number[] = [];
  let total = 0;
  for (let b = 0; b < base.count; b++) {
    if (flags[b] === 0) continue;
    flagged.push(b);
    total += atStake[b] as number;
  }
  flagged.sort((x, y) => (atStake[y] as number) - (atStake[x] as number) || ((base.ids[x] as string) < (base.ids[y] as string) ? -1 : 1));
  return { flags, atStake, rules, ranked: Int32Array.from(flagged), atRisk: { customers: flagged.length, atStake: total } };
}

/** Every reason customer b is flagged for, in the rules' order. */
export function reasonsOf(base: CustomerBase, cycle: LifeCycle, settings: WarningSettings, evaluation: WarningEvaluation, b: number): WarningReason[] {
  const flags = evaluation.flags[b] as number;
  return WARNING_RULES.filter((rule) => (flags & ruleBit(rule)) !== 0).map((rule) => ruleReason(base, cycle, settings, rule, b) as WarningReason); // Cast: a set flag means the rule gave a reason.
}

/** The ranked customers flagged by `rule` (every flagged customer when null). */
export function rankedFor(evaluation: WarningEvaluation, rule: WarningRule | null): Int32Array {
  if (rule === null) return evaluation.ranked;
  const bit = ruleBit(rule);
  return evaluation.ranked.filter((b) => ((evaluation.flags[b] as number) & bit) !== 0);
}
