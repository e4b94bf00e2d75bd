import type { MetricId } from '../state';
import type { MeasuredValues } from './followUp';
import type { MetricDirection } from '../content/catalogue';


export type PlanStatus = 'met' | 'between' | 'alarm' | 'unknown' | 'notMeasured';

/**
 * A plan metric's current value in the unit its target is typed in (state.ts: NPS in points, shares in %, CES
 * on 1–7, money, purchases per period), or null when the workbook does not measure it: share of wallet, referrals
 * and complaints come from the participant's own systems. Cohort retention is the heat map's pooled sixth month.
 */
export function measuredValueFor(metric: MetricId, measured: MeasuredValues): number | null {
  switch (metric) {
    case 'nps':
      return measured.nps?.score ?? null;
    case 'csat':
      return measured.csat === null ? null : measured.csat * 100;
    case 'ces':
      return measured.ces;
    case 'repeatRate':
      return measured.repeatRate === null ? null : measured.repeatRate * 100;
    case 'retention':
      return measured.retention === null ? null : measured.retention * 100;
    case 'churn':
      return measured.retention === null ? null : (1 - measured.retention) * 100;
    case 'frequency':
      return measured.frequency;
    case 'averageCheck':
      return measured.averageCheck;
    case 'cohortRetention':
      return measured.cohortRetention === null ? null : measured.cohortRetention * 100;
    case 'shareOfWallet':
    case 'referralRate':
    case 'complaintRate':
      return null;
  }
}

/**
 * Where a value stands against its target and alarm level. Reaching the alarm level (it is "the value at which
 * the owner acts") is an alarm, even where a careless target sits on the same side; reaching the target is met;
 * in between is between. Without a target or an alarm, what is not met or alarmed cannot be judged.
 */
export function planStatus(value: number | null, target: number | null, alarm: number | null, direction: MetricDirection): PlanStatus {
  if (value === null) return 'notMeasured';
  // Positive when `value` is on the good side of `level`.
  const ahead = (level: number) => (direction === 'higher' ? value - level : level - value);
  if (alarm !== null && ahead(alarm) <= 0) return 'alarm';
  if (target !== null && ahead(target) >= 0) return 'met';
  return target === null || alarm === null ? 'unknown' : 'between';
}
