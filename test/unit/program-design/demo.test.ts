import { describe, expect, it } from 'vitest';
import { blankProgramDesignState, demoDistributorState, demoProgramDesignState } from '../../../exercises/program-design/demo';
import { programDesignStateSchema, MISTAKES, RULE_TOPICS } from '../../../exercises/program-design/state';
import { programDesignStepsDone } from '../../../exercises/program-design/progress';
import { missingFigures } from '../../../exercises/program-design/links';
import { tallyChecklist } from '../../../exercises/program-design/content/mistakes';

const seen = { visited: true, datasets: new Set<string>() };

describe('the worked demos of program design', () => {
  it.each([
    ['coffee-shop chain', demoProgramDesignState],
    ['B2B distributor', demoDistributorState],
  ])('the %s parses with the schema and completes every step', (_name, demo) => {
    const state = demo();
    expect(programDesignStateSchema.parse(state)).toEqual(state);
    expect(Object.values(programDesignStepsDone).map((done) => done(state, seen))).toEqual([true, true, true, true, true]);
    expect(missingFigures(state.economics)).toEqual([]);
    expect(RULE_TOPICS.filter((topic) => state.rules[topic].trim() === '')).toEqual([]);
    expect(MISTAKES.filter((mistake) => (state.mistakes[mistake]?.note ?? '').trim() === '')).toEqual([]);
  });

  it('the coffee chain is a B2C program in a mature market with points and tiers, two risks flagged', () => {
    const state = demoProgramDesignState();
    expect([state.market, state.stage]).toEqual(['b2c', 'maturity']);
    expect(state.mechanics.chosen.map((mechanic) => mechanic.type)).toEqual(['points', 'tiers']);
    expect(state.channel.throughPartners).toBe(false);
    expect(tallyChecklist(state.mistakes).flagged).toEqual(['rewardsOnBaseline', 'staffNotReady']);
    expect(state.economics).toMatchObject({ members: 12_000, participation: 0.45, averageCheck: 380, margin: 0.62, baselineRewardShare: 1, horizonMonths: 24 });
  });

  it('the distributor sells to businesses through partners whose side is written', () => {
    const state = demoDistributorState();
    expect(state.market).toBe('b2b');
    expect(state.channel.throughPartners).toBe(true);
    expect(state.channel.partnersSide).not.toBe('');
  });

  it('each call gives a fresh copy: editing one demo never changes the next', () => {
    const first = demoProgramDesignState();
    first.mechanics.chosen[0]!.rewardRate = 0.9;
    expect(demoProgramDesignState().mechanics.chosen[0]!.rewardRate).toBe(0.05);
    expect(programDesignStateSchema.parse(blankProgramDesignState()).mistakes).toEqual({});
  });
});
