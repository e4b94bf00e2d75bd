import { blankLoyaltyState, demoLoyaltyState } from '../../exercises/loyalty-measurement/demo';
import type { BusinessProfile, LoyaltyMeaning, LoyaltyState, PlanEntry } from '../../exercises/loyalty-measurement/state';

/** A business profile: nothing answered, with the answers the test is about. */
export function businessProfile(overrides: Partial<BusinessProfile> = {}): BusinessProfile {
  return { ...blankLoyaltyState().business, ...overrides };
}

/** A plan line with empty texts, no frequency, target or alarm, but what the test sets. */
export function planEntry(overrides: Partial<PlanEntry> & Pick<PlanEntry, 'metric'>): PlanEntry {
  return { source: '', method: '', frequency: null, owner: '', target: null, alarm: null, ...overrides };
}

export interface LoyaltyOverrides {
  business?: Partial<BusinessProfile>;
  meaning?: Partial<LoyaltyMeaning>;
  plan?: PlanEntry[];
}

/** A loyalty-measurement state from its blank or demo start, with steps 1–3's parts replaced field by field. */
export function loyaltyState(overrides: LoyaltyOverrides = {}, start: 'blank' | 'demo' = 'blank'): LoyaltyState {
  const base = start === 'demo' ? demoLoyaltyState() : blankLoyaltyState();
  return {
    ...base,
    business: { ...base.business, ...overrides.business },
    meaning: { ...base.meaning, ...overrides.meaning },
    plan: overrides.plan ?? base.plan,
  };
}
