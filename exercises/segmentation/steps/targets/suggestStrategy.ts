/**
 * A strategy to start from, read off a segment's figures (model/profile.ts segmentMetrics): a hint the participant
 * takes with one click or ignores, never a decision. The rules go in order and the first that holds decides, so a
 * valuable segment that is leaving is won back before its low margin would say "serve it cheaper".
 */
import type { SegmentMetrics, SegmentTotals } from '../../model/profile';
import type { Strategy } from '../../state';

/** Why the strategy is suggested; the step words each reason with the figure behind it. */
export type SuggestionReason = 'valuableLeaving' | 'valuableLoyal' | 'valuable' | 'falling' | 'newcomers' | 'lowMargin' | 'growing' | 'lowValue' | 'steady';

export interface StrategySuggestion {
  strategy: Strategy;
  reason: SuggestionReason;
}

/**
 * The thresholds, chosen for a seminar's rule of thumb rather than fitted:
 * - valuable: at least 10 % of the revenue and a revenue share at least 1.5 × its share of customers (it carries
 *   more than its headcount);
 * - leaving: under 60 % of the customers who bought in the older half bought again in the newer;
 * - loyal: at least 80 % came back and the revenue did not fall;
 * - low margin: under 10 % of the revenue;
 * - falling: the newer half's revenue at least 20 % under the older's, in a segment that is not of low value;
 * - growing: the newer half's revenue at least 10 % over the older's;
 * - low value: a revenue share under half its share of customers;
 * - newcomers: nobody in the segment bought in the older half (its retention cannot be read): its customers are
 *   new, and small by nature — the task is a second purchase, not a cheaper service.
 */
export const SUGGESTION_THRESHOLDS = {
  valuableRevenueShare: 0.1,
  valuableLift: 1.5,
  leavingRetention: 0.6,
  loyalRetention: 0.8,
  lowMarginRate: 0.1,
  falling: -0.2,
  growing: 0.1,
  lowValueLift: 0.5,
} as const;

/** null for a segment without customers: there is nothing to read a strategy from. */
export function suggestStrategy(metrics: SegmentMetrics, totals: Pick<SegmentTotals, 'customers' | 'firstHalfRevenue' | 'firstHalfActive'>): StrategySuggestion | null {
  if (totals.customers <= 0) return null;
  const limits = SUGGESTION_THRESHOLDS;
  const { revenueShare, customerShare, retention, growth, marginRate } = metrics;
  const valuable = revenueShare >= limits.valuableRevenueShare && revenueShare >= limits.valuableLift * customerShare;
  if (valuable && retention !== null && retention < limits.leavingRetention) return { strategy: 'winBack', reason: 'valuableLeaving' };
  if (valuable && retention !== null && retention >= limits.loyalRetention && growth !== null && growth >= 0) return { strategy: 'lookalikes', reason: 'valuableLoyal' };
  if (valuable) return { strategy: 'retain', reason: 'valuable' };
  const lowValue = revenueShare < limits.lowValueLift * customerShare;
  // 80,000 / 100,000 − 1 is −0.19999999999999996: a fall of exactly 20 % must count as one.
  if (!lowValue && growth !== null && growth <= limits.falling + 1e-9) return { strategy: 'winBack', reason: 'falling' };
  // The window has two halves (firstHalfRevenue is a number) and nobody in the segment bought in the older one.
  if (totals.firstHalfRevenue !== null && totals.firstHalfActive === 0) return { strategy: 'develop', reason: 'newcomers' };
  if (marginRate !== null && marginRate < limits.lowMarginRate) return { strategy: 'serveCheaper', reason: 'lowMargin' };
  if (growth !== null && growth >= limits.growing) return { strategy: 'develop', reason: 'growing' };
  if (lowValue) return { strategy: 'serveCheaper', reason: 'lowValue' };
  return { strategy: 'maintain', reason: 'steady' };
}
