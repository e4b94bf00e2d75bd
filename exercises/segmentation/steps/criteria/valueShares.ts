import type { CriterionValueFigures } from '../../analysis/segmentationAnalysis';

/** One value of a criterion with its part of the base: what the distribution, the reading and the export show. */
export interface ValueShare extends CriterionValueFigures {
  customerShare: number;
  /** null when the base's revenue is not positive (a share of nothing). */
  revenueShare: number | null;
  /** null for a value with no customers. */
  perCustomer: number | null;
}

/** The values' shares of the customers and of the revenue; every criterion's values cover the whole base once. */
export function valueShares(values: readonly CriterionValueFigures[]): ValueShare[] {
  const customers = values.reduce((sum, value) => sum + value.customers, 0);
  const revenue = values.reduce((sum, value) => sum + value.revenue, 0);
  return values.map((value) => ({
    ...value,
    customerShare: customers > 0 ? value.customers / customers : 0,
    revenueShare: revenue > 0 ? value.revenue / revenue : null,
    perCustomer: value.customers > 0 ? value.revenue / value.customers : null,
  }));
}
