import type { StepDoneContext } from '../../src/workbook/contract';
import { RECEIPTS_SPEC_ID } from './inputs';
import type { PromoProductState } from './state';

type Done = (state: PromoProductState, context: StepDoneContext) => boolean;

const ownReceipts = (context: StepDoneContext) => context.datasets.has(RECEIPTS_SPEC_ID);

/**
 * When each step's work is done (StepDefinition.done). The results steps count once the participant's own
 * receipts are in and the step was seen (the demo store that stands in does not count); the decisions count
 * once taken: indicators marked, a promo product chosen with its discount, a bundle or a switch proposed.
 */
export const promoStepsDone = {
  receipts: (_state, context) => ownReceipts(context),
  indicators: (_state, context) => context.visited && ownReceipts(context),
  rules: (_state, context) => context.visited && ownReceipts(context),
  priceIndicators: (state) => state.priceIndicators.length > 0 && !state.useDemoData,
  candidates: (state) => state.promo.chosen !== null && state.promo.expectedVolumeChange !== null,
  bundles: (state) => state.bundles.length > 0 || state.switches.length > 0,
  conclusions: (state, context) => context.visited && state.promo.chosen !== null,
} satisfies Record<string, Done>;
