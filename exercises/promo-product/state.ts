import { z } from 'zod/mini';

/**
 * What the participant keeps in "Choose the promo product": how their receipts are read (level, merged and
 * excluded products), the rule-mining thresholds, the products they mark as price indicators, the promo
 * score's weights and the chosen product's promotion, the bundles and switches they propose, and notes.
 * Receipt lines are not here: the file lives in IndexedDB. Products are named by their label in the data
 * (at the chosen level), so a choice survives a reload and a re-import of the same file.
 * Shares are percentages as the participant types them (35 = 35 %).
 */

const percent = z.number().check(z.minimum(0), z.maximum(100));
const optionalPercent = z.nullable(percent);
const money = z.nullable(z.number().check(z.nonnegative()));

export const BASKET_LEVELS = ['product', 'category'] as const;

export const receiptsSchema = z.object({
  /** Rules and indicators over products, or over their categories when the file has a category column. */
  level: z.enum(BASKET_LEVELS),
  /** Labels read as another one (spelling variants, one product under two codes): from → into. */
  merges: z.record(z.string(), z.string()),
  /** Labels left out of every figure (bags, delivery, service lines). */
  excluded: z.array(z.string()),
});

/** Rule lengths count every item of a rule, both sides, as arules' maxlen does. */
export const MAX_RULE_LENGTH = 5;

export const rulesSchema = z.object({
  /** % of receipts; inclusive, an itemset is frequent when its count ≥ ⌈s × N⌉ (METHODS.md). */
  minSupport: z.number().check(z.positive(), z.maximum(100)),
  minConfidence: z.number().check(z.minimum(0), z.maximum(100)),
  minLift: z.number().check(z.minimum(0)),
  maxLength: z.int().check(z.minimum(2), z.maximum(MAX_RULE_LENGTH)),
  hideRedundant: z.boolean(),
  /** Sequential association: B bought by the same customer within this many days after A. */
  sequenceDays: z.int().check(z.minimum(1), z.maximum(365)),
});

export const PROMO_SCORE_FACTORS = ['penetration', 'pull', 'marginRoom', 'frequency'] as const;

export const promoSchema = z.object({
  /** Relative weights 0–10 of the candidate score's parts. */
  weights: z.record(z.enum(PROMO_SCORE_FACTORS), z.number().check(z.minimum(0), z.maximum(10))),
  /** The chosen promo product's label, or null. */
  chosen: z.nullable(z.string()),
  /** Discount, % of the regular price. */
  discount: percent,
  /** Expected change of the product's volume during the promotion, %; null until estimated. */
  expectedVolumeChange: z.nullable(z.number().check(z.minimum(-100), z.maximum(10000))),
  /** Gross margin as % of price when the file carries no cost; null: taken from the data. */
  assumedMargin: optionalPercent,
  /** Share of the promotion's extra receipts that are new trips bringing associated products along, %. */
  haloShare: percent,
});

export const bundleSchema = z.object({
  items: z.array(z.string()).check(z.minLength(2)),
  /** Bundle price; null: the sum of regular prices less the bundle discount. */
  price: money,
  /** The bundle discount, % of the sum of regular prices; absent: DEFAULT_BUNDLE_DISCOUNT (model/bundles.ts). */
  discount: z.optional(percent),
  /** Expected share of the antecedent's buyers who take the bundle, %. */
  takeUp: optionalPercent,
});

/** What step 6 searches bundle proposals with, as typed: support in % of receipts, the default bundle discount in %. */
export const bundleSearchSchema = z.object({
  minSupport: z.number().check(z.minimum(0.01), z.maximum(100)),
  minLift: z.number().check(z.minimum(0), z.maximum(1000)),
  discount: percent,
});

export const switchSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Share of the "from" product's buyers expected to switch, %. */
  switchRate: optionalPercent,
});

export const promoProductStateSchema = z.object({
  /** The exercise opened on the demo grocery store: its receipts stand in until the participant's own are there. */
  useDemoData: z.boolean(),
  receipts: receiptsSchema,
  rules: rulesSchema,
  /** Products the store's price image is judged by: kept at a steady price, warned about as promo products. */
  priceIndicators: z.array(z.string()),
  promo: promoSchema,
  bundles: z.array(bundleSchema),
  bundleSearch: bundleSearchSchema,
  switches: z.array(switchSchema),
  conclusions: z.object({ notes: z.string() }),
});

export type PromoProductState = z.infer<typeof promoProductStateSchema>;
export type BasketLevel = (typeof BASKET_LEVELS)[number];
export type ReceiptSettings = z.infer<typeof receiptsSchema>;
export type RuleSettings = z.infer<typeof rulesSchema>;
export type PromoSettings = z.infer<typeof promoSchema>;
export type PromoScoreFactor = (typeof PROMO_SCORE_FACTORS)[number];
export type BundleProposal = z.infer<typeof bundleSchema>;
export type SwitchProposal = z.infer<typeof switchSchema>;
export type BundleSearchSettings = z.infer<typeof bundleSearchSchema>;

export const PROMO_PRODUCT_STATE_VERSION = 1;
