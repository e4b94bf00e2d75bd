import { useMemo } from 'react';
import type { SurveySettings } from '../../model';
import { enabledItems, type Questionnaire } from '../../state';

/** The model's settings for the current questionnaire, stable while the scale and the enabled items stay. */
export function useSurveySettings(questionnaire: Questionnaire): SurveySettings {
  const items = enabledItems(questionnaire);
  const key = `${questionnaire.scale}|${items.join(',')}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the values, not on the array's identity
  return useMemo(() => ({ scale: questionnaire.scale, enabledItems: items }), [key]);
}
