import { beforeAll, describe, expect, it } from 'vitest';
import { exercises } from '../../../exercises';
import { blankIncentivesState } from '../../../exercises/incentives/demo';
import { incentiveMechanics } from '../../../exercises/incentives/links';
import { rankProgramTypes, shortList } from '../../../exercises/incentives/model/ranking';
import { emptyScores, type IncentivesState, type TypeScore } from '../../../exercises/incentives/state';
import { incentiveMechanicsKind } from '../../../src/results/incentiveMechanics';
import { readResult } from '../../../src/workbook/results';
import { exerciseEntry, loadOnDemandParts } from '../../builders';

const scored = (customerValue: number, affordability: number, simplicity: number): TypeScore => ({ customerValue, affordability, simplicity, note: '' });

function withScores(scores: Partial<IncentivesState['scores']>): IncentivesState {
  return { ...blankIncentivesState(), scores: { ...emptyScores(), ...scores } };
}

describe('incentives: the ranking of program types and what the program design reads', () => {
  beforeAll(() => loadOnDemandParts(exercises));

  it('ranks fully scored types by total, then by value to customers, then in the seminar’s order', () => {
    const state = withScores({
      // 4 + 4 + 3 = 11
      points: scored(4, 4, 3),
      // 5 + 3 + 3 = 11: same total, more value to customers, so first.
      tiers: scored(5, 3, 3),
      // 3 + 4 + 4 = 11, value 3: after both.
      cashback: scored(3, 4, 4),
      // 2 + 5 + 5 = 12: the best total.
      discount: scored(2, 5, 5),
      // 1 + 2 + 2 = 5: ranked, below the short list's floor.
      coalition: scored(1, 2, 2),
      // Missing a score: left out, not counted as zero.
      gifts: { customerValue: 5, affordability: null, simplicity: 5, note: '' },
    });
    const ranked = rankProgramTypes(state.scores);
    expect(ranked.map((entry) => [entry.type, entry.total])).toEqual([['discount', 12], ['tiers', 11], ['points', 11], ['cashback', 11], ['coalition', 5]]);
    expect(ranked[0]).toMatchObject({ strengths: ['affordability', 'simplicity'], weaknesses: ['customerValue'] });
    expect(shortList(ranked).map((entry) => entry.type)).toEqual(['discount', 'tiers', 'points']);
  });

  it('keeps a short list of fewer than three when fewer reach a middling total', () => {
    const ranked = rankProgramTypes(withScores({ points: scored(3, 3, 3), tiers: scored(3, 3, 2) }).scores);
    // 9 is the floor (a mean of 3); 8 is below it.
    expect(shortList(ranked).map((entry) => entry.type)).toEqual(['points']);
  });

  it('offers nothing until a type makes the short list or a mechanic is chosen, then the short list and the mechanics', () => {
    expect(incentiveMechanics(blankIncentivesState())).toBeNull();
    const state: IncentivesState = {
      ...withScores({ points: scored(4, 4, 4) }),
      market: 'b2c',
      stage: 'maturity',
      mechanics: [{ id: 'm1', type: 'points', rewardRate: 0.05, threshold: null, expiryMonths: 12, rules: '1 балл за 20 ₽' }],
    };
    expect(incentiveMechanics(state)).toEqual({
      market: 'b2c',
      stage: 'maturity',
      shortList: ['points'],
      mechanics: [{ type: 'points', rewardRate: 0.05, threshold: null, expiryMonths: 12, rules: '1 балл за 20 ₽' }],
    });
    const read = readResult(incentiveMechanicsKind, exercises, { incentives: exerciseEntry({ state, stateVersion: 1 }) });
    expect(read.status).toBe('ready');
  });
});
