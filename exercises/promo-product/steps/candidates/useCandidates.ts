import { useMemo } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import { candidatesAnalysis } from '../../analysis/candidatesSource';
import type { CandidateFigures } from '../../analysis/candidatesAnalysis';
import { rankByWeights, scoreParts, type CandidateRanking } from '../../model/promo';
import type { PromoProductState } from '../../state';
import { useReceipts, type ReceiptsOrigin } from '../shared/useReceipts';
import { chosenPromo, type ChosenPromo } from './chosenPromo';

export type CandidatesView =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'unreadable' }
  | { kind: 'failed'; message: string }
  | { kind: 'noReceipts' }
  | { kind: 'ready'; figures: CandidateFigures; ranking: CandidateRanking; chosen: ChosenPromo };

/**
 * The step's figures: the worker's per-product table (kept while a rerun for another chosen product computes),
 * ranked here with the participant's weights, and the chosen product's promotion.
 */
export function useCandidates(state: PromoProductState): { origin: ReceiptsOrigin; view: CandidatesView } {
  const { origin, request } = useReceipts(state);
  const analysis = useAnalysis(candidatesAnalysis, request === null ? null : { receipts: request, chosen: state.promo.chosen });
  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  const figures = latest?.kind === 'ready' ? latest.figures : null;
  const { weights, assumedMargin } = state.promo;
  // The places among the products change with the receipts and the assumed margin, not with the weights.
  const parts = useMemo(() => (figures === null ? null : scoreParts(figures.items, assumedMargin === null ? null : assumedMargin / 100)), [figures, assumedMargin]);
  const ranking = useMemo(() => (parts === null ? null : rankByWeights(parts, weights)), [parts, weights]);
  const chosen = useMemo(() => (figures === null ? null : chosenPromo(figures, state.promo, state.priceIndicators)), [figures, state.promo, state.priceIndicators]);

  if (request === null) return { origin, view: { kind: 'none' } };
  if (analysis.status === 'failed') return { origin, view: { kind: 'failed', message: analysis.message } };
  if (latest?.kind === 'receiptsUnreadable') return { origin, view: { kind: 'unreadable' } };
  if (latest?.kind === 'noReceipts') return { origin, view: { kind: 'noReceipts' } };
  if (figures === null || ranking === null || chosen === null) return { origin, view: { kind: 'loading' } };
  return { origin, view: { kind: 'ready', figures, ranking, chosen } };
}
