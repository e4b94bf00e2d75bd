import { useMemo } from 'react';
import type { LoyaltyState } from '../../state';
import { scoreResults } from '../../model/survey';
import { measuredValues, type MeasuredValues } from '../../model/followUp';
import { useSurveyData } from '../survey/useSurveyData';
import { useBehaviour } from '../behaviour/useBehaviour';

export interface Measurement {
  measured: MeasuredValues;
  /** A figure on screen comes from the demo retailer, not from the participant's own survey or sales. */
  usingDemo: boolean;
  /** The survey's files or the sales analysis are still being read: the figures would change in a moment. */
  loading: boolean;
}

/**
 * What the participant's data show now, read exactly as steps 4 and 5 read it (the same files, typed answers,
 * window and settings), so the first values here are the figures those steps show.
 */
export function useMeasuredValues(state: LoyaltyState): Measurement {
  const survey = useSurveyData(state, false);
  const behaviour = useBehaviour(state);
  return useMemo(() => {
    const scores = scoreResults(survey.answers);
    const figures = behaviour.view.kind === 'result' && behaviour.view.result.kind === 'ready' ? behaviour.view.result.figures : null;
    return {
      measured: measuredValues(scores, figures),
      usingDemo: survey.source === 'demo' || behaviour.source === 'demo',
      loading: survey.loading || behaviour.view.kind === 'loading',
    };
  }, [survey, behaviour]);
}
