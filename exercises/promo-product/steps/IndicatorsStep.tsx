import type { StepProps } from '../../../src/workbook/contract';
import type { PromoProductState } from '../state';

/** Placeholder until the step's branch lands. */
export default function IndicatorsStep(_props: StepProps<PromoProductState>) {
  return <p className="explain">Indicators</p>;
}
