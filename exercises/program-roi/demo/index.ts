import { DEFAULT_EVALUATION_SETTINGS, type RoiState } from '../state';
import { DEMO_EVALUATION_LAUNCH } from './evaluationLaunch';
import { DEMO_DISCOUNT, DEMO_PROGRAM_INPUTS } from './programDemo';

/**
 * The expected uplift is below the +50 % the seminar's example discount needs, so the demo opens on
 * the typical mistake: a discount that looks attractive and loses money.
 */
const DEMO_EXPECTED_VOLUME_CHANGE = 0.3;

/** What the exercise opens with when the participant has entered nothing. */
export function demoRoiState(): RoiState {
  return {
    discount: { margin: DEMO_DISCOUNT.margin, discount: DEMO_DISCOUNT.discount, expectedVolumeChange: DEMO_EXPECTED_VOLUME_CHANGE },
    program: { ...DEMO_PROGRAM_INPUTS },
    scenarios: null,
    evaluation: { ...DEFAULT_EVALUATION_SETTINGS, launchDate: DEMO_EVALUATION_LAUNCH },
    programSource: null,
    conclusions: { decision: 'undecided', notes: '', nextSteps: '' },
  };
}

export { blankRoiState } from './blank';
