/** What the behaviour analysis gives the step, the export and the reading: counts, shares and series, never rows. */
import type { BehaviourSettings, RetentionPeriod } from '../../state';

/** The step's settings with the period decided (the suggestion applied when the participant chose none). */
export type BehaviourOptions = Omit<BehaviourSettings, 'period'> & { period: RetentionPeriod };

export interface RowCounts {
  /** Rows with a customer, a date and an amount, dated today or earlier. */
  rows: number;
  /** Rows dated after today: left out of every figure. */
  futureRows: number;
  /** Rows without a customer, a date or an amount: left out. */
  unusableRows: number;
  /** Rows folded into another row of the same customer on the same day. */
  mergedRows: number;
}

/** An ISO day range, both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

export interface PeriodRetention {
  /** The period's first day. */
  start: string;
  /** Customers who bought in this period. */
  active: number;
  /** Of them, customers who bought in the period before too. */
  retained: number;
  /** retained / active of the period before; null for the first period (nothing before it in the window) or after an empty one. */
  retention: number | null;
}

export interface RetentionSeries {
  /** Whole calendar periods inside the window, in order; a partial period at either end is left out. */
  periods: PeriodRetention[];
  /** The mean of the periods' retention; null with fewer than two whole periods. */
  mean: number | null;
}

export interface CohortRow {
  /** The cohort's month, as its first day. */
  month: string;
  /** Customers whose first purchase in the data fell in this month. */
  size: number;
  /** Customers of the cohort buying in month 0, 1, 2… after it (up to the window's end). */
  active: number[];
  /** active / size; month 0 is 1 by construction. */
  shares: number[];
}

export interface CohortTable {
  rows: CohortRow[];
  /** Columns: months since the first purchase, 0 … columns − 1. */
  columns: number;
  /** The window ends before its last month does: that month's column holds fewer days. */
  lastMonthPartial: boolean;
  /** The first cohort is the data's first month: it holds everyone who bought then, old customers included. */
  firstCohortIsDataStart: boolean;
}

/** Customers whose own median days between purchases are more than `from` and at most `to`; `to` null: open above. */
export interface IntervalBin {
  from: number;
  to: number | null;
  customers: number;
}

export interface LadderCounts {
  /** One purchase in the window. */
  firstPurchase: number;
  /** Two or more, not regular. */
  repeat: number;
  /** Two or more, and bought in more than half of the periods from their first one to the window's last (at least two periods). */
  regular: number;
}

export interface LapsedCounts {
  /** Customers of the window whose silence at its end is longer than their threshold. */
  total: number;
  /** … of them with two or more purchases (threshold k × their own median interval). */
  repeatBuyers: number;
  /** … of them with one purchase (threshold: the fixed number of days). */
  oneTimeBuyers: number;
}

export interface BehaviourFigures {
  window: DayRange & { days: number };
  /** The first and last purchase in the data (future rows left out). */
  data: DayRange;
  period: RetentionPeriod;
  rowCounts: RowCounts;
  customers: number;
  purchases: number;
  repeatCustomers: number;
  repeatRate: number;
  revenue: number;
  averageCheck: number;
  /** Purchases per customer per period: purchases / customers / (window days / days in a period). */
  frequency: number;
  /** Median over repeat customers of their own median interval, in days. */
  medianInterval: number;
  intervalBins: IntervalBin[];
  retention: RetentionSeries;
  cohorts: CohortTable;
  lapsed: LapsedCounts;
  ladder: LadderCounts;
}

export type EmptyWindowReason = 'reversed' | 'noPurchases';

export type BehaviourResult =
  | { kind: 'ready'; figures: BehaviourFigures }
  /** No usable row dated today or earlier. */
  | { kind: 'noSales'; rowCounts: RowCounts }
  | { kind: 'emptyWindow'; reason: EmptyWindowReason; window: DayRange; data: DayRange; rowCounts: RowCounts }
  /**
   * No customer bought twice in the window: nobody can come back, so retention, churn and intervals are undefined.
   * `inWholeData`: not in the whole file either (the customer column may hold receipt numbers).
   */
  | { kind: 'oneTimeOnly'; window: DayRange; data: DayRange; rowCounts: RowCounts; customers: number; inWholeData: boolean };
