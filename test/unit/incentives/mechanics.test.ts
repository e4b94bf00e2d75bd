import { describe, expect, it } from 'vitest';
import { checkMechanic, needsLook, newMechanic, newMechanicId } from '../../../exercises/incentives/model/mechanics';
import { moveItem, restoreItem } from '../../../exercises/incentives/steps/mechanics/listEdits';

const points = { type: 'points' as const, rewardRate: 0.05, threshold: null, expiryMonths: 12, rules: '' };

describe('checks of a chosen mechanic', () => {
  it('a reasonable points program at a 30 % margin has nothing to flag', () => {
    expect(checkMechanic(points, 0.3)).toEqual([]);
  });

  it('flags a reward rate at or above the margin as a danger', () => {
    expect(checkMechanic({ ...points, rewardRate: 0.3 }, 0.3)).toEqual([{ code: 'rewardAboveMargin', rewardRate: 0.3, margin: 0.3 }]);
    expect(needsLook(checkMechanic({ ...points, rewardRate: 0.35 }, 0.3))).toBe(true);
  });

  it('flags a reward at half the margin or more, but not just under it', () => {
    // 0.15 = 0.5 × 0.3: on the bound.
    expect(checkMechanic({ ...points, rewardRate: 0.15 }, 0.3).map((finding) => finding.code)).toEqual(['rewardHalfMargin']);
    expect(checkMechanic({ ...points, rewardRate: 0.14 }, 0.3)).toEqual([]);
  });

  it('cannot check a rate without a margin, and asks for a missing rate', () => {
    expect(checkMechanic(points, null).map((finding) => finding.code)).toEqual(['rewardUnchecked']);
    expect(checkMechanic({ ...points, rewardRate: null }, 0.3).map((finding) => finding.code)).toEqual(['rewardMissing']);
  });

  it('flags rewards that lapse in under 3 months, and notes points that never lapse', () => {
    expect(checkMechanic({ ...points, expiryMonths: 2 }, 0.3)).toEqual([{ code: 'expiryShort', months: 2 }]);
    expect(checkMechanic({ ...points, expiryMonths: 3 }, 0.3)).toEqual([]);
    expect(checkMechanic({ ...points, expiryMonths: null }, 0.3).map((finding) => finding.code)).toEqual(['noExpiry']);
    // A note is not a reason to look again.
    expect(needsLook(checkMechanic({ ...points, expiryMonths: null }, 0.3))).toBe(false);
  });

  it('asks tiers for a threshold and written rules', () => {
    const tiers = { type: 'tiers' as const, rewardRate: 0.05, threshold: null, expiryMonths: null, rules: ' ' };
    expect(checkMechanic(tiers, 0.3).map((finding) => finding.code)).toEqual(['thresholdMissing', 'rulesMissing']);
    expect(checkMechanic({ ...tiers, threshold: 15000, rules: 'Серебро от 15 000 ₽ за год' }, 0.3)).toEqual([]);
  });

  it('does not ask gamification for a reward rate', () => {
    expect(checkMechanic({ type: 'gamification', rewardRate: null, threshold: null, expiryMonths: null, rules: '' }, 0.3)).toEqual([]);
  });
});

describe('the list of mechanics', () => {
  it('gives every new mechanic an id of its own, empty parameters', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newMechanicId()));
    expect(ids.size).toBe(50);
    expect(newMechanic('cashback')).toMatchObject({ type: 'cashback', rewardRate: null, threshold: null, expiryMonths: null, rules: '' });
  });

  it('moves an item by one place and stays put at either end', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('puts a removed item back where it stood, or last when the list got shorter', () => {
    expect(restoreItem(['a', 'c'], { item: 'b', index: 1 })).toEqual(['a', 'b', 'c']);
    expect(restoreItem(['a'], { item: 'b', index: 3 })).toEqual(['a', 'b']);
  });
});
