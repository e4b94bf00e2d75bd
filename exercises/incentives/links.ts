import type { IncentiveMechanics } from '../../src/results/incentiveMechanics';
import { rankProgramTypes, shortList } from './model/ranking';
import { fitLevels } from './model/fit';
import type { IncentivesState } from './state';

/** What the program design builds on: the short list and the chosen mechanics; none until one or the other exists. */
export function incentiveMechanics(state: IncentivesState): IncentiveMechanics | null {
  const list = shortList(rankProgramTypes(state.scores, fitLevels(state))).map((entry) => entry.type);
  if (list.length === 0 && state.mechanics.length === 0) return null;
  return {
    market: state.market,
    stage: state.stage,
    shortList: list,
    mechanics: state.mechanics.map(({ type, rewardRate, threshold, expiryMonths, rules }) => ({ type, rewardRate, threshold, expiryMonths, rules })),
  };
}
