import type { PromoProductState } from '../state';
import { blankPromoState } from './blank';

/**
 * The demo grocery store (README.md): its receipts stand in for the participant's, and milk, the product its
 * price image rests on, is already marked as a price indicator so step 4's warning has something to say. The
 * promo product and the bundles stay the participant's to choose.
 */
export function demoPromoState(): PromoProductState {
  return { ...blankPromoState(), useDemoData: true, priceIndicators: ['milk.classic'] };
}

export { blankPromoState };
