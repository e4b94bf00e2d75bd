import { METRIC_FACTS, type DataNeed, type MeasurementFrequency } from '../content/catalogue';
import type { BusinessProfile, MetricId, PlanEntry, RetentionPeriod } from '../state';
import { suggestedRetentionPeriod } from './recommend';

const PERIOD_FREQUENCY: Record<RetentionPeriod, MeasurementFrequency> = { month: 'monthly', quarter: 'quarterly', year: 'yearly' };
/** Figures counted per retention period: measuring them more often than the period only repeats the last value. */
const PERIOD_METRICS: readonly MetricId[] = ['retention', 'churn', 'repeatRate', 'frequency'];

/** How often to measure a metric: per retention period for period figures, the catalogue's default otherwise. */
export function suggestedFrequency(metric: MetricId, business: BusinessProfile): MeasurementFrequency {
  return PERIOD_METRICS.includes(metric) ? PERIOD_FREQUENCY[suggestedRetentionPeriod(business)] : METRIC_FACTS[metric].frequency;
}

/** A new plan line: texts empty (the catalogue's suggestion shows), frequency suggested, target and alarm to set. */
export function newPlanEntry(metric: MetricId, business: BusinessProfile): PlanEntry {
  return { metric, source: '', method: '', frequency: suggestedFrequency(metric, business), owner: '', target: null, alarm: null };
}

/** The plan with these metrics added at its end, in the order given; metrics already in it are left as they are. */
export function withMetrics(plan: readonly PlanEntry[], metrics: readonly MetricId[], business: BusinessProfile): PlanEntry[] {
  const present = new Set(plan.map((entry) => entry.metric));
  const added = [...new Set(metrics)].filter((metric) => !present.has(metric)).map((metric) => newPlanEntry(metric, business));
  return [...plan, ...added];
}

export function withoutMetric(plan: readonly PlanEntry[], metric: MetricId): PlanEntry[] {
  return plan.filter((entry) => entry.metric !== metric);
}

export function withEntryChange(plan: readonly PlanEntry[], metric: MetricId, patch: Partial<Omit<PlanEntry, 'metric'>>): PlanEntry[] {
  return plan.map((entry) => (entry.metric === metric ? { ...entry, ...patch } : entry));
}

/** A plan line's numbers that contradict the metric: the step words each, the plan keeps what was typed. */
export type PlanProblem =
  | { kind: 'alarmWrongSide'; direction: 'higher' | 'lower' }
  | { kind: 'outOfRange'; field: 'target' | 'alarm'; min: number | null; max: number | null };

export function planEntryProblems(entry: PlanEntry): PlanProblem[] {
  const facts = METRIC_FACTS[entry.metric];
  const [min, max] = facts.range;
  const problems: PlanProblem[] = [];
  for (const field of ['target', 'alarm'] as const) {
    const value = entry[field];
    if (value === null) continue;
    if ((min !== null && value < min) || (max !== null && value > max)) problems.push({ kind: 'outOfRange', field, min, max });
  }
  // The alarm is the level at which the owner acts, so it lies on the bad side of the target; equal means "act on any miss".
  if (entry.target !== null && entry.alarm !== null) {
    const wrong = facts.direction === 'higher' ? entry.alarm > entry.target : entry.alarm < entry.target;
    if (wrong) problems.push({ kind: 'alarmWrongSide', direction: facts.direction });
  }
  return problems;
}

/**
 * Data a metric needs that step 1 said the business does not have. Nothing is missing while step 1 is unanswered
 * (no model and no identification chosen): an empty list of data then means "not told yet", not "none".
 */
export function missingData(metric: MetricId, business: BusinessProfile): DataNeed[] {
  if (business.model === null && business.identification === null) return [];
  return METRIC_FACTS[metric].needs.filter((need) => {
    if (need === 'ids') return business.identification === 'none';
    return !business.dataAvailable.includes(need);
  });
}
