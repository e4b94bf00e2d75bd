import type { Locale } from '../../../src/i18n/locale';
import type { MEASUREMENT_FREQUENCIES, MetricId, PlanEntry } from '../state';
import { METRIC_TEXTS_RU } from './metricTexts.ru';
import { METRIC_TEXTS_EN } from './metricTexts.en';
import { METRIC_TEXTS_ZH } from './metricTexts.zh';

export type MeasurementFrequency = (typeof MEASUREMENT_FREQUENCIES)[number];

/** The unit a metric's target and alarm are typed in: NPS points, a percentage, days, times per period, money. */
export const METRIC_UNITS = ['points', 'percent', 'days', 'times', 'money'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** Higher is better: the alarm sits below the target. Lower is better (churn, effort, complaints): above it. */
export type MetricDirection = 'higher' | 'lower';

/**
 * What a metric cannot be measured without: survey answers, sales, customer ids that tie purchases to one customer,
 * or a register of complaints. Step 1 asks which of these the business has; step 3 warns about the gaps.
 */
export const DATA_NEEDS = ['surveys', 'sales', 'ids', 'complaints'] as const;
export type DataNeed = (typeof DATA_NEEDS)[number];

export interface MetricFacts {
  unit: MetricUnit;
  direction: MetricDirection;
  /** Attitude is asked, behaviour is counted from sales, experience is asked right after a contact. */
  kind: 'attitude' | 'behaviour' | 'experience';
  needs: readonly DataNeed[];
  frequency: MeasurementFrequency;
  /** Lowest and highest value the unit allows (NPS −100…100, shares 0…100); null: no bound. */
  range: readonly [number | null, number | null];
}

/** The words a participant reads about a metric, and what the plan suggests when its boxes are left empty. */
export interface MetricTexts {
  name: string;
  shows: string;
  limits: string;
  source: string;
  method: string;
  owner: string;
}

const PERCENT: MetricFacts['range'] = [0, 100];
const POSITIVE: MetricFacts['range'] = [0, null];

/** METHODS.md "Loyalty measurement": CES is the mean on a 1–7 scale; the survey asks how easy it was (7 = very easy). */
export const METRIC_FACTS: Record<MetricId, MetricFacts> = {
  nps: { unit: 'points', direction: 'higher', kind: 'attitude', needs: ['surveys'], frequency: 'quarterly', range: [-100, 100] },
  csat: { unit: 'percent', direction: 'higher', kind: 'experience', needs: ['surveys'], frequency: 'monthly', range: PERCENT },
  ces: { unit: 'points', direction: 'higher', kind: 'experience', needs: ['surveys'], frequency: 'monthly', range: [1, 7] },
  repeatRate: { unit: 'percent', direction: 'higher', kind: 'behaviour', needs: ['sales', 'ids'], frequency: 'monthly', range: PERCENT },
  retention: { unit: 'percent', direction: 'higher', kind: 'behaviour', needs: ['sales', 'ids'], frequency: 'monthly', range: PERCENT },
  churn: { unit: 'percent', direction: 'lower', kind: 'behaviour', needs: ['sales', 'ids'], frequency: 'monthly', range: PERCENT },
  cohortRetention: { unit: 'percent', direction: 'higher', kind: 'behaviour', needs: ['sales', 'ids'], frequency: 'quarterly', range: PERCENT },
  frequency: { unit: 'times', direction: 'higher', kind: 'behaviour', needs: ['sales', 'ids'], frequency: 'monthly', range: POSITIVE },
  averageCheck: { unit: 'money', direction: 'higher', kind: 'behaviour', needs: ['sales'], frequency: 'monthly', range: POSITIVE },
  shareOfWallet: { unit: 'percent', direction: 'higher', kind: 'attitude', needs: ['surveys'], frequency: 'halfYearly', range: PERCENT },
  referralRate: { unit: 'percent', direction: 'higher', kind: 'attitude', needs: ['surveys'], frequency: 'quarterly', range: PERCENT },
  complaintRate: { unit: 'percent', direction: 'lower', kind: 'experience', needs: ['complaints'], frequency: 'monthly', range: PERCENT },
};

export const METRIC_TEXTS: Record<Locale, Record<MetricId, MetricTexts>> = { ru: METRIC_TEXTS_RU, en: METRIC_TEXTS_EN, zh: METRIC_TEXTS_ZH };

export function metricTexts(metric: MetricId, locale: Locale): MetricTexts {
  return METRIC_TEXTS[locale][metric];
}

/** A text as the plan uses it: the participant's own, or the catalogue's suggestion standing in for an empty box. */
export interface FilledText {
  text: string;
  suggested: boolean;
}

export function filledText(own: string, suggestion: string): FilledText {
  return own.trim() === '' ? { text: suggestion, suggested: true } : { text: own, suggested: false };
}

export const PLAN_TEXT_FIELDS = ['source', 'method', 'owner'] as const;
export type PlanTextField = (typeof PLAN_TEXT_FIELDS)[number];

/** A plan line's source, method and owner as printed and exported, suggestions in the reader's language. */
export function planTexts(entry: Pick<PlanEntry, 'metric' | PlanTextField>, locale: Locale): Record<PlanTextField, FilledText> {
  const suggestion = metricTexts(entry.metric, locale);
  return {
    source: filledText(entry.source, suggestion.source),
    method: filledText(entry.method, suggestion.method),
    owner: filledText(entry.owner, suggestion.owner),
  };
}
