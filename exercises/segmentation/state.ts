import { z } from 'zod/mini';
import { DEMO_BUSINESSES, RFM_BINNINGS, periodSchema, type DemoBusiness, type PeriodSettings, type RfmBinning } from '../../src/customers/settings';

export { DEMO_BUSINESSES, RFM_BINNINGS, type DemoBusiness, type PeriodSettings, type RfmBinning };

/**
 * What the participant keeps in "Internal segmentation": the period the sales are read over, the criteria they
 * segment by (with the bands of the numeric ones and the settings of the computed ones), the segments (an ordered
 * rule list or a cross-tab of two criteria), and per segment whether it is a target, with its strategy, offer,
 * owner and goal. Sales rows are not here: the files live in IndexedDB ("My data", shared with customer base
 * priorities and every other exercise that reads sales).
 */

/** Read from the customer list or the sales lines as the file writes them. */
export const LABEL_CRITERIA = ['region', 'channel', 'type', 'manager', 'mainProduct'] as const;
/** Computed from the sales, with a fixed set of values (ABC class, default RFM segment, life-cycle stage). */
export const CLASS_CRITERIA = ['abc', 'rfm', 'stage'] as const;
/** Numbers cut into bands at the participant's bounds (or the defaults). */
export const BANDED_CRITERIA = ['tenure', 'frequency', 'averageCheck', 'productBreadth', 'size', 'potential'] as const;
export const CRITERIA = [...LABEL_CRITERIA, ...CLASS_CRITERIA, ...BANDED_CRITERIA] as const;

export type LabelCriterion = (typeof LABEL_CRITERIA)[number];
export type ClassCriterion = (typeof CLASS_CRITERIA)[number];
export type BandedCriterion = (typeof BANDED_CRITERIA)[number];
export type CriterionId = (typeof CRITERIA)[number];

const percent = z.number().check(z.minimum(0), z.maximum(100));
/** Upper bounds of the bands, ascending, each inclusive; a value over the last is in the last band. */
const bounds = z.array(z.number()).check(z.maxLength(9));

export const behaviourSchema = z.object({
  /** ABC by revenue: cumulative share up to which a customer is A, then B (inclusive); the rest are C. */
  abcA: percent,
  abcB: percent,
  rfmBinning: z.enum(RFM_BINNINGS),
  /** A customer is lapsing after k × their own mean interval without a purchase (METHODS.md, inactivity threshold). */
  stageK: z.number().check(z.minimum(1), z.maximum(10)),
});

export const criteriaSchema = z.object({
  /** The criteria the participant works with, in the order they chose them. */
  chosen: z.array(z.enum(CRITERIA)),
  /** Typed bounds per banded criterion; absent: the default (fixed for counts and months, terciles for money and size). */
  bands: z.partialRecord(z.enum(BANDED_CRITERIA), bounds),
});

export const conditionSchema = z.object({
  criterion: z.enum(CRITERIA),
  /** Value keys (a label, a class, a band "b0"…; "" for "not given"); the customer's value must be one of them. */
  values: z.array(z.string()),
});

export const segmentRuleSchema = z.object({
  id: z.string(),
  /** The participant's name; null: the starter set's name in the interface's language (by id). */
  name: z.nullable(z.string()),
  /** All must hold; a rule without conditions holds for everyone left. */
  conditions: z.array(conditionSchema),
});

export const SEGMENT_MODES = ['rules', 'crossTab'] as const;

export const segmentsSchema = z.object({
  mode: z.enum(SEGMENT_MODES),
  /** Ordered: the first rule that holds names the customer; the rest are "others". */
  rules: z.array(segmentRuleSchema),
  /** Every pair of a row value and a column value is a segment. */
  crossTab: z.object({ rows: z.nullable(z.enum(CRITERIA)), columns: z.nullable(z.enum(CRITERIA)) }),
});

export const STRATEGIES = ['develop', 'retain', 'winBack', 'serveCheaper', 'maintain', 'lookalikes'] as const;

export const targetSchema = z.object({
  target: z.boolean(),
  strategy: z.nullable(z.enum(STRATEGIES)),
  offer: z.string(),
  owner: z.string(),
  /** What success is and by when, in the participant's words. */
  goal: z.string(),
});

export const segmentationStateSchema = z.object({
  useDemoData: z.boolean(),
  demoBusiness: z.enum(DEMO_BUSINESSES),
  period: periodSchema,
  behaviour: behaviourSchema,
  criteria: criteriaSchema,
  segments: segmentsSchema,
  /** By segment key (segmentKey() in model/segments.ts): a rule's id, a cross-tab cell, or "others". */
  targets: z.record(z.string(), targetSchema),
  conclusions: z.object({ notes: z.string() }),
});

export type SegmentationState = z.infer<typeof segmentationStateSchema>;
export type BehaviourSettings = z.infer<typeof behaviourSchema>;
export type CriteriaSettings = z.infer<typeof criteriaSchema>;
export type SegmentCondition = z.infer<typeof conditionSchema>;
export type SegmentRule = z.infer<typeof segmentRuleSchema>;
export type SegmentMode = (typeof SEGMENT_MODES)[number];
export type SegmentsSettings = z.infer<typeof segmentsSchema>;
export type Strategy = (typeof STRATEGIES)[number];
export type SegmentTarget = z.infer<typeof targetSchema>;

export const SEGMENTATION_STATE_VERSION = 1;
