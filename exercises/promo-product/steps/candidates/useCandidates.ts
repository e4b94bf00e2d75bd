import { useMemo } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import { candidatesAnalysis } from '../../analysis/candidatesSource';
import type { CandidateFigures } from '../../analysis/candidatesAnalysis';
import { rankCandidates, type CandidateRanking } from '../../model/promo';
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
  const ranking = useMemo(() => (figures === null ? null : rankCandidates(figures.items, weights, assumedMargin === null ? null : assumedMargin / 100)), [figures, weights, assumedMargin]);
  const chosen = useMemo(() => (figures === null ? null : chosenPromo(figures, state.promo, state.priceIndicators)), [figures, state.promo, state.priceIndicators]);

  if (request === null) return { origin, view: { kind: 'none' } };
  if (analysis.status === 'failed') return { origin, view: { kind: 'failed', message: analysis.message } };
  if (latest?.kind === 'receiptsUnreadable') return { origin, view: { kind: 'unreadable' } };
  if (latest?.kind === 'noReceipts') return { origin, view: { kind: 'noReceipts' } };
  if (figures === null || ranking === null || chosen === null) return { origin, view: { kind: 'loading' } };
  return { origin, view: { kind: 'ready', figures, ranking, chosen } };
}
