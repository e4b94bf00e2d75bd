import { isOneOf } from '../../../../src/data/oneOf';
import type { CriterionSummary } from '../../analysis/segmentationAnalysis';
import { NOT_GIVEN_KEY } from '../../model/criteria';
import { CLASS_CRITERIA, CRITERIA, LABEL_CRITERIA, type CriterionId } from '../../state';
import { valueShares } from './valueShares';

/** A value with fewer of the customers is too small to be a segment of its own, so it does not lead a reading. */
export const MIN_CUSTOMER_SHARE = 0.05;
/** A value whose revenue share is at least this multiple of its customer share is a concentration worth naming. */
const CONCENTRATION_LIFT = 1.5;
/** Revenue per customer differing by at least this ratio between two values is a split worth naming. */
const SPREAD_RATIO = 1.5;
/** Below this ratio between its values' revenue per customer a criterion barely tells customers apart. */
const FLAT_RATIO = 1.3;
/** One label holding at least this share of revenue dominates its criterion. */
const DOMINANT_SHARE = 0.5;

export interface Concentration {
  criterion: CriterionId;
  key: string;
  customerShare: number;
  revenueShare: number;
}

export interface Spread {
  criterion: CriterionId;
  high: { key: string; perCustomer: number };
  low: { key: string; perCustomer: number };
  ratio: number;
}

export interface Dominant {
  criterion: CriterionId;
  key: string;
  revenueShare: number;
}

export interface CriteriaHighlights {
  customers: number;
  /** A minority value holding the most revenue for its size (any criterion the data gives). */
  concentration: Concentration | null;
  /** Of the descriptive criteria (labels and bands), the one whose values differ most in revenue per customer. */
  spread: Spread | null;
  /** A label holding half the revenue or more. */
  dominant: Dominant | null;
  /** Chosen criteria whose values hardly differ in revenue per customer. */
  flat: CriterionId[];
  /** Chosen criteria the files cannot give. */
  missing: CriterionId[];
}

interface Sized {
  key: string;
  customerShare: number;
  revenueShare: number;
  perCustomer: number;
}

/** The given values big enough to count, with revenue shares (none when the base's revenue is not positive). */
function sizedValues(summary: CriterionSummary): Sized[] {
  if (!summary.ok) return [];
  return valueShares(summary.values).flatMap((value) =>
    value.key !== NOT_GIVEN_KEY && value.customerShare >= MIN_CUSTOMER_SHARE && value.revenueShare !== null && value.perCustomer !== null
      ? [{ key: value.key, customerShare: value.customerShare, revenueShare: value.revenueShare, perCustomer: value.perCustomer }]
      : [],
  );
}

function spreadOf(criterion: CriterionId, values: readonly Sized[]): Spread | null {
  const [first, ...rest] = values;
  if (first === undefined || rest.length === 0) return null;
  let high = first;
  let low = first;
  for (const value of rest) {
    if (value.perCustomer > high.perCustomer) high = value;
    if (value.perCustomer < low.perCustomer) low = value;
  }
  if (low.perCustomer <= 0) return null;
  return { criterion, high: { key: high.key, perCustomer: high.perCustomer }, low: { key: low.key, perCustomer: low.perCustomer }, ratio: high.perCustomer / low.perCustomer };
}

/**
 * Which criteria split this base usefully, from the values' customers and revenue: the strongest concentration
 * of revenue in a minority, the widest gap in revenue per customer among the descriptive criteria, a label that
 * holds most of the revenue, and the chosen criteria that barely separate anyone. Ties go to the earlier criterion.
 */
export function criteriaHighlights(criteria: Record<CriterionId, CriterionSummary>, chosen: readonly CriterionId[]): CriteriaHighlights {
  const abc = criteria.abc;
  const customers = abc.ok ? abc.values.reduce((sum, value) => sum + value.customers, 0) : 0;
  let concentration: Concentration | null = null;
  let spread: Spread | null = null;
  let dominant: Dominant | null = null;
  for (const criterion of CRITERIA) {
    const values = sizedValues(criteria[criterion]);
    for (const value of values) {
      const lift = value.revenueShare / value.customerShare;
      const better = concentration === null || lift > concentration.revenueShare / concentration.customerShare;
      if (value.customerShare <= 0.5 && lift >= CONCENTRATION_LIFT && better) concentration = { criterion, key: value.key, customerShare: value.customerShare, revenueShare: value.revenueShare };
    }
    const descriptive = !isOneOf(CLASS_CRITERIA, criterion);
    const split = descriptive ? spreadOf(criterion, values) : null;
    if (split && split.ratio >= SPREAD_RATIO && (spread === null || split.ratio > spread.ratio)) spread = split;
    if (isOneOf(LABEL_CRITERIA, criterion) && values.length >= 2) {
      for (const value of values) {
        if (value.revenueShare >= DOMINANT_SHARE && (dominant === null || value.revenueShare > dominant.revenueShare)) dominant = { criterion, key: value.key, revenueShare: value.revenueShare };
      }
    }
  }
  const flat = chosen.filter((criterion) => {
    const split = spreadOf(criterion, sizedValues(criteria[criterion]));
    return split !== null && split.ratio < FLAT_RATIO;
  });
  const missing = chosen.filter((criterion) => !criteria[criterion].ok);
  return { customers, concentration, spread, dominant, flat, missing };
}
