import { describe, expect, it } from 'vitest';
import { missingData, newPlanEntry, planEntryProblems, suggestedFrequency, withMetrics, withoutMetric } from '../../../exercises/loyalty-measurement/model/plan';
import { typeSharesSum } from '../../../exercises/loyalty-measurement/model/meaning';
import { businessProfile, planEntry } from '../../builders/loyalty';

const monthly = businessProfile({ model: 'b2c', purchaseCycleDays: 30, identification: 'card', dataAvailable: ['sales', 'surveys'] });

describe('plan lines', () => {
  it('a new line has empty texts and the frequency of the retention period for period figures', () => {
    expect(newPlanEntry('retention', monthly)).toEqual({ metric: 'retention', source: '', method: '', frequency: 'monthly', owner: '', target: null, alarm: null });
    expect(suggestedFrequency('retention', { ...monthly, purchaseCycleDays: 100 })).toBe('quarterly');
    expect(suggestedFrequency('churn', { ...monthly, purchaseCycleDays: 200 })).toBe('yearly');
    // Not a period figure: the catalogue's default.
    expect(suggestedFrequency('nps', monthly)).toBe('quarterly');
  });

  it('adds metrics without duplicating the ones already planned, which keep what was typed', () => {
    const typed = planEntry({ metric: 'nps', owner: 'Анна', target: 40, alarm: 20, frequency: 'yearly' });
    const plan = withMetrics([typed], ['nps', 'csat', 'csat', 'retention'], monthly);
    expect(plan.map((entry) => entry.metric)).toEqual(['nps', 'csat', 'retention']);
    expect(plan[0]).toBe(typed);
    expect(withoutMetric(plan, 'csat').map((entry) => entry.metric)).toEqual(['nps', 'retention']);
  });
});

describe('plan line checks', () => {
  it('a higher-is-better metric: an alarm above the target is on the wrong side; equal or below is fine', () => {
    expect(planEntryProblems(planEntry({ metric: 'csat', target: 80, alarm: 85 }))).toEqual([{ kind: 'alarmWrongSide', direction: 'higher' }]);
    expect(planEntryProblems(planEntry({ metric: 'csat', target: 80, alarm: 80 }))).toEqual([]);
    expect(planEntryProblems(planEntry({ metric: 'csat', target: 80, alarm: 65 }))).toEqual([]);
  });

  it('a lower-is-better metric (complaints, churn): an alarm below the target is on the wrong side', () => {
    expect(planEntryProblems(planEntry({ metric: 'complaintRate', target: 1, alarm: 0.5 }))).toEqual([{ kind: 'alarmWrongSide', direction: 'lower' }]);
    expect(planEntryProblems(planEntry({ metric: 'complaintRate', target: 1, alarm: 3 }))).toEqual([]);
    expect(planEntryProblems(planEntry({ metric: 'churn', target: 10, alarm: 5 }))).toEqual([{ kind: 'alarmWrongSide', direction: 'lower' }]);
    // Effort is asked as ease (7 = very easy): its alarm sits below its target.
    expect(planEntryProblems(planEntry({ metric: 'ces', target: 6, alarm: 4.5 }))).toEqual([]);
  });

  it('a percentage outside 0–100 and an NPS outside −100…100; the bounds themselves are fine', () => {
    expect(planEntryProblems(planEntry({ metric: 'retention', target: 120, alarm: -5 }))).toEqual([
      { kind: 'outOfRange', field: 'target', min: 0, max: 100 },
      { kind: 'outOfRange', field: 'alarm', min: 0, max: 100 },
    ]);
    expect(planEntryProblems(planEntry({ metric: 'retention', target: 100, alarm: 0 }))).toEqual([]);
    expect(planEntryProblems(planEntry({ metric: 'nps', target: 30, alarm: -100 }))).toEqual([]);
    expect(planEntryProblems(planEntry({ metric: 'nps', target: 101 }))).toEqual([{ kind: 'outOfRange', field: 'target', min: -100, max: 100 }]);
    // Money has no upper bound.
    expect(planEntryProblems(planEntry({ metric: 'averageCheck', target: 1_000_000 }))).toEqual([]);
  });

  it('says which data a metric needs that step 1 said are missing', () => {
    expect(missingData('retention', { ...monthly, identification: 'none' })).toEqual(['ids']);
    expect(missingData('retention', { ...monthly, dataAvailable: [] })).toEqual(['sales']);
    expect(missingData('complaintRate', monthly)).toEqual(['complaints']);
    expect(missingData('nps', monthly)).toEqual([]);
  });

  it('says nothing is missing while step 1 is unanswered', () => {
    expect(missingData('complaintRate', businessProfile())).toEqual([]);
  });
});

describe('the sum of the loyalty type shares', () => {
  it('adds the estimated shares, leaving out the ones not estimated, and is null when none is', () => {
    const none = { brand: null, channel: null, function: null, price: null, experience: null, intermittent: null, changing: null, dispersed: null };
    expect(typeSharesSum(none)).toBeNull();
    // 15 + 25 + 10 = 50.
    expect(typeSharesSum({ ...none, brand: 15, price: 25, dispersed: 10 })).toBe(50);
  });

  it('reads seven shares of 11.1 and one of 22.3 as 100, not 99.99999999999999', () => {
    // 7 × 11.1 = 77.7; 77.7 + 22.3 = 100, which floating point adds up to 99.99999999999999.
    const shares = { brand: 11.1, channel: 11.1, function: 11.1, price: 11.1, experience: 11.1, intermittent: 11.1, changing: 11.1, dispersed: 22.3 };
    expect(typeSharesSum(shares)).toBe(100);
  });
});
