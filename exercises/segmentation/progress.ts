import type { StepDoneContext } from '../../src/workbook/contract';
import { SALES_SPEC_ID } from './inputs';
import type { SegmentationState } from './state';

type Done = (state: SegmentationState, context: StepDoneContext) => boolean;

const ownSales = (context: StepDoneContext) => context.datasets.has(SALES_SPEC_ID);

/**
 * When each step's work is done (StepDefinition.done). Data counts once the participant's own sales are in; the
 * criteria and segments once seen on them; profiles once seen; targets once at least one segment is a target with
 * a strategy.
 */
export const segmentationStepsDone = {
  data: (_state, context) => ownSales(context),
  criteria: (state, context) => context.visited && ownSales(context) && state.criteria.chosen.length > 0,
  segments: (_state, context) => context.visited && ownSales(context),
  profiles: (_state, context) => context.visited && ownSales(context),
  targets: (state, context) => context.visited && Object.values(state.targets).some((target) => target.target && target.strategy !== null),
} satisfies Record<string, Done>;
