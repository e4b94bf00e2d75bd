import { describe, expect, it } from 'vitest';
import { segmentMetrics, type SegmentTotals } from '../../../exercises/segmentation/model/profile';
import { suggestStrategy } from '../../../exercises/segmentation/steps/targets/suggestStrategy';

/** The whole base every case is measured against: 100 customers, 1,000,000 of revenue, 200,000 of margin (20 %). */
const total: SegmentTotals = { customers: 100, revenue: 1_000_000, margin: 200_000, orders: 1000, firstHalfRevenue: 500_000, secondHalfRevenue: 500_000, firstHalfActive: 80, retained: 60 };

function segment(figures: Partial<SegmentTotals>): SegmentTotals {
  return { customers: 10, revenue: 100_000, margin: 20_000, orders: 100, firstHalfRevenue: 50_000, secondHalfRevenue: 50_000, firstHalfActive: 10, retained: 7, ...figures };
}

const suggest = (figures: Partial<SegmentTotals>) => {
  const totals = segment(figures);
  return suggestStrategy(segmentMetrics(totals, total), totals);
};

describe('suggestStrategy', () => {
  it('wins back a valuable segment that is leaving', () => {
    // 10 customers (10 %) with 400,000 (40 %): 40 % ≥ 10 % and ≥ 1.5 × 10 %; retention 5 / 10 = 50 % < 60 %.
    expect(suggest({ revenue: 400_000, firstHalfActive: 10, retained: 5 })).toEqual({ strategy: 'winBack', reason: 'valuableLeaving' });
  });

  it('looks for look-alikes of a valuable, loyal segment that does not shrink', () => {
    // 40 % of revenue from 10 % of customers; retention 9 / 10 = 90 % ≥ 80 %; growth 210,000 / 190,000 − 1 = +10.5 % ≥ 0.
    expect(suggest({ revenue: 400_000, retained: 9, firstHalfRevenue: 190_000, secondHalfRevenue: 210_000 })).toEqual({ strategy: 'lookalikes', reason: 'valuableLoyal' });
  });

  it('retains a valuable segment that is neither leaving nor loyal enough to copy', () => {
    // 40 % of revenue from 10 %; retention 7 / 10 = 70 %: between 60 % and 80 %.
    expect(suggest({ revenue: 400_000, retained: 7 })).toEqual({ strategy: 'retain', reason: 'valuable' });
    // Loyal (90 %) but shrinking: 180,000 / 220,000 − 1 = −18 % < 0, so kept rather than copied.
    expect(suggest({ revenue: 400_000, retained: 9, firstHalfRevenue: 220_000, secondHalfRevenue: 180_000 })).toEqual({ strategy: 'retain', reason: 'valuable' });
  });

  it('does not call a big segment valuable when it only carries its headcount', () => {
    // 30 customers (30 %) with 300,000 (30 %): 30 % < 1.5 × 30 % = 45 %; margin 60,000 / 300,000 = 20 %; growth 0; 30 % ≥ 0.5 × 30 %.
    expect(suggest({ customers: 30, revenue: 300_000, margin: 60_000, firstHalfActive: 30, retained: 10 })).toEqual({ strategy: 'maintain', reason: 'steady' });
  });

  it('wins back a segment whose revenue falls, unless it is of low value', () => {
    // 10 customers (10 %) with 130,000 (13 %): 13 % < 1.5 × 10 %, not valuable; 13 % ≥ 0.5 × 10 %, not low value;
    // growth 40,000 / 90,000 − 1 = −55.6 % ≤ −20 %.
    expect(suggest({ revenue: 130_000, firstHalfRevenue: 90_000, secondHalfRevenue: 40_000 })).toEqual({ strategy: 'winBack', reason: 'falling' });
    // Growth 80,000 / 100,000 − 1 = −20 %: exactly at the threshold, still falling.
    expect(suggest({ firstHalfRevenue: 100_000, secondHalfRevenue: 80_000 })).toEqual({ strategy: 'winBack', reason: 'falling' });
    // Growth 85,000 / 100,000 − 1 = −15 %: above the threshold, steady.
    expect(suggest({ firstHalfRevenue: 100_000, secondHalfRevenue: 85_000 })).toEqual({ strategy: 'maintain', reason: 'steady' });
    // 20 customers (20 %) with 10,000 (1 %), falling by 90 %: low value (1 % < 10 %), served cheaper, not chased.
    expect(suggest({ customers: 20, revenue: 10_000, margin: 2_000, firstHalfRevenue: 9_000, secondHalfRevenue: 900 })).toEqual({ strategy: 'serveCheaper', reason: 'lowValue' });
  });

  it('serves a low-margin segment cheaper', () => {
    // 10 % of customers, 10 % of revenue (not 1.5 × 10 %); margin 5,000 / 100,000 = 5 % < 10 %.
    expect(suggest({ margin: 5_000 })).toEqual({ strategy: 'serveCheaper', reason: 'lowMargin' });
  });

  it('develops a small segment that grows', () => {
    // 10 % of revenue from 10 % of customers; margin 20 %; growth 60,000 / 40,000 − 1 = +50 % ≥ 10 %.
    expect(suggest({ firstHalfRevenue: 40_000, secondHalfRevenue: 60_000 })).toEqual({ strategy: 'develop', reason: 'growing' });
  });

  it('serves cheaper a segment that brings less than half its headcount', () => {
    // 20 customers (20 %) with 50,000 (5 %): 5 % < 0.5 × 20 % = 10 %; margin 10,000 / 50,000 = 20 %; growth 0.
    expect(suggest({ customers: 20, revenue: 50_000, margin: 10_000, firstHalfRevenue: 25_000, secondHalfRevenue: 25_000 })).toEqual({ strategy: 'serveCheaper', reason: 'lowValue' });
  });

  it('reads sales without margin or halves without those rules', () => {
    // No margin and a window under two months: margin rate, growth and retention are null; 10 % of both shares.
    expect(suggest({ margin: null, firstHalfRevenue: null, secondHalfRevenue: null, firstHalfActive: 0, retained: 0 })).toEqual({ strategy: 'maintain', reason: 'steady' });
    // Valuable (40 % from 10 %) with no retention to read: retained, not won back.
    expect(suggest({ revenue: 400_000, margin: null, firstHalfRevenue: null, secondHalfRevenue: null, firstHalfActive: 0, retained: 0 })).toEqual({ strategy: 'retain', reason: 'valuable' });
  });

  it('develops newcomers, small by nature, rather than serving them cheaper', () => {
    // 20 customers (20 %) with 5,000 (0.5 %): low value by share, but nobody bought in the older half
    // (firstHalfActive 0, first-half revenue 0): all new, so the task is a second purchase.
    expect(suggest({ customers: 20, revenue: 5_000, margin: 1_000, firstHalfRevenue: 0, secondHalfRevenue: 5_000, firstHalfActive: 0, retained: 0 })).toEqual({ strategy: 'develop', reason: 'newcomers' });
  });

  it('suggests nothing for a segment without customers', () => {
    expect(suggest({ customers: 0, revenue: 0, margin: 0, orders: 0, firstHalfRevenue: 0, secondHalfRevenue: 0, firstHalfActive: 0, retained: 0 })).toBeNull();
  });
});
