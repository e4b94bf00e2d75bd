import { describe, expect, it } from 'vitest';
import { fitByType, loyaltyFit, typeFit } from '../../../exercises/incentives/model/fit';

describe('fit of program types to a business', () => {
  it('a coffee chain (B2C, maturity, experience and price loyalty): tiers fit well, gamification and the discount are possible', () => {
    const business = { market: 'b2c', stage: 'maturity', loyaltyTypes: ['experience', 'price'] } as const;
    const fit = fitByType(business);
    // Tiers: B2C good, maturity good; loyalty: experience good, price poor → one each → possible.
    // Votes good, good, possible: two of three for, none against → good.
    expect(fit.tiers.level).toBe('good');
    expect(fit.tiers.reasons.map((reason) => [reason.factor, reason.level])).toEqual([
      ['market', 'good'],
      ['stage', 'good'],
      ['loyalty', 'good'],
      ['loyalty', 'poor'],
    ]);
    // Gamification: B2C good, maturity possible, loyalty possible (experience good, price poor): one of three → possible.
    expect(fit.gamification.level).toBe('possible');
    // Discount: B2C good, maturity possible; loyalty: price good, experience poor → possible: one of three → possible.
    expect(fit.discount.level).toBe('possible');
    // Gifts: B2C good, maturity possible, loyalty: experience good, price neither → good: two of three → good.
    expect(fit.gifts.level).toBe('good');
    expect(fit.gifts.reasons.find((reason) => reason.factor === 'loyalty' && reason.loyaltyType === 'price')?.why).toBeNull();
    // Partner privileges: B2C possible, maturity good, loyalty possible → one of three → possible.
    expect(fit.partnerPrivileges.level).toBe('possible');
  });

  it('a building-materials distributor (B2B, growth; channel, dispersed and price loyalty)', () => {
    const fit = fitByType({ market: 'b2b', stage: 'growth', loyaltyTypes: ['channel', 'dispersed', 'price'] });
    // Cashback: B2B good, growth possible; loyalty: dispersed good, price good, channel neither → good. Two of three → good.
    expect(fit.cashback.level).toBe('good');
    // Discount: B2B possible, growth possible; loyalty: price good, dispersed poor, channel neither → possible. → possible.
    expect(fit.discount.level).toBe('possible');
    // Coalition: B2B poor, growth possible; loyalty: channel poor → poor. Two against, none for → poor.
    expect(fit.coalition.level).toBe('poor');
    // Gamification: B2B poor, growth good; loyalty: price poor → poor. Two against one → poor.
    expect(fit.gamification.level).toBe('poor');
    // Tiers: B2B good, growth possible; loyalty: dispersed good, price poor → possible. One of three for → possible.
    expect(fit.tiers.level).toBe('possible');
    // Gifts: B2B good, growth good; loyalty neither way for all three → possible. Two of three → good.
    expect(fit.gifts.level).toBe('good');
  });

  it('one poor vote keeps a type from good even when the others are for it', () => {
    // Points: B2C good, growth good, but decline is poor: B2C good + decline poor → one each → possible.
    expect(typeFit('points', { market: 'b2c', stage: 'decline', loyaltyTypes: [] }).level).toBe('possible');
    // Tiers with B2B good, maturity good and price loyalty poor: two for, one against → possible, not good.
    expect(typeFit('tiers', { market: 'b2b', stage: 'maturity', loyaltyTypes: ['price'] }).level).toBe('possible');
  });

  it('knows nothing until something is chosen, and judges on what is', () => {
    expect(typeFit('discount', { market: null, stage: null, loyaltyTypes: [] })).toEqual({ level: null, reasons: [] });
    // Only the market: one vote. Coalition in B2B is poor.
    expect(typeFit('coalition', { market: 'b2b', stage: null, loyaltyTypes: [] }).level).toBe('poor');
    // Only the stage: gifts at introduction are good.
    expect(typeFit('gifts', { market: null, stage: 'introduction', loyaltyTypes: [] }).level).toBe('good');
  });

  it('counts the loyalty types as one vote, so ticking many cannot outvote market and stage', () => {
    // Paid membership: B2C good, maturity good; channel good, function good, changing poor, intermittent poor,
    // brand neither → two for, two against → the loyalty vote is possible; votes good, good, possible → good.
    const fit = typeFit('paidMembership', { market: 'b2c', stage: 'maturity', loyaltyTypes: ['brand', 'channel', 'function', 'intermittent', 'changing'] });
    expect(fit.level).toBe('good');
    expect(fit.reasons.filter((reason) => reason.factor === 'loyalty')).toHaveLength(5);
  });

  it('reads a loyalty type’s lists', () => {
    expect(loyaltyFit('discount', 'price')).toBe('good');
    expect(loyaltyFit('discount', 'experience')).toBe('poor');
    expect(loyaltyFit('points', 'experience')).toBe('possible');
  });
});
