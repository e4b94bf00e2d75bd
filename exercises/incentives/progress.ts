import type { StepDoneContext } from '../../src/workbook/contract';
import { discountBreakEven } from '../../src/economics/discount';
import { rankProgramTypes } from './model/ranking';
import { LEVERS, type IncentivesState } from './state';

type Done = (state: IncentivesState, context: StepDoneContext) => boolean;

/**
 * When each step's work is done (StepDefinition.done): the program types once the market is set and at least three
 * types are scored in full; the levers once every lever is rated; the mechanics once one is chosen and every
 * discount entered can be checked against the margin.
 */
export const incentivesStepsDone = {
  types: (state) => state.market !== null && rankProgramTypes(state.scores).length >= 3,
  levers: (state) => LEVERS.every((lever) => state.levers[lever]?.rating !== null && state.levers[lever]?.rating !== undefined),
  mechanics: (state) =>
    state.mechanics.length > 0 &&
    state.margin !== null &&
    state.discounts.every((line) => line.discount !== null && discountBreakEven(state.margin ?? 0, line.discount).kind !== 'invalid'),
} satisfies Record<string, Done>;
