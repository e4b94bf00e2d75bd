import { describe, expect, it } from 'vitest';
import { emptyScores, type TypeScore } from '../../../exercises/incentives/state';
import { rankingReasons, rankProgramTypes, shortList } from '../../../exercises/incentives/model/ranking';
import { typeFit } from '../../../exercises/incentives/model/fit';
import type { ProgramType } from '../../../src/results/programTypes';

const scored = (customerValue: number, affordability: number, simplicity: number): TypeScore => ({ customerValue, affordability, simplicity, note: '' });

function scores(entries: Partial<Record<ProgramType, TypeScore>>) {
  return { ...emptyScores(), ...entries };
}

describe('ranking program types', () => {
  it('ranks by total, leaves out a type with a missing score, and short-lists the best three of at least 9', () => {
    const ranked = rankProgramTypes(
      scores({
        points: scored(4, 4, 4), // 12
        tiers: scored(5, 3, 3), // 11
        gifts: scored(3, 4, 3), // 10
        cashback: scored(3, 2, 4), // 9
        coalition: scored(2, 2, 2), // 6
        discount: { customerValue: 5, affordability: null, simplicity: 5, note: '' },
      }),
    );
    expect(ranked.map((entry) => [entry.type, entry.total])).toEqual([
      ['points', 12],
      ['tiers', 11],
      ['gifts', 10],
      ['cashback', 9],
      ['coalition', 6],
    ]);
    expect(shortList(ranked).map((entry) => entry.type)).toEqual(['points', 'tiers', 'gifts']);
    expect(ranked[1]).toMatchObject({ strengths: ['customerValue'], weaknesses: [] });
    expect(ranked[4]).toMatchObject({ strengths: [], weaknesses: ['customerValue', 'affordability', 'simplicity'] });
  });

  it('without fit, breaks a tie by the value to customers, then by the seminar’s order', () => {
    const ranked = rankProgramTypes(scores({ gamification: scored(4, 3, 4), tiers: scored(5, 3, 3), discount: scored(4, 4, 3) }));
    // All three total 11: tiers has the most value to customers (5); discount and gamification (4 each) keep the seminar's order.
    expect(ranked.map((entry) => entry.type)).toEqual(['tiers', 'discount', 'gamification']);
  });

  it('with fit, puts the better-fitting type first among equal totals, before the value to customers', () => {
    const equal = scores({ discount: scored(4, 2, 5), cashback: scored(4, 3, 4), tiers: scored(3, 4, 4) });
    // All 11. Fit for a B2B distributor in growth with channel, dispersed and price loyalty (fit.test.ts): cashback good,
    // discount and tiers possible. Cashback first; then discount before tiers by the value to customers (4 > 3).
    const business = { market: 'b2b', stage: 'growth', loyaltyTypes: ['channel', 'dispersed', 'price'] } as const;
    const fit = { discount: typeFit('discount', business).level, cashback: typeFit('cashback', business).level, tiers: typeFit('tiers', business).level };
    expect(rankProgramTypes(equal, fit).map((entry) => entry.type)).toEqual(['cashback', 'discount', 'tiers']);
    // Without fit the same scores rank by value to customers: discount and cashback (4) in the seminar's order, tiers (3) last.
    expect(rankProgramTypes(equal).map((entry) => entry.type)).toEqual(['discount', 'cashback', 'tiers']);
  });

  it('never lets fit lift a lower total: the scores are the participant’s', () => {
    const ranked = rankProgramTypes(scores({ discount: scored(4, 4, 4), coalition: scored(3, 4, 4) }), { discount: 'poor', coalition: 'good' });
    expect(ranked.map((entry) => entry.type)).toEqual(['discount', 'coalition']);
  });

  it('gives a short-listed type its reasons: the criteria and what fits and speaks against it', () => {
    const [tiers] = rankProgramTypes(scores({ tiers: scored(5, 3, 2) }));
    const reasons = rankingReasons(tiers!, typeFit('tiers', { market: 'b2c', stage: 'maturity', loyaltyTypes: ['experience', 'price'] }));
    expect(reasons.strengths).toEqual(['customerValue']);
    expect(reasons.weaknesses).toEqual(['simplicity']);
    expect(reasons.fitLevel).toBe('good');
    expect(reasons.fitFor.map((reason) => reason.factor)).toEqual(['market', 'stage', 'loyalty']);
    expect(reasons.fitAgainst).toEqual([expect.objectContaining({ factor: 'loyalty', loyaltyType: 'price', level: 'poor' })]);
  });
});
