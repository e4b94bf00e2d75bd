import type { BusinessProfile, MetricId, RetentionPeriod } from '../state';

/**
 * Which metrics fit a business, from its profile (step 1) alone, and why: each advice carries a reason code that
 * the step words in the participant's language. Metrics the profile makes impossible or misleading are advised
 * against, with their own reason.
 */

/** Why a metric is recommended. */
export type RecommendReason =
  /** Customers buy once in years: attitude says more than counting repeat purchases. */
  | 'attitudeLongCycle'
  /** The one attitude figure comparable across waves and with the market. */
  | 'attitudeBaseline'
  /** Few B2B customers: the score moves by chance, so read it beside interviews with key accounts. */
  | 'npsFewCustomers'
  /** Frequent purchases are frequent contacts: satisfaction right after each shows what breaks. */
  | 'experienceAfterPurchase'
  | 'walletLongCycle'
  /** B2B customers split their purchases between suppliers. */
  | 'walletB2B'
  | 'retentionCycle'
  | 'repeatInWindow'
  | 'cohorts'
  | 'frequencyShortCycle'
  /** Without ids, receipts still give the average check. */
  | 'receiptLevel'
  | 'complaintsData';

/** Why a metric is advised against. */
export type AgainstReason = 'noIdentification' | 'noSalesData' | 'longCycleRepeat';

export interface MetricAdvice<R> {
  metric: MetricId;
  reason: R;
}

export interface KeyAccountsNote {
  kind: 'interviewKeyAccounts';
  customers: number;
  /** The NPS margin (± points, worst case) even if every active customer answered. */
  bestMargin: number;
}

export interface Recommendation {
  /** false while step 1 holds no answer: nothing is recommended yet. */
  answered: boolean;
  recommended: MetricAdvice<RecommendReason>[];
  advisedAgainst: MetricAdvice<AgainstReason>[];
  notes: KeyAccountsNote[];
  retentionPeriod: RetentionPeriod;
}

/** Purchases further apart than this (or a product flagged as long-lived): repeat counts say little. */
export const LONG_CYCLE_DAYS = 365;
/** Below this many active customers a B2B survey cannot reach a margin worth comparing (±10 needs 382 answers). */
export const FEW_B2B_CUSTOMERS = 200;
const MONTH_CYCLE_DAYS = 45;
const QUARTER_CYCLE_DAYS = 120;

/** Behaviour per customer: every one of these follows a customer through their purchases, so it needs ids and sales. */
const PER_CUSTOMER_METRICS = ['repeatRate', 'retention', 'churn', 'cohortRetention', 'frequency'] as const satisfies readonly MetricId[];

/** 95 % z value of METHODS.md's NPS interval. */
const Z95 = 1.96;

/**
 * Answers needed for an NPS margin of ±`margin` points in the worst case (variance 1, METHODS.md):
 * n = 1.96² × 1 / (margin / 100)² − 3, rounded up. ±10 → 384.16 − 3 = 381.16 → 382.
 */
export function npsAnswersForMargin(margin: number): number {
  return Math.ceil((Z95 * Z95) / (margin / 100) ** 2 - 3);
}

/** The worst-case NPS margin (± points) that `answers` answers give: the inverse of npsAnswersForMargin. */
export function npsWorstCaseMargin(answers: number): number {
  return 100 * Z95 * Math.sqrt(1 / (answers + 3));
}

/**
 * The retention period that fits the purchase cycle: a month for purchases up to 45 days apart, a quarter up to
 * 120, a year beyond. A typed cycle wins over the long-life flag (a durable product may have monthly consumables);
 * with no cycle, a long-lived product gets a year and an unknown cycle a quarter, which neither calls every monthly
 * gap a loss nor hides a whole season.
 */
export function suggestedRetentionPeriod(business: Pick<BusinessProfile, 'purchaseCycleDays' | 'longLifeCycle'>): RetentionPeriod {
  const cycle = business.purchaseCycleDays;
  if (cycle === null) return business.longLifeCycle ? 'year' : 'quarter';
  if (cycle <= MONTH_CYCLE_DAYS) return 'month';
  if (cycle <= QUARTER_CYCLE_DAYS) return 'quarter';
  return 'year';
}

export function isLongCycle(business: BusinessProfile): boolean {
  return business.longLifeCycle || (business.purchaseCycleDays !== null && business.purchaseCycleDays > LONG_CYCLE_DAYS);
}

export function hasFewB2BCustomers(business: BusinessProfile): boolean {
  return business.model === 'b2b' && business.activeCustomers !== null && business.activeCustomers < FEW_B2B_CUSTOMERS;
}

function profileAnswered(business: BusinessProfile): boolean {
  return (
    business.model !== null ||
    business.identification !== null ||
    business.purchaseCycleDays !== null ||
    business.longLifeCycle ||
    business.activeCustomers !== null ||
    business.dataAvailable.length > 0
  );
}

/** Why per-customer behaviour cannot be measured, or null when it can (or the profile does not say yet). */
function perCustomerBlock(business: BusinessProfile): 'noSalesData' | 'noIdentification' | null {
  if (!business.dataAvailable.includes('sales')) return 'noSalesData';
  if (business.identification === 'none') return 'noIdentification';
  return null;
}

export function recommendMetrics(business: BusinessProfile): Recommendation {
  const retentionPeriod = suggestedRetentionPeriod(business);
  if (!profileAnswered(business)) return { answered: false, recommended: [], advisedAgainst: [], notes: [], retentionPeriod };

  const long = isLongCycle(business);
  const few = hasFewB2BCustomers(business);
  const short = !long && business.purchaseCycleDays !== null && business.purchaseCycleDays <= MONTH_CYCLE_DAYS;
  const recommended: MetricAdvice<RecommendReason>[] = [];
  const advisedAgainst: MetricAdvice<AgainstReason>[] = [];
  const recommend = (metric: MetricId, reason: RecommendReason) => recommended.push({ metric, reason });

  recommend('nps', few ? 'npsFewCustomers' : long ? 'attitudeLongCycle' : 'attitudeBaseline');
  recommend('csat', long ? 'attitudeLongCycle' : 'experienceAfterPurchase');
  if (long) recommend('shareOfWallet', 'walletLongCycle');
  else if (business.model === 'b2b') recommend('shareOfWallet', 'walletB2B');

  const block = perCustomerBlock(business);
  if (block !== null) {
    for (const metric of PER_CUSTOMER_METRICS) advisedAgainst.push({ metric, reason: block });
    if (block === 'noSalesData') advisedAgainst.push({ metric: 'averageCheck', reason: 'noSalesData' });
    else recommend('averageCheck', 'receiptLevel');
  } else if (long) {
    advisedAgainst.push({ metric: 'repeatRate', reason: 'longCycleRepeat' }, { metric: 'retention', reason: 'longCycleRepeat' });
  } else if (business.identification !== null) {
    recommend('retention', 'retentionCycle');
    recommend('repeatRate', 'repeatInWindow');
    recommend('cohortRetention', 'cohorts');
    if (short) recommend('frequency', 'frequencyShortCycle');
  }

  if (business.dataAvailable.includes('complaints')) recommend('complaintRate', 'complaintsData');

  // `few` has checked activeCustomers already; the repeat lets TypeScript see it is a number.
  const notes: KeyAccountsNote[] =
    few && business.activeCustomers !== null
      ? [{ kind: 'interviewKeyAccounts', customers: business.activeCustomers, bestMargin: npsWorstCaseMargin(business.activeCustomers) }]
      : [];
  return { answered: true, recommended, advisedAgainst, notes, retentionPeriod };
}
