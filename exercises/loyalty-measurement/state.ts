import { z } from 'zod/mini';

/**
 * What the participant keeps in "Design your loyalty measurement": their business, what loyalty means there,
 * the measurement plan (the exercise's deliverable), the survey they run, the settings of the behaviour
 * analysis over their sales, the Dick & Basu estimates, and the first measurement kept for the follow-up.
 * Numbers are null until entered; shares are percentages as the participant types them (35 = 35 %).
 * Survey answers and sales rows are not here: files live in IndexedDB, only typed-in answers are kept.
 */

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const percent = z.nullable(z.number().check(z.minimum(0), z.maximum(100)));

export const BUSINESS_MODELS = ['b2b', 'b2c'] as const;
export const IDENTIFICATION_METHODS = ['card', 'crm', 'invoices', 'none'] as const;
export const DATA_SOURCES = ['sales', 'surveys', 'complaints'] as const;

export const businessSchema = z.object({
  model: z.nullable(z.enum(BUSINESS_MODELS)),
  /** Typical days between two purchases of one customer; null when unknown or the product is bought rarely. */
  purchaseCycleDays: z.nullable(z.number().check(z.positive())),
  /** Durable goods, equipment, contracts: a customer buys once in years, so repeat rates say little. */
  longLifeCycle: z.boolean(),
  identification: z.nullable(z.enum(IDENTIFICATION_METHODS)),
  /** Active customers: decides whether a survey can reach a margin of error worth comparing. */
  activeCustomers: z.nullable(z.int().check(z.positive())),
  dataAvailable: z.array(z.enum(DATA_SOURCES)),
});

export const LOYALTY_VIEWS = ['behavioural', 'attitudinal', 'both'] as const;
/** Continuous loyalty to the brand, channel, function, price or experience; intermittent; changing; dispersed. */
export const LOYALTY_TYPES = ['brand', 'channel', 'function', 'price', 'experience', 'intermittent', 'changing', 'dispersed'] as const;
/** The commitment ladder (METHODS.md): potential → visitor → first purchase → repeat → regular → advocate. */
export const LADDER_STAGES = ['potential', 'visitor', 'firstPurchase', 'repeat', 'regular', 'advocate'] as const;

export const ladderStageSchema = z.object({
  used: z.boolean(),
  /** What the company does with customers on this stage (attract, involve, retain, cherish…), in the participant's words. */
  strategy: z.string(),
});

export const meaningSchema = z.object({
  view: z.nullable(z.enum(LOYALTY_VIEWS)),
  /** One or two sentences: what a loyal customer of this business does and feels. */
  definition: z.string(),
  /** Estimated share of customers of each loyalty type, in %; null when not estimated. */
  typeShares: z.record(z.enum(LOYALTY_TYPES), percent),
  ladder: z.record(z.enum(LADDER_STAGES), ladderStageSchema),
});

export const METRIC_IDS = [
  'nps',
  'csat',
  'ces',
  'repeatRate',
  'retention',
  'churn',
  'cohortRetention',
  'frequency',
  'averageCheck',
  'shareOfWallet',
  'referralRate',
  'complaintRate',
] as const;
export const MEASUREMENT_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'halfYearly', 'yearly'] as const;

export const planEntrySchema = z.object({
  metric: z.enum(METRIC_IDS),
  /** Where the figure comes from: CRM, receipts, a survey after delivery… */
  source: z.string(),
  /** The survey question as customers read it, or how the figure is calculated. */
  method: z.string(),
  frequency: z.nullable(z.enum(MEASUREMENT_FREQUENCIES)),
  owner: z.string(),
  /** In the metric's own unit (NPS points, %, days, money): the catalogue says which. */
  target: z.nullable(z.number()),
  /** The value at which the owner acts; below or above the target depending on the metric's direction. */
  alarm: z.nullable(z.number()),
});

export const SURVEY_QUESTIONS = ['nps', 'csat', 'ces', 'attitude', 'customerId', 'segment'] as const;

/** One answer typed in the app (a small B2B survey); a file's answers stay in IndexedDB. */
export const typedAnswerSchema = z.object({
  id: z.string().check(z.minLength(1)),
  customer: z.string(),
  segment: z.string(),
  nps: z.nullable(z.int().check(z.minimum(0), z.maximum(10))),
  csat: z.nullable(z.int().check(z.minimum(1), z.maximum(5))),
  ces: z.nullable(z.int().check(z.minimum(1), z.maximum(7))),
  /** The mean of the attitude statements, 1–5. */
  attitude: z.nullable(z.number().check(z.minimum(1), z.maximum(5))),
});

/** What the list of survey files shows without reading their rows from IndexedDB. */
export const surveyFileSchema = z.object({
  /** Dataset key in IndexedDB: inputs.ts `surveyDatasetKey(id)`. */
  id: z.string().check(z.minLength(1)),
  fileName: z.string(),
  importedAt: z.string(),
  answers: z.int().check(z.nonnegative()),
});

export const surveySchema = z.object({
  questions: z.array(z.enum(SURVEY_QUESTIONS)),
  /** Attitude statements on a 1–5 agreement scale, in the participant's words; empty ones are left out. */
  attitudeStatements: z.array(z.string()),
  files: z.array(surveyFileSchema),
  typedAnswers: z.array(typedAnswerSchema),
  /** The NPS margin of error (± points) the sample-size helper plans for. */
  targetMargin: z.number().check(z.positive(), z.maximum(100)),
  /** Segments with fewer answers are shown but not compared. */
  minSegmentAnswers: z.int().check(z.minimum(2)),
});

export const RETENTION_PERIODS = ['month', 'quarter', 'year'] as const;

export const behaviourSchema = z.object({
  /** null: the period suggested from the purchase cycle (step 1). */
  period: z.nullable(z.enum(RETENTION_PERIODS)),
  windowFrom: z.nullable(isoDate),
  windowTo: z.nullable(isoDate),
  /** "Lapsed": no purchase for k × the customer's own median interval (METHODS.md: default 3). */
  lapseFactor: z.number().check(z.positive(), z.maximum(20)),
  /** One-time buyers have no interval: lapsed after this many days. */
  oneTimeLapseDays: z.int().check(z.positive()),
  /** Off: rows of one customer on one day are one purchase (one visit, several lines of a receipt). */
  countRowsAsPurchases: z.boolean(),
});

/** A purchase a day every day of the year: more is a typing slip. */
export const MAX_PURCHASES_PER_YEAR = 366;

export const DICK_BASU_CELLS = ['trueLoyalty', 'latentLoyalty', 'spuriousLoyalty', 'noLoyalty'] as const;

export const matrixSchema = z.object({
  /** Shares (%) the participant estimates when survey answers carry no customer ids found in the sales. */
  estimatedShares: z.record(z.enum(DICK_BASU_CELLS), percent),
  /** What the company does with each quadrant, in the participant's words. */
  actions: z.record(z.enum(DICK_BASU_CELLS), z.string()),
  /** Purchases in the last 12 months of the sales that make repeat patronage high; null: the median of that year's buyers. */
  minPurchases: z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_PURCHASES_PER_YEAR))),
});

/** The first measured values, kept so a later survey and a newer sales file are compared with them. */
export const baselineSchema = z.object({
  recordedAt: isoDate,
  nps: z.nullable(z.object({ score: z.number(), answers: z.int(), promoters: z.int(), detractors: z.int() })),
  csat: z.nullable(z.number()),
  ces: z.nullable(z.number()),
  repeatRate: z.nullable(z.number()),
  retention: z.nullable(z.number()),
  /** Pooled cohorts' share still buying 6 months after their first purchase. */
  cohortRetention: z.nullable(z.number()),
  frequency: z.nullable(z.number()),
  averageCheck: z.nullable(z.number()),
  customers: z.nullable(z.int()),
});

export const loyaltyStateSchema = z.object({
  /** The exercise opened on the demo retailer: its survey and sales stand in until the participant's own are there. */
  useDemoData: z.boolean(),
  business: businessSchema,
  meaning: meaningSchema,
  plan: z.array(planEntrySchema),
  survey: surveySchema,
  behaviour: behaviourSchema,
  matrix: matrixSchema,
  conclusions: z.object({
    nextMeasurement: z.nullable(isoDate),
    notes: z.string(),
    baseline: z.nullable(baselineSchema),
  }),
});

export type LoyaltyState = z.infer<typeof loyaltyStateSchema>;
export type BusinessProfile = z.infer<typeof businessSchema>;
export type LoyaltyMeaning = z.infer<typeof meaningSchema>;
export type PlanEntry = z.infer<typeof planEntrySchema>;
export type SurveySettings = z.infer<typeof surveySchema>;
export type TypedAnswer = z.infer<typeof typedAnswerSchema>;
export type SurveyFile = z.infer<typeof surveyFileSchema>;
export type BehaviourSettings = z.infer<typeof behaviourSchema>;
export type MatrixSettings = z.infer<typeof matrixSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
export type MetricId = (typeof METRIC_IDS)[number];
export type LoyaltyType = (typeof LOYALTY_TYPES)[number];
export type LadderStage = (typeof LADDER_STAGES)[number];
export type DickBasuCell = (typeof DICK_BASU_CELLS)[number];
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];

export const LOYALTY_STATE_VERSION = 1;
