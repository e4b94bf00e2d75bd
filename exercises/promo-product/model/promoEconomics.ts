/**
 * The chosen product's promotion economics (METHODS.md, the discount break-even of "Discounts and loyalty program
 * economics"): regular price and margin m from the data (or the assumed margin), discount d, the participant's
 * expected volume change x; break-even d / (m − d), "suicidal" when d ≥ m; and the same with the halo, the other
 * products the promotion's extra receipts carry (`promoEconomics`, derivation there).
 */
import { niceScale } from '../../../src/charts/niceScale';
import { PULL_MIN_PAIR_RECEIPTS, marginRateOf, type CandidateFactors, type Companion } from './promo';

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** One associated product's part in the halo: how much more often it is in the chosen product's receipts than in any, and its margin there. */
export interface HaloContribution {
  item: number;
  label: string;
  /** conf(chosen → item) = n(chosen, item) / n(chosen). */
  confidence: number;
  /** supp(item) = n(item) / N: how often an average receipt carries it anyway. */
  support: number;
  /** conf / supp: above 1, bought with the chosen product more often than by chance. */
  lift: number;
  /** The item's gross margin per receipt that carries it: margin rate × its revenue / its receipts. */
  marginPerReceipt: number;
  /** (confidence − support) × marginPerReceipt: the margin it adds to a receipt with the chosen product beyond an average receipt. */
  perReceipt: number;
}

export interface Halo {
  /** H: extra gross margin of the associated products per receipt with the chosen product. */
  perReceipt: number;
  contributions: HaloContribution[];
  /** Associated products left out because neither the data nor an assumption gives their margin. */
  withoutMargin: number;
}

/**
 * The associated products a receipt with the chosen product a brings along, at their co-purchase rate beyond
 * an average receipt's, at their margin — the pull (`itemPull`) in money:
 *   H = Σ over b with n(a, b) ≥ PULL_MIN_PAIR_RECEIPTS of max(0, conf(a → b) − supp(b)) · g_b,
 *   g_b = m_b · revenue_b / n(b).
 * Not the whole confidence: the milk and bread in a pasta receipt would have been bought on some trip anyway,
 * and a product that shares a receipt with a by chance (lift ≈ 1) adds nothing. Counting the whole basket
 * made every discount look cheap: on the demo store pasta's break-even fell from +167 % to +14 %, and with
 * confidence over every lift > 1 still to +17 %, most of it from fifty products bought with pasta by chance.
 * Null when the file has no money (no margin to add).
 */
export function haloOf(chosenReceipts: number, receiptCount: number, companions: readonly Companion[], items: readonly CandidateFactors[], assumedMargin: number | null): Halo | null {
  if (chosenReceipts === 0 || items.some((item) => item.revenue === null)) return null;
  const contributions: HaloContribution[] = [];
  let withoutMargin = 0;
  for (const { item, together } of companions) {
    const factors = items[item];
    if (!factors || factors.receipts === 0 || together < PULL_MIN_PAIR_RECEIPTS) continue;
    const confidence = together / chosenReceipts;
    const support = factors.receipts / receiptCount;
    if (confidence <= support) continue;
    const rate = marginRateOf(factors, assumedMargin).rate;
    if (rate === null) {
      withoutMargin++;
      continue;
    }
    const marginPerReceipt = (rate * (factors.revenue ?? 0)) / factors.receipts;
    contributions.push({ item, label: factors.label, confidence, support, lift: confidence / support, marginPerReceipt, perReceipt: (confidence - support) * marginPerReceipt });
  }
  contributions.sort((x, y) => y.perReceipt - x.perReceipt || x.item - y.item);
  return { perReceipt: contributions.reduce((sum, contribution) => sum + contribution.perReceipt, 0), contributions, withoutMargin };
}

export interface PromoInputs {
  /** m and d, shares of the regular price. */
  margin: number;
  discount: number;
  /** V: receipts with the product over the period of the receipts. */
  receipts: number;
  /** r: the product's revenue per receipt that carries it; null without money. */
  revenuePerReceipt: number | null;
  /** H: margin of the other products per receipt with the product; null: no halo (no money). */
  haloPerReceipt: number | null;
  /** h: share of the extra receipts that are new trips bringing the other products along. */
  haloShare: number;
  /** x: the participant's expected change of the product's volume; null until estimated. */
  expectedVolumeChange: number | null;
}

export type BreakEven =
  | { kind: 'reachable'; volumeChange: number }
  /** No volume growth restores the profit: each extra receipt earns nothing or loses money. */
  | { kind: 'suicidal' };

export interface PromoEconomics {
  /** d ≥ m: each discounted unit sells at or below its cost. */
  suicidal: boolean;
  /** d / (m − d): the product alone. */
  breakEven: BreakEven;
  /** With the halo; null without money. */
  breakEvenWithHalo: BreakEven | null;
  /** k = h · H / r: the halo's margin per extra receipt as a share of the product's revenue per receipt. */
  haloPerRevenue: number | null;
  /** The product's gross margin over the period before the promotion: m · r · V; null without money. */
  baselineProfit: number | null;
  /** At the expected volume change: profit change in money (null without money) and relative to the product's own margin. */
  expected: { profitChange: number | null; profitChangeWithHalo: number | null; relative: number; relativeWithHalo: number | null } | null;
}

/**
 * Derivation. Over a period like the receipts', the product sells in V receipts at revenue r per receipt and
 * margin m, earning m·r·V. With a discount d its margin per receipt falls to (m − d)·r, and its receipts change
 * by x (volume counted as receipts holding it: a promotion moves mostly how many buy, not how much each buys).
 * The x·V extra receipts, a share h of them new trips, bring the associated products along at their co-purchase
 * rates (beyond an average receipt's) and margins: H per receipt (`haloOf`), so halo(x) = h·x·V·H. Profit change:
 *   ΔΠ(x) = (m − d)·r·(1 + x)·V − m·r·V + h·x·V·H.
 * ΔΠ(x) = 0 ⇔ x·((m − d)·r + h·H) = d·r ⇔ x = d / (m − d + k), with k = h·H / r.
 * Without the halo (k = 0) it is METHODS' d / (m − d). When m − d + k ≤ 0 no x helps: "suicidal". With d ≥ m
 * the product alone is suicidal, though a large enough halo (k > d − m) can still pay for it, and the step says
 * both.
 *
 * Worked example (test/unit/promo-product/promoEconomics.test.ts): m = 30 %, d = 15 %, r = 100, V = 1,000,
 * H = 50, h = 50 %. Alone: 0.15 / 0.15 = +100 %. k = 0.5 · 50 / 100 = 0.25; with halo: 0.15 / (0.15 + 0.25) =
 * +37.5 %; check: 100 · 1,000 · (0.15 · 1.375 − 0.30) + 0.5 · 0.375 · 1,000 · 50 = −9,375 + 9,375 = 0. At x = +50 %:
 * alone 100,000 · (0.15 · 1.5 − 0.3) = −7,500; with halo −7,500 + 0.5 · 0.5 · 1,000 · 50 = +5,000.
 */
export function promoEconomics(inputs: PromoInputs): PromoEconomics {
  const { margin: m, discount: d, receipts: V, revenuePerReceipt: r, haloPerReceipt: H, haloShare: h, expectedVolumeChange: x } = inputs;
  const k = r !== null && r > 0 && H !== null ? (h * H) / r : null;
  const breakEvenAt = (extra: number): BreakEven => (m - d + extra > 0 ? { kind: 'reachable', volumeChange: d / (m - d + extra) } : { kind: 'suicidal' });
  const baselineProfit = r !== null ? m * r * V : null;
  return {
    suicidal: d >= m,
    breakEven: breakEvenAt(0),
    breakEvenWithHalo: k === null ? null : breakEvenAt(k),
    haloPerRevenue: k,
    baselineProfit,
    expected:
      x === null
        ? null
        : {
            profitChange: r === null ? null : profitChange(inputs, x, false),
            profitChangeWithHalo: r === null || k === null ? null : profitChange(inputs, x, true),
            relative: relativeProfitChange(m, d, k, x, false),
            relativeWithHalo: k === null ? null : relativeProfitChange(m, d, k, x, true),
          },
  };
}

/** ΔΠ(x) in money; the halo term counts only with `withHalo` and money. */
export function profitChange(inputs: PromoInputs, volumeChange: number, withHalo: boolean): number {
  const { margin: m, discount: d, receipts: V, revenuePerReceipt: r, haloPerReceipt: H, haloShare: h } = inputs;
  const product = (r ?? 0) * V * ((m - d) * (1 + volumeChange) - m);
  return withHalo && H !== null ? product + h * volumeChange * V * H : product;
}

/** ΔΠ(x) / (m·r·V): the change as a share of the product's own margin before the promotion. */
function relativeProfitChange(m: number, d: number, k: number | null, x: number, withHalo: boolean): number {
  // A product sold at or below cost has no margin to measure the change against.
  if (m <= 0) return Number.NaN;
  const product = ((m - d) * (1 + x) - m) / m;
  return withHalo && k !== null ? product + (k * x) / m : product;
}

export interface ProfitPoint {
  volumeChange: number;
  alone: number;
  withHalo: number | null;
}

/**
 * Points for the chart, volume change from 0 to a round end that shows both break-evens and the expected change
 * (1.5 × the largest of them, at least +50 %, at most +1,000 %), relative to the product's margin when there is
 * no money.
 */
export function profitCurve(inputs: PromoInputs, economics: PromoEconomics, steps = 40): ProfitPoint[] {
  const marks = [economics.breakEven, economics.breakEvenWithHalo].flatMap((point) => (point?.kind === 'reachable' ? [point.volumeChange] : []));
  if (inputs.expectedVolumeChange !== null) marks.push(inputs.expectedVolumeChange);
  const end = niceScale(0, Math.min(10, Math.max(0.5, ...marks.map((mark) => mark * 1.5)))).high;
  const money = inputs.revenuePerReceipt !== null;
  const points: ProfitPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = (end * i) / steps;
    const alone = money ? profitChange(inputs, x, false) : relativeProfitChange(inputs.margin, inputs.discount, null, x, false);
    const withHalo = economics.haloPerRevenue === null ? null : money ? profitChange(inputs, x, true) : relativeProfitChange(inputs.margin, inputs.discount, economics.haloPerRevenue, x, true);
    points.push({ volumeChange: x, alone, withHalo });
  }
  return points;
}
