import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/data/seededRandom';
import { answersForMargin, countNps, npsDifference, npsGroup, npsResult } from '../../../exercises/loyalty-measurement/model/nps';

describe('NPS (METHODS.md, Loyalty measurement)', () => {
  it('classifies by the answer value: 9–10 promoter, 7–8 passive, 0–6 detractor', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
    expect(countNps([10, 9, 8, 7, 6, 0, 3])).toEqual({ promoters: 2, passives: 2, detractors: 3 });
  });

  it('the worked case: n = 200, 90 P, 50 passives, 60 D → plain 15.0 ± 11.8, adjusted 14.8 ± 11.7', () => {
    const result = npsResult({ promoters: 90, passives: 50, detractors: 60 });
    if (result === null) throw new Error('no result');
    // p = 90/200 = 0.45, d = 60/200 = 0.30 → NPS = 100 × 0.15 = 15
    expect(result.score).toBeCloseTo(15, 10);
    // Var = 0.45 + 0.30 − 0.15² = 0.7275; 1.96 × sqrt(0.7275 / 200) = 1.96 × 0.060311 = 0.11821 → 11.8 points
    expect(result.variance).toBeCloseTo(0.7275, 10);
    expect(result.plain.margin.toFixed(1)).toBe('11.8');
    expect(result.plain.centre.toFixed(1)).toBe('15.0');
    // Adjusted: n = 203, P = 90.75, D = 60.75 → p = 0.447044, d = 0.299261, centre = 14.778
    // Var = 0.746305 − 0.147783² = 0.724465; 1.96 × sqrt(0.724465 / 203) = 1.96 × 0.059739 = 0.117089 → 11.7
    expect(result.adjusted.centre.toFixed(1)).toBe('14.8');
    expect(result.adjusted.margin.toFixed(1)).toBe('11.7');
    expect(result.adjusted.low).toBeCloseTo(result.adjusted.centre - result.adjusted.margin, 10);
    // Shares beside the score: 45 %, 25 %, 30 %.
    expect([result.promoterShare, result.passiveShare, result.detractorShare]).toEqual([0.45, 0.25, 0.3]);
  });

  it('has no score without answers', () => {
    expect(npsResult({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });

  it('keeps the interval inside −100…100 when everyone is a promoter', () => {
    // Adjusted: p = 5.75/8 = 0.71875, d = 0.75/8 = 0.09375 → centre 62.5; the margin 45.0 would reach 107.5.
    const result = npsResult({ promoters: 5, passives: 0, detractors: 0 });
    expect(result?.score).toBe(100);
    expect(result?.adjusted.centre).toBeCloseTo(62.5, 10);
    expect(result?.adjusted.high).toBe(100);
  });

  it('answers needed for a margin: worst case ±10 → 382, ±20 → 94', () => {
    // 1.96² × 1 / 0.1² − 3 = 384.16 − 3 = 381.16 → 382; 1.96² / 0.2² − 3 = 96.04 − 3 = 93.04 → 94
    expect(answersForMargin(10)).toBe(382);
    expect(answersForMargin(20)).toBe(94);
    // With the measured variance 0.7275 and ±5: 3.8416 × 0.7275 / 0.0025 − 3 = 1117.91 − 3 = 1114.91 → 1115
    expect(answersForMargin(5, 0.7275)).toBe(1115);
  });

  it('compares two waves: SE = sqrt(Var1/n1 + Var2/n2)', () => {
    // Wave 1 = the worked case (NPS 15, Var 0.7275, n 200). Wave 2: n = 200, 110 P, 50 passives, 40 D → NPS 35,
    // Var = 0.55 + 0.20 − 0.35² = 0.6275. SE = sqrt(0.7275/200 + 0.6275/200) = sqrt(0.006775) = 0.082310 → 8.231 points.
    // Difference 20 ± 1.96 × 8.231 = 20 ± 16.13 → 3.87 … 36.13: significant.
    const difference = npsDifference({ promoters: 90, passives: 50, detractors: 60 }, { promoters: 110, passives: 50, detractors: 40 });
    expect(difference?.difference).toBeCloseTo(20, 10);
    expect(difference?.standardError).toBeCloseTo(8.231, 3);
    expect(difference?.low).toBeCloseTo(3.867, 2);
    expect(difference?.significant).toBe(true);
    // 15 → 20 on the same samples: 5 ± 16 is not a change.
    expect(npsDifference({ promoters: 90, passives: 50, detractors: 60 }, { promoters: 95, passives: 50, detractors: 55 })?.significant).toBe(false);
    expect(npsDifference({ promoters: 0, passives: 0, detractors: 0 }, { promoters: 1, passives: 0, detractors: 0 })).toBeNull();
  });

  it('property: score in [−100, 100], both intervals contain their centre, the margin shrinks with n', () => {
    const random = seededRandom(13);
    for (let run = 0; run < 500; run++) {
      const promoters = random.integer(0, 300);
      const passives = random.integer(0, 300);
      const detractors = random.integer(0, 300);
      const result = npsResult({ promoters, passives, detractors });
      if (result === null) continue;
      expect(result.score).toBeGreaterThanOrEqual(-100);
      expect(result.score).toBeLessThanOrEqual(100);
      for (const interval of [result.plain, result.adjusted]) {
        expect(interval.low).toBeLessThanOrEqual(interval.centre);
        expect(interval.high).toBeGreaterThanOrEqual(interval.centre);
        expect(interval.low).toBeGreaterThanOrEqual(-100);
        expect(interval.high).toBeLessThanOrEqual(100);
      }
      // The same shares from four times the answers: the margin halves (plain) and never grows (adjusted).
      const larger = npsResult({ promoters: promoters * 4, passives: passives * 4, detractors: detractors * 4 });
      if (larger === null) throw new Error('no result');
      expect(larger.plain.margin).toBeCloseTo(result.plain.margin / 2, 8);
      expect(larger.adjusted.margin).toBeLessThan(result.adjusted.margin);
    }
    const factor = random.integer(2, 5);
    expect(answersForMargin(10 / factor)).toBeGreaterThan(answersForMargin(10));
  });
});
