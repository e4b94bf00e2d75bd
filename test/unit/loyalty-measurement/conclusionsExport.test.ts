import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { demoLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { conclusionsSheets } from '../../../exercises/loyalty-measurement/export/conclusions';
import { NO_MEASURED_VALUES } from '../../../exercises/loyalty-measurement/model/followUp';

const context = { locale: 'en' as const, format: createFormatters('en', 'USD') };

describe('the follow-up sheet of the export', () => {
  it('lists the values now when no first measurement is recorded', () => {
    const [sheet] = conclusionsSheets(demoLoyaltyState(), { ...NO_MEASURED_VALUES, csat: 0.71 }, context);
    expect(sheet?.name).toBe('Follow-up');
    expect(sheet?.rows[0]).toEqual(['Figure', 'Now']);
    expect(sheet?.rows).toContainEqual(['CSAT (share of 4–5)', { value: 0.71, format: 'percent', decimals: 1 }]);
    expect(sheet?.rows).toContainEqual(['First measurement', 'not recorded']);
  });

  it('writes what moved, shares in points and NPS with its margin, as numbers', () => {
    const state = demoLoyaltyState();
    state.conclusions = {
      baseline: { recordedAt: '2026-06-01', nps: { score: 15, answers: 200, promoters: 90, detractors: 60 }, csat: 0.7, ces: null, repeatRate: null, retention: null, cohortRetention: null, frequency: null, averageCheck: null, customers: null },
      nextMeasurement: '2026-12-01',
      notes: 'Ask the shops',
    };
    // Now: 300 answers, 150 P and 60 D → NPS 30; margin 14.76 (followUp.test.ts).
    const [sheet] = conclusionsSheets(state, { ...NO_MEASURED_VALUES, nps: { score: 30, answers: 300, promoters: 150, detractors: 60 }, csat: 0.75 }, context);
    expect(sheet?.rows[0]).toEqual(['Figure', 'First (1 Jun 2026)', 'Now', 'Change', 'NPS margin, ± pts', 'Verdict']);
    const nps = sheet?.rows.find((row) => row[0] === 'NPS');
    expect(nps?.slice(0, 4)).toEqual([
      'NPS',
      { value: 15, format: 'decimal', decimals: 1 },
      { value: 30, format: 'decimal', decimals: 1 },
      { value: 15, format: 'decimal', decimals: 1, signed: true },
    ]);
    expect(nps?.[4]).toMatchObject({ format: 'decimal', decimals: 1 });
    expect(nps?.[5]).toBe('beyond the margin, a real change');
    const csat = sheet?.rows.find((row) => row[0] === 'CSAT (share of 4–5)');
    expect(csat?.[3]).toMatchObject({ format: 'percent', signed: true });
    expect(sheet?.rows).toContainEqual(['Date of the next measurement', new Date(2026, 11, 1)]);
    expect(sheet?.rows).toContainEqual(['Notes for yourself and the trainer', 'Ask the shops']);
  });
});
