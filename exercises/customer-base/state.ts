import { z } from 'zod/mini';
import { DEMO_BUSINESSES, RFM_BINNINGS, periodSchema, rfmSegmentSchema, type DemoBusiness, type PeriodSettings, type RfmBinning, type RfmSegmentRule } from '../../src/customers/settings';

export { DEMO_BUSINESSES, RFM_BINNINGS, periodSchema, rfmSegmentSchema, type DemoBusiness, type PeriodSettings, type RfmBinning, type RfmSegmentRule };

/**
 * What the participant keeps in "Customer base priorities": the period the sales are read over, the thresholds
 * and rules of each method (ABC, XYZ, RFM scores and named segments, CLV and BG/NBD settings, matrix lines,
 * early-warning rules), the directions they decide on, and notes. Sales rows are not here: the file lives in
 * IndexedDB ("My data", shared with every exercise that reads sales). Shares are percentages as typed (80 = 80 %).
 */

const percent = z.number().check(z.minimum(0), z.maximum(100));
/** A matrix line typed by the participant; null: the median of the customers' figures. */
const threshold = z.nullable(z.number());

export const VALUE_BASES = ['revenue', 'profit'] as const;

export const abcSchema = z.object({
  /** Customers are ranked by revenue, or by profit when the sales carry cost or margin. */
  basis: z.enum(VALUE_BASES),
  /** Cumulative share up to which a customer is A, then B (inclusive); the rest are C. */
  a: percent,
  b: percent,
  /** Coefficient of variation of monthly sales up to which a customer is X, then Y (inclusive); above: Z. */
  x: z.number().check(z.minimum(0), z.maximum(1000)),
  y: z.number().check(z.minimum(0), z.maximum(1000)),
});

export const rfmSchema = z.object({
  binning: z.enum(RFM_BINNINGS),
  /** Ordered: the first segment whose three ranges hold names the customer; the rest are "others". */
  segments: z.array(rfmSegmentSchema),
});

export const CLV_PERIODS = ['month', 'quarter', 'year'] as const;

export const valueSchema = z.object({
  /** Simple CLV: the period its margin, retention and discount rate are per. */
  period: z.enum(CLV_PERIODS),
  /** Retention per period, %; null: measured from the data (customers active in one period and the next). */
  retention: z.nullable(percent),
  /** Discount rate per year, %. */
  discountRate: z.number().check(z.minimum(0), z.maximum(100)),
  /** Gross margin as % of revenue when the sales carry no cost or margin. */
  assumedMargin: percent,
  /** BG/NBD: the horizon of expected purchases and value, months. */
  horizonMonths: z.int().check(z.minimum(1), z.maximum(60)),
  /** BG/NBD check: the months at the end of the data held out from the fit and compared with the prediction. */
  holdoutMonths: z.int().check(z.minimum(1), z.maximum(24)),
});

export const matricesSchema = z.object({
  profit: threshold,
  potential: threshold,
  revenue: threshold,
  size: threshold,
  /** Reinartz & Kumar: relationship length, months, that counts as long; null: the median. */
  duration: threshold,
});

export const warningsSchema = z.object({
  /** No purchase for longer than k × the customer's own mean interval. */
  interval: z.object({ on: z.boolean(), k: z.number().check(z.minimum(1), z.maximum(20)) }),
  /** Last months' sales below this % of the customer's own earlier monthly average. */
  trend: z.object({ on: z.boolean(), recentMonths: z.int().check(z.minimum(1), z.maximum(12)), dropPercent: percent }),
  /** Sales in the window below this % of the plan from the customer list. */
  plan: z.object({ on: z.boolean(), percent }),
  /** Debt over the credit limit (customer list). */
  debt: z.object({ on: z.boolean() }),
  /** Cost to serve over this % of the customer's gross margin. */
  costToServe: z.object({ on: z.boolean(), percentOfMargin: z.number().check(z.minimum(0), z.maximum(1000)) }),
});

export const DIRECTIONS = ['invest', 'keep', 'winBack', 'serveCheaper', 'stop'] as const;

export const prioritiesSchema = z.object({
  /** Per direction, what the participant will do (their words). */
  actions: z.record(z.enum(DIRECTIONS), z.string()),
});

export const customerBaseStateSchema = z.object({
  /** The exercise opened on a demo business: its sales stand in until the participant's own are there. */
  useDemoData: z.boolean(),
  demoBusiness: z.enum(DEMO_BUSINESSES),
  period: periodSchema,
  abc: abcSchema,
  rfm: rfmSchema,
  value: valueSchema,
  matrices: matricesSchema,
  warnings: warningsSchema,
  priorities: prioritiesSchema,
  conclusions: z.object({ notes: z.string() }),
});

export type CustomerBaseState = z.infer<typeof customerBaseStateSchema>;
export type ValueBasis = (typeof VALUE_BASES)[number];
export type AbcSettings = z.infer<typeof abcSchema>;
export type RfmSettings = z.infer<typeof rfmSchema>;
export type ClvPeriod = (typeof CLV_PERIODS)[number];
export type ValueSettings = z.infer<typeof valueSchema>;
export type MatrixSettings = z.infer<typeof matricesSchema>;
export type WarningSettings = z.infer<typeof warningsSchema>;
export type Direction = (typeof DIRECTIONS)[number];

export const CUSTOMER_BASE_STATE_VERSION = 1;
