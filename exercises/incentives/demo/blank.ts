import { emptyScores, type IncentivesState } from '../state';

/** "Start from scratch": nothing scored or chosen. */
export function blankIncentivesState(): IncentivesState {
  return { market: null, stage: null, loyaltyTypes: [], scores: emptyScores(), levers: {}, mechanics: [], margin: null, discounts: [], conclusions: { notes: '' } };
}
