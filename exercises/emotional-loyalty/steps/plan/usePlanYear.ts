import { useState } from 'react';
import { mainPlanYear } from '../../model/rating';
import type { EmotionalState } from '../../state';

/** The calendar's year: the one most of the plan falls in when the step opens, then the participant's pick. */
export function usePlanYear(state: EmotionalState): [number, (year: number) => void] {
  const [picked, setPicked] = useState<number | null>(null);
  return [picked ?? mainPlanYear(state, new Date().getFullYear()), setPicked];
}
