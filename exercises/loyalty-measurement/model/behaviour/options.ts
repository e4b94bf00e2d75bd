import type { BehaviourSettings, BusinessProfile } from '../../state';
import { suggestedRetentionPeriod } from '../recommend';
import type { BehaviourOptions } from './types';

/** The settings as the analysis takes them: the period decided (the suggestion from the purchase cycle when the participant chose none). */
export function behaviourOptions(state: { behaviour: BehaviourSettings; business: Pick<BusinessProfile, 'purchaseCycleDays' | 'longLifeCycle'> }): BehaviourOptions {
  const { period, ...rest } = state.behaviour;
  return { ...rest, period: period ?? suggestedRetentionPeriod(state.business) };
}

/** "Today" for the demo retailer: never before its last day, so a seminar held earlier does not see its story as future sales (ISO days compare as text). */
export function demoDay(today: string, demoLastDay: string): string {
  return today > demoLastDay ? today : demoLastDay;
}
