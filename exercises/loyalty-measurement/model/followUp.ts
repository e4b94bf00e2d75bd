import type { Baseline } from '../state';
import { npsDifference, Z95 } from './nps';
import type { ScoreResults } from './survey';
import { COHORT_RETENTION_MONTH, cohortSummary, type BehaviourFigures } from './behaviour';

/**
 * The first measurement and the follow-up: what the participant's survey and sales show now, kept as a baseline
 * (aggregates only, so the backup carries it without the rows), and compared with a later survey wave and a newer
 * sales file. Shares are fractions (0.42 = 42 %); NPS is in points.
 */

export interface NpsCounts {
  score: number;
  answers: number;
  promoters: number;
  detractors: number;
}

export interface MeasuredValues {
  nps: NpsCounts | null;
  /** Share of 4–5 on the 1–5 scale. */
  csat: number | null;
  /** Mean on 1–7, 7 = very easy. */
  ces: number | null;
  repeatRate: number | null;
  /** Mean retention per period over the analysis window. */
  retention: number | null;
  /** Purchases per customer per period. */
  frequency: number | null;
  averageCheck: number | null;
  customers: number | null;
  /**
   * The pooled cohorts' share still buying in the sixth month after the first purchase: step 5's heat map and reading,
   * and the catalogue's method ("N months after its first purchase, e.g. N = 6").
   */
  cohortRetention: number | null;
}

export const NO_MEASURED_VALUES: MeasuredValues = {
  nps: null,
  csat: null,
  ces: null,
  repeatRate: null,
  retention: null,
  frequency: null,
  averageCheck: null,
  customers: null,
  cohortRetention: null,
};

/** The figures the survey (step 4) and the sales (step 5) show, as the follow-up keeps and compares them. */
export function measuredValues(scores: ScoreResults, figures: BehaviourFigures | null): MeasuredValues {
  return {
    nps: scores.nps ? { score: scores.nps.score, answers: scores.nps.answers, promoters: scores.nps.promoters, detractors: scores.nps.detractors } : null,
    csat: scores.csat?.share ?? null,
    ces: scores.ces?.mean ?? null,
    repeatRate: figures?.repeatRate ?? null,
    retention: figures?.retention.mean ?? null,
    frequency: figures?.frequency ?? null,
    averageCheck: figures?.averageCheck ?? null,
    customers: figures?.customers ?? null,
    cohortRetention: figures ? (cohortSummary(figures.cohorts).shares[COHORT_RETENTION_MONTH] ?? null) : null,
  };
}

/** No survey answer and no sale behind any figure: a first measurement would keep only blanks. */
export function measuredNothing(values: MeasuredValues): boolean {
  return Object.values(values).every((value) => value === null);
}

export function baselineFrom(values: MeasuredValues, recordedAt: string): Baseline {
  return { recordedAt, ...values };
}

export const FOLLOW_UP_FIGURES = ['nps', 'csat', 'ces', 'repeatRate', 'retention', 'cohortRetention', 'frequency', 'averageCheck', 'customers'] as const;
export type FollowUpFigure = (typeof FOLLOW_UP_FIGURES)[number];

export interface NpsChange {
  /** Now minus first, in points. */
  change: number;
  /** Half-width of the 95 % interval of the change, in points. */
  margin: number;
  /** The interval leaves out zero: the move is more than the two samples' noise. */
  significant: boolean;
}

export interface FigureChange {
  figure: FollowUpFigure;
  first: number | null;
  now: number | null;
  /** now − first, in the figure's own unit; null when either is missing. */
  change: number | null;
  /** For NPS only: the change's margin of error from both samples. */
  nps: NpsChange | null;
}

/**
 * Two independent waves (METHODS.md, model/nps.ts): the scores' difference with SE = sqrt(Var1/n1 + Var2/n2),
 * 95 % by ±1.96 SE. The baseline keeps promoters and detractors; the passives are the rest. Null when a wave
 * has no answers.
 */
export function npsChange(first: NpsCounts, now: NpsCounts): NpsChange | null {
  const counts = ({ answers, promoters, detractors }: NpsCounts) => ({ promoters, detractors, passives: answers - promoters - detractors });
  const difference = npsDifference(counts(first), counts(now));
  if (difference === null) return null;
  return { change: difference.difference, margin: Z95 * difference.standardError, significant: difference.significant };
}

function valueOf(values: MeasuredValues | Baseline, figure: FollowUpFigure): number | null {
  if (figure === 'nps') return values.nps?.score ?? null;
  return values[figure];
}

export function compareWithBaseline(baseline: Baseline, now: MeasuredValues): FigureChange[] {
  return FOLLOW_UP_FIGURES.map((figure) => {
    const first = valueOf(baseline, figure);
    const current = valueOf(now, figure);
    return {
      figure,
      first,
      now: current,
      change: first === null || current === null ? null : current - first,
      nps: figure === 'nps' && baseline.nps && now.nps ? npsChange(baseline.nps, now.nps) : null,
    };
  });
}

/** Whether the values on screen are still the ones recorded: then there is nothing to compare yet. */
export function sameAsBaseline(baseline: Baseline, now: MeasuredValues): boolean {
  return compareWithBaseline(baseline, now).every((row) => row.first === row.now && (row.figure !== 'nps' || baseline.nps?.answers === now.nps?.answers));
}
