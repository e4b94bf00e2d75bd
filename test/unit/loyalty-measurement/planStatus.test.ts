import { describe, expect, it } from 'vitest';
import { measuredValueFor, planStatus } from '../../../exercises/loyalty-measurement/model/planStatus';
import { NO_MEASURED_VALUES, type MeasuredValues } from '../../../exercises/loyalty-measurement/model/followUp';

describe('a plan metric against its target and alarm level', () => {
  it('judges a higher-is-better metric (NPS: target 30, alarm 0)', () => {
    expect(planStatus(35, 30, 0, 'higher')).toBe('met');
    expect(planStatus(30, 30, 0, 'higher')).toBe('met');
    expect(planStatus(12, 30, 0, 'higher')).toBe('between');
    // The alarm level itself is where the owner acts.
    expect(planStatus(0, 30, 0, 'higher')).toBe('alarm');
    expect(planStatus(-8, 30, 0, 'higher')).toBe('alarm');
  });

  it('judges a lower-is-better metric (complaints: target 1 %, alarm 3 %)', () => {
    expect(planStatus(0.5, 1, 3, 'lower')).toBe('met');
    expect(planStatus(2, 1, 3, 'lower')).toBe('between');
    expect(planStatus(3, 1, 3, 'lower')).toBe('alarm');
  });

  it('says what it cannot judge', () => {
    expect(planStatus(null, 30, 0, 'higher')).toBe('notMeasured');
    expect(planStatus(12, 30, null, 'higher')).toBe('unknown');
    expect(planStatus(12, null, 0, 'higher')).toBe('unknown');
    expect(planStatus(-5, null, 0, 'higher')).toBe('alarm');
    expect(planStatus(40, 30, null, 'higher')).toBe('met');
  });
});

describe('a plan metric’s value in the unit its target is typed in', () => {
  const measured: MeasuredValues = { ...NO_MEASURED_VALUES, nps: { score: 12.5, answers: 400, promoters: 150, detractors: 100 }, csat: 0.71, retention: 0.8, repeatRate: 0.655, cohortRetention: 0.305 };
  it('writes shares as percentages and churn as the rest of retention', () => {
    expect(measuredValueFor('nps', measured)).toBe(12.5);
    expect(measuredValueFor('csat', measured)).toBeCloseTo(71, 10);
    expect(measuredValueFor('repeatRate', measured)).toBeCloseTo(65.5, 10);
    expect(measuredValueFor('retention', measured)).toBeCloseTo(80, 10);
    // 1 − 0.8 = 0.2 → 20 %.
    expect(measuredValueFor('churn', measured)).toBeCloseTo(20, 10);
    expect(measuredValueFor('cohortRetention', measured)).toBeCloseTo(30.5, 10);
  });
  it('reads cohort retention as step 5 does: the pooled cohorts in their sixth month, in %', () => {
    expect(measuredValueFor('cohortRetention', { ...measured, cohortRetention: 0.423 })).toBeCloseTo(42.3, 10);
    expect(measuredValueFor('cohortRetention', { ...measured, cohortRetention: null })).toBeNull();
  });
  it('leaves to the participant’s systems what the workbook does not measure', () => {
    expect(measuredValueFor('complaintRate', measured)).toBeNull();
    expect(measuredValueFor('shareOfWallet', measured)).toBeNull();
    expect(measuredValueFor('ces', measured)).toBeNull();
  });
});
