import { DEFAULT_BUNDLE_DISCOUNT, DEFAULT_BUNDLE_THRESHOLDS } from '../model/bundles';
import type { PromoProductState } from '../state';

/** Nothing chosen yet; thresholds and weights at defaults that give a readable number of rules on a shop's receipts. */
export function blankPromoState(): PromoProductState {
  return {
    useDemoData: false,
    receipts: { level: 'product', merges: {}, excluded: [] },
    rules: { minSupport: 0.5, minConfidence: 30, minLift: 1.2, maxLength: 3, hideRedundant: true, sequenceDays: 14 },
    priceIndicators: [],
    promo: {
      weights: { penetration: 3, pull: 4, marginRoom: 2, frequency: 1 },
      chosen: null,
      discount: 15,
      expectedVolumeChange: null,
      assumedMargin: null,
      haloShare: 50,
    },
    bundles: [],
    bundleSearch: { minSupport: DEFAULT_BUNDLE_THRESHOLDS.minSupport * 100, minLift: DEFAULT_BUNDLE_THRESHOLDS.minLift, discount: DEFAULT_BUNDLE_DISCOUNT },
    switches: [],
    conclusions: { notes: '' },
  };
}
