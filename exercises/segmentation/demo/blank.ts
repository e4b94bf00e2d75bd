import { starterRules } from '../content/starterRules';
import type { SegmentationState } from '../state';

/**
 * Nothing decided yet: the criteria any sales file gives, the starter rules, ABC and the inactivity threshold at
 * METHODS.md's defaults (80/95 %, k = 3), the window the last 12 months.
 */
export function blankSegmentationState(): SegmentationState {
  return {
    useDemoData: false,
    demoBusiness: 'distributor',
    period: { analysisDate: null, windowMonths: 12 },
    behaviour: { abcA: 80, abcB: 95, rfmBinning: 'quintiles', stageK: 3 },
    criteria: { chosen: ['abc', 'stage', 'rfm', 'tenure', 'frequency', 'region', 'channel'], bands: {} },
    segments: { mode: 'rules', rules: starterRules(), crossTab: { rows: 'abc', columns: 'stage' } },
    targets: {},
    conclusions: { notes: '' },
  };
}
