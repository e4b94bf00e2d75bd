import type { ProgramType } from '../../../src/results/programTypes';
import type { ChosenMechanic } from '../state';

/**
 * The checks of a chosen mechanic's parameters. The rules, each a reason the seminar gives:
 * - A reward is paid out of the gross margin: a reward rate at or above the margin gives away the whole profit of
 *   every rewarded sale ('rewardAboveMargin'); at half the margin or more ('rewardHalfMargin') a program paying it
 *   on sales that would have happened anyway cannot earn it back.
 * - Rewards that lapse before a customer's next purchases could add up are no reward: an expiry under
 *   SHORT_EXPIRY_MONTHS is flagged ('expiryShort'), for the participant to compare with how often customers buy
 *   (the state holds no purchase cycle, so the rule names the months and asks).
 * - Points and cashback that never lapse stay on the books as a liability ('noExpiry').
 * - Tiers and gifts are reached at a spend: without a threshold nobody knows what to aim at ('thresholdMissing');
 *   tiers without written rules cannot be explained to a customer ('rulesMissing').
 */
export const SHORT_EXPIRY_MONTHS = 3;
/** Share of the margin from which a reward needs a look. */
export const REWARD_MARGIN_WARNING = 0.5;

/** Types whose reward is a share of the purchase: the rate applies and is checked. */
export const REWARD_RATE_TYPES: readonly ProgramType[] = ['discount', 'points', 'tiers', 'cashback', 'coalition', 'partnerPrivileges'];
/** Types where rewards pile up and can lapse. */
export const ACCRUING_TYPES: readonly ProgramType[] = ['points', 'cashback', 'coalition'];
/** Types reached at a spend. */
export const THRESHOLD_TYPES: readonly ProgramType[] = ['tiers', 'gifts'];

export type MechanicFinding =
  | { code: 'rewardAboveMargin'; rewardRate: number; margin: number }
  | { code: 'rewardHalfMargin'; rewardRate: number; margin: number }
  | { code: 'rewardUnchecked' }
  | { code: 'rewardMissing' }
  | { code: 'expiryShort'; months: number }
  | { code: 'noExpiry' }
  | { code: 'thresholdMissing' }
  | { code: 'rulesMissing' };

export type FindingSeverity = 'danger' | 'warning' | 'info';

export const FINDING_SEVERITY: Record<MechanicFinding['code'], FindingSeverity> = {
  rewardAboveMargin: 'danger',
  rewardHalfMargin: 'warning',
  rewardUnchecked: 'info',
  rewardMissing: 'info',
  expiryShort: 'warning',
  noExpiry: 'info',
  thresholdMissing: 'warning',
  rulesMissing: 'info',
};

export function checkMechanic(mechanic: Pick<ChosenMechanic, 'type' | 'rewardRate' | 'threshold' | 'expiryMonths' | 'rules'>, margin: number | null): MechanicFinding[] {
  const findings: MechanicFinding[] = [];
  const { type, rewardRate } = mechanic;
  if (REWARD_RATE_TYPES.includes(type) || rewardRate !== null) {
    if (rewardRate === null) findings.push({ code: 'rewardMissing' });
    else if (margin === null || margin <= 0) findings.push({ code: 'rewardUnchecked' });
    else if (rewardRate >= margin) findings.push({ code: 'rewardAboveMargin', rewardRate, margin });
    else if (rewardRate >= margin * REWARD_MARGIN_WARNING) findings.push({ code: 'rewardHalfMargin', rewardRate, margin });
  }
  if (ACCRUING_TYPES.includes(type)) {
    if (mechanic.expiryMonths === null) findings.push({ code: 'noExpiry' });
    else if (mechanic.expiryMonths < SHORT_EXPIRY_MONTHS) findings.push({ code: 'expiryShort', months: mechanic.expiryMonths });
  } else if (mechanic.expiryMonths !== null && mechanic.expiryMonths < SHORT_EXPIRY_MONTHS) {
    findings.push({ code: 'expiryShort', months: mechanic.expiryMonths });
  }
  if (THRESHOLD_TYPES.includes(type) && mechanic.threshold === null) findings.push({ code: 'thresholdMissing' });
  if (type === 'tiers' && mechanic.rules.trim() === '') findings.push({ code: 'rulesMissing' });
  return findings;
}

/** A mechanic needs a look when a check is more than a note. */
export function needsLook(findings: readonly MechanicFinding[]): boolean {
  return findings.some((finding) => FINDING_SEVERITY[finding.code] !== 'info');
}

export function newMechanicId(): string {
  // Time plus a random tail: a deleted mechanic's id (and the drafts kept under it) is never handed out again.
  return `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export function newDiscountId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export function newMechanic(type: ProgramType): ChosenMechanic {
  return { id: newMechanicId(), type, rewardRate: null, threshold: null, expiryMonths: null, rules: '' };
}
