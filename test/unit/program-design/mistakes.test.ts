import { describe, expect, it } from 'vitest';
import { blankProgramDesignState, demoProgramDesignState } from '../../../exercises/program-design/demo';
import { suggestMistakeAnswers, tallyChecklist, MANY_MECHANICS } from '../../../exercises/program-design/content/mistakes';
import type { DesignMechanic, ProgramDesignState } from '../../../exercises/program-design/state';
import { withMistake } from '../../../exercises/program-design/steps/mistakes/update';
import { marksAgainstSuggestions } from '../../../exercises/program-design/steps/mistakes/wording';

const mechanic = (id: string, type: DesignMechanic['type'], rewardRate: number | null, expiryMonths: number | null = null): DesignMechanic => ({
  id,
  type,
  rewardRate,
  threshold: null,
  expiryMonths,
  rules: '',
});

function design(change: (state: ProgramDesignState) => void): ProgramDesignState {
  const state = blankProgramDesignState();
  change(state);
  return state;
}

describe('suggestMistakeAnswers: what the design shows about the classic mistakes', () => {
  it('a blank design only shows that nothing is written: no figure in the goal, no communication rule, no way out', () => {
    expect(suggestMistakeAnswers(blankProgramDesignState())).toEqual({
      noExitForUnprofitable: { status: 'flagged', evidence: { kind: 'noWayOut' } },
      rulesChangedSilently: { status: 'flagged', evidence: { kind: 'communicationRuleMissing' } },
      noCommunication: { status: 'flagged', evidence: { kind: 'communicationRuleMissing' } },
      noMeasurement: { status: 'flagged', evidence: { kind: 'goalWithoutFigure' } },
    });
  });

  it('a mechanic rewarding at or above the margin flags "rewards eat the margin"', () => {
    // Margin 30 %, cashback 30 %: each purchase earns 0.30 − 0.30 = 0 before any other cost.
    const state = design((s) => {
      s.economics.margin = 0.3;
      s.mechanics.chosen = [mechanic('a', 'points', 0.05), mechanic('b', 'cashback', 0.3)];
    });
    expect(suggestMistakeAnswers(state).rewardAboveMargin).toEqual({
      status: 'flagged',
      evidence: { kind: 'rewardAtOrAboveMargin', mechanic: 'cashback', rate: 0.3, margin: 0.3 },
    });
  });

  it('the economics’ reward rate counts too, and below the margin it is answered with the volume it needs', () => {
    // m = 30 %, d = 10 % → d / (m − d) = 0.1 / 0.2 = +50 % volume (METHODS' example); the 5 % mechanic is lower.
    const state = design((s) => {
      s.economics.margin = 0.3;
      s.economics.rewardRate = 0.1;
      s.mechanics.chosen = [mechanic('a', 'points', 0.05)];
    });
    const suggestion = suggestMistakeAnswers(state).rewardAboveMargin;
    expect(suggestion?.status).toBe('answered');
    expect(suggestion?.evidence).toMatchObject({ kind: 'rewardBelowMargin', mechanic: null, rate: 0.1, margin: 0.3 });
    expect(suggestion?.evidence.kind === 'rewardBelowMargin' && suggestion.evidence.volumeNeeded).toBeCloseTo(0.5, 12);
  });

  it('no margin, or no reward rate, suggests nothing about the margin', () => {
    expect(suggestMistakeAnswers(design((s) => (s.mechanics.chosen = [mechanic('a', 'points', 0.9)]))).rewardAboveMargin).toBeUndefined();
    expect(suggestMistakeAnswers(design((s) => (s.economics.margin = 0.3))).rewardAboveMargin).toBeUndefined();
  });

  it('rewards on every usual purchase (baseline reward share 1) are flagged; a share below 1 is answered', () => {
    expect(suggestMistakeAnswers(design((s) => (s.economics.baselineRewardShare = 1))).rewardsOnBaseline).toEqual({
      status: 'flagged',
      evidence: { kind: 'allRewardsOnBaseline' },
    });
    expect(suggestMistakeAnswers(design((s) => (s.economics.baselineRewardShare = 0.6))).rewardsOnBaseline).toEqual({
      status: 'answered',
      evidence: { kind: 'partRewardsOnBaseline', share: 0.6 },
    });
  });

  it('a goal with a figure is measurable once an uplift is expected; without a figure it is flagged', () => {
    const withFigure = design((s) => (s.goalText = 'Visits from 3.2 to 3.5 a month'));
    expect(suggestMistakeAnswers(withFigure).noMeasurement).toBeUndefined();
    withFigure.economics.retentionUplift = 0.03;
    expect(suggestMistakeAnswers(withFigure).noMeasurement).toEqual({ status: 'answered', evidence: { kind: 'goalWithFigure' } });
    expect(suggestMistakeAnswers(design((s) => (s.goalText = 'More loyal customers'))).noMeasurement?.status).toBe('flagged');
  });

  it('tiers without a tier-change rule keep a status forever; an expiring reward is a way out', () => {
    const tiers = design((s) => (s.mechanics.chosen = [mechanic('t', 'tiers', 0.05)]));
    expect(suggestMistakeAnswers(tiers).noExitForUnprofitable?.evidence).toEqual({ kind: 'tierDowngradeMissing' });
    const expiring = design((s) => (s.mechanics.chosen = [mechanic('p', 'points', 0.05, 6)]));
    expect(suggestMistakeAnswers(expiring).noExitForUnprofitable).toBeUndefined();
  });

  it(`${MANY_MECHANICS} mechanics at once are flagged as too complex, three are not`, () => {
    const three = design((s) => (s.mechanics.chosen = ['a', 'b', 'c'].map((id) => mechanic(id, 'gifts', null))));
    expect(suggestMistakeAnswers(three).tooComplex).toBeUndefined();
    three.mechanics.chosen.push(mechanic('d', 'gifts', null));
    expect(suggestMistakeAnswers(three).tooComplex).toEqual({ status: 'flagged', evidence: { kind: 'manyMechanics', count: 4 } });
  });

  it('selling through partners without their side described flags the staff and the chain', () => {
    const state = design((s) => (s.channel.throughPartners = true));
    expect(suggestMistakeAnswers(state).staffNotReady).toEqual({ status: 'flagged', evidence: { kind: 'partnersSideMissing' } });
    state.channel.partnersSide = 'Sellers earn points on our products';
    expect(suggestMistakeAnswers(state).staffNotReady).toBeUndefined();
  });

  it('on the coffee demo: rewards on baseline flagged, the 8 % tier reward at a 62 % margin answered', () => {
    const suggestions = suggestMistakeAnswers(demoProgramDesignState('ru'));
    expect(Object.keys(suggestions).sort()).toEqual(['noMeasurement', 'rewardAboveMargin', 'rewardsOnBaseline']);
    expect(suggestions.rewardsOnBaseline?.status).toBe('flagged');
    // 0.08 / (0.62 − 0.08) = 0.08 / 0.54 = 0.1481…: members must buy 14.8 % more.
    expect(suggestions.rewardAboveMargin?.evidence).toMatchObject({ kind: 'rewardBelowMargin', mechanic: 'tiers', rate: 0.08 });
    expect(suggestions.rewardAboveMargin?.evidence.kind === 'rewardBelowMargin' && suggestions.rewardAboveMargin.evidence.volumeNeeded).toBeCloseTo(0.148148, 6);
  });
});

describe('the check-list’s marks', () => {
  it('tallies answered, flagged and unchecked in the list’s order', () => {
    const state = withMistake(withMistake(blankProgramDesignState(), 'noCommunication', { status: 'answered' }), 'tooComplex', { status: 'flagged' });
    const tally = tallyChecklist(state.mistakes);
    expect(tally.answered).toEqual(['noCommunication']);
    expect(tally.flagged).toEqual(['tooComplex']);
    expect(tally.unchecked).toHaveLength(8);
  });

  it('a note changed keeps the mark, and a mark changed keeps the note', () => {
    const marked = withMistake(blankProgramDesignState(), 'tooComplex', { status: 'flagged' });
    const noted = withMistake(marked, 'tooComplex', { note: 'Two rules only' });
    expect(noted.mistakes.tooComplex).toEqual({ status: 'flagged', note: 'Two rules only' });
    expect(withMistake(noted, 'tooComplex', { status: 'answered' }).mistakes.tooComplex).toEqual({ status: 'answered', note: 'Two rules only' });
  });

  it('a mark against the design’s suggestion is found; an unmarked mistake is not', () => {
    const state = withMistake(demoProgramDesignState('ru'), 'rewardsOnBaseline', { status: 'answered' });
    expect(marksAgainstSuggestions(state.mistakes, suggestMistakeAnswers(state))).toEqual(['rewardsOnBaseline']);
    const blank = blankProgramDesignState();
    expect(marksAgainstSuggestions(blank.mistakes, suggestMistakeAnswers(blank))).toEqual([]);
  });
});
