/**
 * Where each customer of the window stands in their life cycle (METHODS.md, "Loyalty measurement": the commitment
 * ladder and the inactivity threshold), read from the sales alone:
 *
 * - lapsing: no purchase for longer than k × their own mean interval between purchase days in the window; a
 *   customer with a single purchase day in the window has no interval of their own, and is lapsing after the
 *   one-off threshold (`oneOffThreshold`). Lapsing comes first: a long-term customer who stopped is lapsing.
 * - first-time: one purchase day ever (none before the window either), and not lapsing.
 * - long-term: buying for at least 12 months (first purchase ever at least 12 months before the analysis day) and
 *   regularly: a purchase in at least half of the last 12 months of the window (of all its months when shorter).
 * - repeat: two or more purchase days ever, not (yet) long-term.
 * - lapsed: bought before the window and not in it (`base.lapsed`); not a stage of a customer in the base.
 */
import { addMonths, type CustomerBase } from './base';

export const STAGES = ['firstTime', 'repeat', 'longTerm', 'lapsing'] as const;
export type Stage = (typeof STAGES)[number];
/** The stages in the funnel's order, lapsed (bought before the window only) last. */
export const FUNNEL_STAGES = [...STAGES, 'lapsed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Months of buying before a customer can be long-term, and the months their regularity is read over. */
export const LONG_TERM_MONTHS = 12;
/** A one-off buyer's threshold never falls below a month: one purchase says nothing of the buyer's own rhythm. */
export const MIN_ONE_OFF_DAYS = 30;
/** The one-off threshold when no customer bought twice in the window (nothing to read a typical interval from). */
export const FALLBACK_ONE_OFF_DAYS = 90;

export interface StageTotals {
  customers: number;
  /** Revenue in the window, net of returns; for the lapsed, their revenue before the window. */
  revenue: number;
}

export interface LifeCycle {
  /** Index into STAGES, per customer of the base. */
  stage: Uint8Array;
  /** Mean days between the customer's purchase days in the window; NaN with a single purchase day. */
  interval: Float64Array;
  /** Days from the last purchase to the analysis day. */
  silence: Int32Array;
  /** The days of silence after which the customer is lapsing (k × interval, or the one-off threshold). */
  threshold: Float64Array;
  /** The median of the repeat buyers' mean intervals; null when nobody bought on two days in the window. */
  typicalInterval: number | null;
  oneOffDays: number;
  k: number;
  totals: Record<FunnelStage, StageTotals>;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Mean days between purchase days: the span from the first to the last over the gaps between them. */
export function meanInterval(firstDay: number, lastDay: number, purchaseDays: number): number {
  return purchaseDays < 2 ? Number.NaN : (lastDay - firstDay) / (purchaseDays - 1);
}

/** The median of the values that are numbers; null when none is. */
export function medianOf(values: ArrayLike<number>): number | null {
  const known = Array.from(values).filter((value) => !Number.isNaN(value));
  if (known.length === 0) return null;
  known.sort((a, b) => a - b);
  const middle = known.length >> 1;
  return known.length % 2 === 1 ? (known[middle] as number) : ((known[middle - 1] as number) + (known[middle] as number)) / 2;
}

/**
 * Days of silence after which a customer with one purchase day is lapsing: k × the typical customer's interval
 * (the median of the repeat buyers' own intervals), rounded to whole days, at least MIN_ONE_OFF_DAYS.
 */
export function oneOffThreshold(typicalInterval: number | null, k: number): number {
  if (typicalInterval === null) return FALLBACK_ONE_OFF_DAYS;
  return Math.max(MIN_ONE_OFF_DAYS, Math.round(k * typicalInterval));
}

/** Months of the window's last `LONG_TERM_MONTHS` (all of them when fewer) with a net sale. */
export function activeRecentMonths(base: CustomerBase, b: number): { active: number; months: number } {
  const months = Math.min(LONG_TERM_MONTHS, base.months);
  let active = 0;
  for (let j = base.months - months; j < base.months; j++) if ((base.monthly[b * base.months + j] as number) > 0) active++;
  return { active, months };
}

export function lifeCycle(base: CustomerBase, k: number): LifeCycle {
  const { count } = base;
  const interval = new Float64Array(count);
  const silence = new Int32Array(count);
  for (let b = 0; b < count; b++) {
    interval[b] = meanInterval(base.firstDay[b] as number, base.lastDay[b] as number, base.purchaseDays[b] as number);
    silence[b] = base.analysisDay - (base.lastDay[b] as number);
  }
  const typicalInterval = medianOf(interval);
  const oneOffDays = oneOffThreshold(typicalInterval, k);
  const longTermFrom = addMonths(base.analysisDay, -LONG_TERM_MONTHS);
  const stage = new Uint8Array(count);
  const threshold = new Float64Array(count);
  const totals = Object.fromEntries(FUNNEL_STAGES.map((name) => [name, { customers: 0, revenue: 0 }])) as Record<FunnelStage, StageTotals>; // Cast: one entry per stage, built just here.
  for (let b = 0; b < count; b++) {
    const own = interval[b] as number;
    threshold[b] = Number.isNaN(own) ? oneOffDays : k * own;
    const firstEver = base.firstEverDay[b] as number;
    let name: Stage;
    if ((silence[b] as number) > (threshold[b] as number)) name = 'lapsing';
    else if (base.purchaseDays[b] === 1 && firstEver >= base.startDay) name = 'firstTime';
    else {
      const { active, months } = activeRecentMonths(base, b);
      name = firstEver <= longTermFrom && active * 2 >= months ? 'longTerm' : 'repeat';
    }
    stage[b] = STAGES.indexOf(name);
    totals[name].customers++;
    totals[name].revenue += base.revenue[b] as number;
  }
  totals.lapsed.customers = base.lapsed.ids.length;
  totals.lapsed.revenue = base.lapsed.revenue.reduce((sum, value) => sum + value, 0);
  return { stage, interval, silence, threshold, typicalInterval, oneOffDays, k, totals };
}

export const stageOf = (cycle: LifeCycle, b: number): Stage => STAGES[cycle.stage[b] as number] as Stage;
