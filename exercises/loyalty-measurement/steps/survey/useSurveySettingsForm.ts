import { useMemo } from 'react';
import type { StepProps } from '../../../../src/workbook/contract';
import { numberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import type { LoyaltyState } from '../../state';

const codecs = {
  targetMargin: numberCodec({ min: 0.5, max: 100 }),
  minSegmentAnswers: numberCodec({ min: 2, max: 100_000, integer: true }),
};

/** The two numbers the results are read with: the margin the sample-size helper plans for, the segment threshold. */
export function useSurveySettingsForm(state: LoyaltyState, update: StepProps<LoyaltyState>['update']) {
  const { targetMargin, minSegmentAnswers } = state.survey;
  const values = useMemo(() => ({ targetMargin, minSegmentAnswers }), [targetMargin, minSegmentAnswers]);
  return useAutosaveForm({
    exerciseId: LOYALTY_EXERCISE_ID,
    formId: 'survey.settings',
    codecs,
    values,
    onValidChange: (patch) => update((current) => ({ ...current, survey: { ...current.survey, ...patch } })),
  });
}

export type SurveySettingsForm = ReturnType<typeof useSurveySettingsForm>;
