import type { LoyaltyType } from '../state';

/**
 * The sum of the estimated type shares (in %), or null when none is estimated. Rounded to a hundredth: seven shares of 11.1 and one of 22.3
 * add up to 99.99999999999999 in binary floating point, and nobody estimates finer than that.
 */
export function typeSharesSum(shares: Readonly<Record<LoyaltyType, number | null>>): number | null {
  const entered = Object.values(shares).filter((share): share is number => share !== null);
  if (entered.length === 0) return null;
  return Math.round(entered.reduce((total, share) => total + share, 0) * 100) / 100;
}
