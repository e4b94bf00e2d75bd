import type { StepDoneContext } from '../../src/workbook/contract';
import { SALES_SPEC_ID } from './inputs';
import type { CustomerBaseState } from './state';

type Done = (state: CustomerBaseState, context: StepDoneContext) => boolean;

const ownSales = (context: StepDoneContext) => context.datasets.has(SALES_SPEC_ID);

/**
 * When each step's work is done (StepDefinition.done). The results steps count once the participant's own sales
 * are in and the step was seen (a demo business standing in does not count); priorities count once the
 * participant has written what they will do in at least one direction.
 */
export const customerBaseStepsDone = {
  data: (_state, context) => ownSales(context),
  abcXyz: (_state, context) => context.visited && ownSales(context),
  rfm: (_state, context) => context.visited && ownSales(context),
  value: (_state, context) => context.visited && ownSales(context),
  matrices: (_state, context) => context.visited && ownSales(context),
  warnings: (_state, context) => context.visited && ownSales(context),
  priorities: (state, context) => context.visited && Object.values(state.priorities.actions).some((text) => text.trim() !== ''),
} satisfies Record<string, Done>;
