import { DEFAULT_EVALUATION_SETTINGS, type RoiState } from '../state';

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
