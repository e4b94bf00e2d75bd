import { buildCustomerBase } from '../../../src/customers/base';
import { packageBreaks, packageScores, quantileType7, quintileScores, rfmScores, rfmValues, scoreBands, type RfmValues } from '../../../src/customers/rfm';
import { salesLinesFromPlain } from '../../../src/customers/sales';

/*
 * Ten customers A…J, hand-scored. Recency in days, frequency in orders, monetary in money:
 *
 *        A     B      C    D    E     F    G     H    I    J
 *   R   40     3    200   10   40    90   10    25  120   40
 *   F    3    12      1    1    2     5    8     1    1    2
 *   M  900 10000    100  250 1200   600 3000   250  400 1500
 */
const IDS = 'ABCDEFGHIJ'.split('');
const TEN: RfmValues = {
  count: 10,
  recency: Int32Array.from([40, 3, 200, 10, 40, 90, 10, 25, 120, 40]),
  frequency: Int32Array.from([3, 12, 1, 1, 2, 5, 8, 1, 1, 2]),
  monetary: Float64Array.from([900, 10000, 100, 250, 1200, 600, 3000, 250, 400, 1500]),
};

const byId = (scores: Uint8Array) => Object.fromEntries(IDS.map((id, i) => [id, scores[i]]));

describe('quantile type 7 (R default)', () => {
  it('interpolates between the order statistics around h = (n − 1)p', () => {
    const sorted = [100, 250, 250, 400, 600, 900, 1200, 1500, 3000, 10000];
    // h = 9 · 0.4 = 3.6: x[3] + 0.6 (x[4] − x[3]) = 400 + 0.6 · 200 = 520
    expect(quantileType7(sorted, 0.4)).toBeCloseTo(520, 10);
    // h = 9 · 0.8 = 7.2: 1500 + 0.2 · 1500 = 1800
    expect(quantileType7(sorted, 0.8)).toBeCloseTo(1800, 10);
    expect(quantileType7(sorted, 0)).toBe(100);
    expect(quantileType7(sorted, 1)).toBe(10000);
    expect(quantileType7([7], 0.5)).toBe(7);
  });
});

describe('equal-count quintiles, ties kept together', () => {
  // n = 10: score = ⌊5p / 10⌋ + 1 = ⌊p / 2⌋ + 1 for the first position p of the value, worst first.
  it('scores recency reversed: the fewest days get 5', () => {
    // Days worst first: 200 (p0) 120 (p1) 90 (p2) 40 40 40 (p3–5) 25 (p6) 10 10 (p7–8) 3 (p9).
    // 200 → 1, 120 → 1, 90 → 2, 40 → ⌊3/2⌋+1 = 2 (all three), 25 → 4, 10 → ⌊7/2⌋+1 = 4 (both), 3 → 5.
    expect(byId(quintileScores(TEN.recency, false))).toEqual({ A: 2, B: 5, C: 1, D: 4, E: 2, F: 2, G: 4, H: 4, I: 1, J: 2 });
  });

  it('scores frequency with many ties: a value is never split across two scores', () => {
    // Orders ascending: 1 1 1 1 (p0–3) 2 2 (p4–5) 3 (p6) 5 (p7) 8 (p8) 12 (p9).
    // 1 → 1 (all four, though p2–3 are the second fifth), 2 → ⌊4/2⌋+1 = 3, 3 → 4, 5 → 4, 8 → 5, 12 → 5: nobody has 2.
    expect(byId(quintileScores(TEN.frequency, true))).toEqual({ A: 4, B: 5, C: 1, D: 1, E: 3, F: 4, G: 5, H: 1, I: 1, J: 3 });
  });

  it('scores monetary value', () => {
    // 100 (p0) 250 250 (p1–2) 400 (p3) 600 (p4) 900 (p5) 1200 (p6) 1500 (p7) 3000 (p8) 10000 (p9).
    // 100 → 1, 250 → ⌊1/2⌋+1 = 1, 400 → 2, 600 → 3, 900 → 3, 1200 → 4, 1500 → 4, 3000 → 5, 10000 → 5.
    expect(byId(quintileScores(TEN.monetary, true))).toEqual({ A: 3, B: 5, C: 1, D: 1, E: 4, F: 3, G: 5, H: 1, I: 2, J: 4 });
  });

  it('gives every score to two customers of ten distinct values', () => {
    expect(Array.from(quintileScores([5, 1, 9, 3, 7, 2, 8, 4, 10, 6], true))).toEqual([3, 1, 5, 2, 4, 1, 4, 2, 5, 3]);
  });
});

describe('the R package rfm binning', () => {
  it('takes the 20/40/60/80 % quantiles plus 1 as breaks', () => {
    // Recency sorted: 3 10 10 25 40 40 40 90 120 200; h = 1.8, 3.6, 5.4, 7.2.
    // q.2 = 10 + 0.8·0 = 10, q.4 = 25 + 0.6·15 = 34, q.6 = 40 + 0.4·0 = 40, q.8 = 90 + 0.2·30 = 96.
    expect(packageBreaks(TEN.recency)).toEqual([11, 35, 41, 97]);
    // Orders sorted: 1 1 1 1 2 2 3 5 8 12: q.2 = 1, q.4 = 1 + 0.6·1 = 1.6, q.6 = 2 + 0.4·1 = 2.4, q.8 = 5 + 0.2·3 = 5.6.
    const f = packageBreaks(TEN.frequency);
    [2, 2.6, 3.4, 6.6].forEach((b, k) => expect(f[k]).toBeCloseTo(b, 10));
    // Money sorted: 100 250 250 400 600 900 1200 1500 3000 10000: q = 250, 520, 1020, 1800.
    expect(packageBreaks(TEN.monetary).map((b) => Math.round(b * 1e9) / 1e9)).toEqual([251, 521, 1021, 1801]);
  });

  it('scores the interval number, recency reversed', () => {
    const scores = rfmScores(TEN, 'rfmPackage');
    // Recency intervals [3,11) [11,35) [35,41) [41,97) [97,201) → R 5 4 3 2 1:
    // A 40 → 3rd → 3; B 3 → 5; C 200 → 1; D 10 → 5; E 40 → 3; F 90 → 2; G 10 → 5; H 25 → 4; I 120 → 1; J 40 → 3.
    expect(byId(scores.r)).toEqual({ A: 3, B: 5, C: 1, D: 5, E: 3, F: 2, G: 5, H: 4, I: 1, J: 3 });
    // Orders [1,2) [2,2.6) [2.6,3.4) [3.4,6.6) [6.6,13): 1 → 1, 2 → 2, 3 → 3, 5 → 4, 8 and 12 → 5.
    expect(byId(scores.f)).toEqual({ A: 3, B: 5, C: 1, D: 1, E: 2, F: 4, G: 5, H: 1, I: 1, J: 2 });
    // Money [100,251) [251,521) [521,1021) [1021,1801) [1801,10001): 250 sits on q.2 but below the break 251 → 1.
    expect(byId(scores.m)).toEqual({ A: 3, B: 5, C: 1, D: 1, E: 4, F: 3, G: 5, H: 1, I: 2, J: 4 });
    expect(scores.breaks?.r).toEqual([11, 35, 41, 97]);
  });

  it('leaves a score empty where ties make two breaks equal, as the package does', () => {
    // Orders 1×7, 2, 3, 4: q.2 = q.4 = q.6 = 1, q.8 = 2 + 0.2·(3 − 2) = 2.2 → breaks 2, 2, 2, 3.2.
    // Intervals [1,2) [2,2) [2,2) [2,3.2) [3.2,5): 1 → 1, 2 → 4, 3 → 4, 4 → 5; scores 2 and 3 are nobody's.
    const orders = [1, 1, 1, 1, 1, 1, 1, 2, 3, 4];
    const breaks = packageBreaks(orders);
    expect(breaks.slice(0, 3)).toEqual([2, 2, 2]);
    expect(breaks[3]).toBeCloseTo(3.2, 10);
    expect(Array.from(packageScores(orders, breaks, true))).toEqual([1, 1, 1, 1, 1, 1, 1, 4, 4, 5]);
    // The quintiles on the same orders: 1 starts at p0 → 1; 2 at p7 → ⌊35/10⌋+1 = 4; 3 at p8 → 5; 4 at p9 → 5.
    expect(Array.from(quintileScores(orders, true))).toEqual([1, 1, 1, 1, 1, 1, 1, 4, 5, 5]);
  });
});

describe('score bands', () => {
  it('say how many customers each score holds and the values from–to', () => {
    const bands = scoreBands(TEN.recency, quintileScores(TEN.recency, false));
    expect(bands).toEqual([
      { score: 1, customers: 2, min: 120, max: 200 },
      { score: 2, customers: 4, min: 40, max: 90 },
      { score: 3, customers: 0, min: null, max: null },
      { score: 4, customers: 3, min: 10, max: 25 },
      { score: 5, customers: 1, min: 3, max: 3 },
    ]);
  });
});

describe('R, F and M from the customer base', () => {
  it('reads recency as days from the last purchase in the window to the analysis day, orders and net revenue', () => {
    const lines = salesLinesFromPlain([
      { customer: 'A', date: '2026-03-01', amount: 100, document: 'd1' },
      { customer: 'A', date: '2026-03-21', amount: 50, document: 'd2' },
      { customer: 'A', date: '2026-03-25', amount: -30, document: 'r1' },
      { customer: 'B', date: '2026-03-31', amount: 200, document: 'd3' },
    ]);
    const base = buildCustomerBase(lines, null, { analysisDay: null, windowMonths: 12 });
    if (base === null) throw new Error('no base');
    const values = rfmValues(base);
    const a = base.ids.indexOf('A');
    const b = base.ids.indexOf('B');
    // The analysis day is the last sale, 31 March: A last bought on 21 March (a return is no purchase) → 10 days.
    expect(values.recency[a]).toBe(10);
    expect(values.recency[b]).toBe(0);
    expect(values.frequency[a]).toBe(2);
    // 100 + 50 − 30
    expect(values.monetary[a]).toBe(120);
  });
});
