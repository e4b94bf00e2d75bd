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

/** "Start from scratch": every number empty, so nothing is computed until it is entered. */
export function blankRoiState(): RoiState {
  return {
    discount: { margin: null, discount: null, expectedVolumeChange: null },
    program: {
      members: null,
      participation: null,
      baselineFrequency: null,
      averageCheck: null,
      margin: null,
      baselineRetention: null,
      frequencyUplift: null,
      checkUplift: null,
      retentionUplift: null,
      rewardRate: null,
      breakage: null,
      baselineRewardShare: null,
      setupCost: null,
      monthlyFixedCost: null,
      monthlyCostPerMember: null,
      horizonMonths: null,
    },
    scenarios: null,
    evaluation: { ...DEFAULT_EVALUATION_SETTINGS },
    programSource: null,
    conclusions: { decision: 'undecided', notes: '', nextSteps: '' },
  };
}
