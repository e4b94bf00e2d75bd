/**
 * The chosen product's promotion from the worker's figures and the participant's inputs (state.promo, typed as
 * percentages): what the step, its reading and the export all show. Pure, no React.
 */
import type { CandidateFigures } from '../../analysis/candidatesAnalysis';
import { marginRateOf, type CandidateFactors } from '../../model/promo';
import { haloOf, promoEconomics, type Halo, type PromoEconomics, type PromoInputs } from '../../model/promoEconomics';
import type { PromoSettings } from '../../state';

export type ChosenPromo =
  | { kind: 'none' }
  /** The figures on screen were computed for another choice; the new one's are on their way. */
  | { kind: 'pending'; label: string }
  /** The chosen label is not among these receipts' items (another file, level or merge). */
  | { kind: 'missing'; label: string }
  /** Neither the data nor the participant gives the product's margin. */
  | { kind: 'noMargin'; label: string; factors: CandidateFactors; indicator: boolean }
  | {
      kind: 'ready';
      label: string;
      factors: CandidateFactors;
      indicator: boolean;
      margin: number;
      marginAssumed: boolean;
      halo: Halo | null;
      inputs: PromoInputs;
      economics: PromoEconomics;
    };

const share = (percent: number) => percent / 100;

export function chosenPromo(figures: CandidateFigures, promo: PromoSettings, priceIndicators: readonly string[]): ChosenPromo {
  if (promo.chosen === null) return { kind: 'none' };
  const label = promo.chosen;
  if (figures.chosenLabel !== label) return { kind: 'pending', label };
  if (figures.chosen === null || figures.chosen === 'missing') return { kind: 'missing', label };
  const factors = figures.items[figures.chosen.index];
  if (!factors) return { kind: 'missing', label };
  const indicator = priceIndicators.includes(label);
  const assumedMargin = promo.assumedMargin === null ? null : share(promo.assumedMargin);
  const { rate, assumed } = marginRateOf(factors, assumedMargin);
  if (rate === null) return { kind: 'noMargin', label, factors, indicator };
  const halo = haloOf(factors.receipts, figures.receiptCount, figures.chosen.companions, figures.items, assumedMargin);
  const inputs: PromoInputs = {
    margin: rate,
    discount: share(promo.discount),
    receipts: factors.receipts,
    revenuePerReceipt: factors.revenue === null || factors.receipts === 0 ? null : factors.revenue / factors.receipts,
    haloPerReceipt: halo?.perReceipt ?? null,
    haloShare: share(promo.haloShare),
    expectedVolumeChange: promo.expectedVolumeChange === null ? null : share(promo.expectedVolumeChange),
  };
  return { kind: 'ready', label, factors, indicator, margin: rate, marginAssumed: assumed, halo, inputs, economics: promoEconomics(inputs) };
}
