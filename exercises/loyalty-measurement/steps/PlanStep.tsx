import type { StepProps } from '../../../src/workbook/contract';
import type { LoyaltyState } from '../state';

// Under construction on its own branch: replaced whole by the step's implementation before the exercise ships.
export default function PlanStep(_props: StepProps<LoyaltyState>) {
  return <p>Plan</p>;
}
