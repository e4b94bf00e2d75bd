import { describe, expect, it } from 'vitest';
import { baselineFrom, compareWithBaseline, measuredNothing, npsChange, NO_MEASURED_VALUES, sameAsBaseline, type MeasuredValues } from '../../../exercises/loyalty-measurement/model/followUp';

const firstWave = { score: 15, answers: 200, promoters: 90, detractors: 60 };
const laterWave = { score: 30, answers: 300, promoters: 150, detractors: 60 };

describe('the NPS change between two waves', () => {
  it('weighs the move against both samples’ noise', () => {
    // Wave 1: p = 0.45, d = 0.30, Var = 0.45 + 0.30 − 0.15² = 0.7275.
    // Wave 2: p = 0.50, d = 0.20, Var = 0.50 + 0.20 − 0.30² = 0.61.
    // SE = √(0.7275 / 200 + 0.61 / 300) = √0.0056708 = 0.075305; margin = 1.96 × 0.075305 × 100 = 14.76 points.
    const change = npsChange(firstWave, laterWave);
    expect(change?.change).toBeCloseTo(15, 10);
    expect(change?.margin).toBeCloseTo(14.76, 2);
    // 15 > 14.76: just outside the noise.
    expect(change?.significant).toBe(true);
  });

  it('calls a smaller move noise', () => {
    // Same samples, wave 2 at P = 140: score 100 × (140 − 60) / 300 = 26.67, p = 0.4667, d = 0.2,
    // Var = 0.6667 − 0.2667² = 0.5956; SE = √(0.0036375 + 0.0019852) = 0.074985; margin 14.70 > 11.67.
    const change = npsChange(firstWave, { score: (100 * 80) / 300, answers: 300, promoters: 140, detractors: 60 });
    expect(change?.change).toBeCloseTo(11.67, 2);
    expect(change?.margin).toBeCloseTo(14.7, 1);
    expect(change?.significant).toBe(false);
  });

  it('has no interval for a wave without answers', () => {
    expect(npsChange(firstWave, { score: 0, answers: 0, promoters: 0, detractors: 0 })).toBeNull();
  });
});

describe('the follow-up against the first measurement', () => {
  const first: MeasuredValues = { nps: firstWave, csat: 0.7, ces: 5.1, repeatRate: 0.62, retention: 0.8, cohortRetention: 0.31, frequency: 1.4, averageCheck: 1900, customers: 850 };

  it('keeps the values with their date and compares each figure in its own unit', () => {
    const baseline = baselineFrom(first, '2026-10-01');
    expect(baseline.recordedAt).toBe('2026-10-01');
    const rows = compareWithBaseline(baseline, { ...first, nps: laterWave, csat: 0.75, repeatRate: null });
    const byFigure = Object.fromEntries(rows.map((row) => [row.figure, row]));
    expect(byFigure.nps?.change).toBe(15);
    expect(byFigure.nps?.nps?.significant).toBe(true);
    expect(byFigure.csat?.change).toBeCloseTo(0.05, 10);
    // A figure measured once only has no change.
    expect(byFigure.repeatRate).toMatchObject({ first: 0.62, now: null, change: null });
    expect(byFigure.customers?.change).toBe(0);
  });

  it('keeps cohort retention in the baseline too, so the follow-up compares it with the next sales file', () => {
    expect(baselineFrom(first, '2026-10-01').cohortRetention).toBe(0.31);
  });

  it('knows when no figure at all is measured, and a single one is enough to record', () => {
    expect(measuredNothing(NO_MEASURED_VALUES)).toBe(true);
    expect(measuredNothing({ ...NO_MEASURED_VALUES, cohortRetention: 0.4 })).toBe(false);
    expect(measuredNothing(first)).toBe(false);
  });

  it('tells when nothing new was measured since', () => {
    const baseline = baselineFrom(first, '2026-10-01');
    expect(sameAsBaseline(baseline, first)).toBe(true);
    expect(sameAsBaseline(baseline, { ...first, nps: laterWave })).toBe(false);
    expect(sameAsBaseline(baselineFrom(NO_MEASURED_VALUES, '2026-10-01'), NO_MEASURED_VALUES)).toBe(true);
  });
});

describe('the values the follow-up keeps, from the survey and the sales', () => {
  it('reads cohort retention at month 6 of the pooled cohorts, and nothing from sales that are missing', async () => {
    const { measuredValues } = await import('../../../exercises/loyalty-measurement/model/followUp');
    const { COHORT_RETENTION_MONTH } = await import('../../../exercises/loyalty-measurement/model/behaviour');
    const { analyseBehaviour, behaviourSalesFromRows } = await import('../../../exercises/loyalty-measurement/model/behaviour');
    expect(COHORT_RETENTION_MONTH).toBe(6);
    // Two customers first buying in February 2025 (after the data's first month, January, which is left out of the
    // pooled cohorts): A buys again 6 months later (August), B never does → cohort retention at month 6 = 1 / 2.
    const rows = [
      { customer: 'Z', date: '2025-01-10', amount: 100 },
      { customer: 'A', date: '2025-02-03', amount: 100 },
      { customer: 'B', date: '2025-02-04', amount: 100 },
      { customer: 'A', date: '2025-08-05', amount: 100 },
      { customer: 'Z', date: '2025-09-30', amount: 100 },
    ];
    const result = analyseBehaviour(behaviourSalesFromRows(rows), { period: 'month', windowFrom: null, windowTo: null, lapseFactor: 3, oneTimeLapseDays: 180, countRowsAsPurchases: false }, '2025-10-01');
    if (result.kind !== 'ready') throw new Error(result.kind);
    const scores = { answers: 0, nps: null, csat: null, ces: null, attitude: null };
    expect(measuredValues(scores, result.figures).cohortRetention).toBe(0.5);
    expect(measuredValues(scores, null)).toEqual(NO_MEASURED_VALUES);
  });
});
