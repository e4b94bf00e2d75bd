import { z } from 'zod/mini';

/**
 * The settings every exercise that reads the shared sales agrees on, so that the same participant's choices mean
 * the same thing in each: which demo business stands in, the period the sales are read over, the RFM binning and
 * the shape of a named RFM segment. Each exercise keeps its own values in its own state.
 */

export const DEMO_BUSINESSES = ['distributor', 'shop'] as const;

export const periodSchema = z.object({
  /** ISO day the figures are read at (recency, "lapsing", the window's end); null: the last sale in the data. */
  analysisDate: z.nullable(z.string()),
  /** Months of sales before the analysis date that count; 0: all of them. */
  windowMonths: z.int().check(z.minimum(0), z.maximum(120)),
});

export const RFM_BINNINGS = ['quintiles', 'rfmPackage'] as const;

const scoreRange = z.tuple([z.int().check(z.minimum(1), z.maximum(5)), z.int().check(z.minimum(1), z.maximum(5))]);

export const rfmSegmentSchema = z.object({
  id: z.string(),
  /** The participant's name for it; null: the default set's name in the interface's language (by id). */
  name: z.nullable(z.string()),
  /** Inclusive score ranges [from, to]. */
  r: scoreRange,
  f: scoreRange,
  m: scoreRange,
});

export type DemoBusiness = (typeof DEMO_BUSINESSES)[number];
export type PeriodSettings = z.infer<typeof periodSchema>;
export type RfmBinning = (typeof RFM_BINNINGS)[number];
export type RfmSegmentRule = z.infer<typeof rfmSegmentSchema>;
