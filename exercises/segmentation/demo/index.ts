import type { SegmentationState } from '../state';
import { blankSegmentationState } from './blank';

/** The demo distributor (src/customers/DEMO.md), the same business customer base priorities opens on. */
export function demoSegmentationState(): SegmentationState {
  return { ...blankSegmentationState(), useDemoData: true };
}

export { blankSegmentationState };
