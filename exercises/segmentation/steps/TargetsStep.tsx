import type { StepProps } from '../../../src/workbook/contract';
import type { SegmentationState } from '../state';

/** PLACEHOLDER — replaced by the step's helper. */
export default function TargetsStep(_props: StepProps<SegmentationState>) {
  return <p>Targets</p>;
}
