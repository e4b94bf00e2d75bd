import { describe, expect, it } from 'vitest';
import { isoDateToDays } from '../../../src/data/columnar';
import type { TypedRow } from '../../../src/data/import/types';
import {
  attitudeLevel,
  checkEstimatedShares,
  dickBasuMatrix,
  largestCell,
  matrixAnswerFromRow,
  patronageFromSales,
  type MatrixAnswer,
} from '../../../exercises/loyalty-measurement/model/dickBasu';

/**
 * A hand-made shop: the last sale is on 2026-06-30, so the year counted is 2025-07-01…2026-06-30 (365 days).
 * Purchases in that year (same-day rows merged): A 4 (five rows, two on 2026-02-10), B 3, C 1 (plus two
 * before the year, the last one on 2025-06-30, a day too early), D 0 (bought only before the year),
 * E 2 (one on 2025-07-01, the first day counted), F 5, G 1 (on 2026-06-30, the last day), H 3.
 * Buyers of the year: A 4, B 3, C 1, E 2, F 5, G 1, H 3 → sorted 1 1 2 3 3 4 5 → median (the 4th of 7) = 3.
 */
const SALES: [string | null, string | null][] = [
  ['A', '2025-08-01'], ['A', '2025-11-01'], ['A', '2026-02-10'], ['A', '2026-02-10'], ['A', '2026-05-01'],
  ['B', '2025-09-01'], ['B', '2026-01-01'], ['B', '2026-04-01'],
  ['C', '2025-01-15'], ['C', '2025-06-30'], ['C', '2026-03-01'],
  ['D', '2024-12-01'], ['D', '2025-03-01'],
  ['E', '2025-07-01'], ['E', '2026-01-20'],
  ['F', '2025-07-15'], ['F', '2025-09-15'], ['F', '2025-12-15'], ['F', '2026-02-15'], ['F', '2026-05-15'],
  ['G', '2026-06-30'],
  ['H', '2025-10-01'], ['H', '2026-01-01'], ['H', '2026-06-01'],
  // Unusable: no customer, no date. Neither moves the window nor counts.
  [null, '2026-12-31'],
  ['Z', null],
];

function sales(rows = SALES) {
  return { rowCount: rows.length, customerAt: (i: number) => rows[i]?.[0] ?? null, dayAt: (i: number) => isoDateToDays(rows[i]?.[1] ?? '') };
}

const answer = (customer: string | null, nps: number | null, attitude: number | null): MatrixAnswer => ({ customer, nps, attitude });

/**
 * 13 answers. Attitude: A 13/3 = 4.33 high; B 12/3 = 4.00 high (the edge counts); C 11/3 = 3.67 low; D 5 high;
 * E no statements, NPS 9 → high (promoter); F 8/3 = 2.67 low; G no statements, NPS 8 → low; H neither → not placed.
 * Then a second A and a second B: repeats, not counted again; X999 and K7: not in the sales; one answer without an id.
 */
const ANSWERS: MatrixAnswer[] = [
  answer('A', 9, 13 / 3),
  answer('B', 8, 4),
  answer('C', 10, 11 / 3),
  answer('D', 7, 5),
  answer('E', 9, null),
  answer('F', 10, 8 / 3),
  answer('G', 8, null),
  answer('H', null, null),
  answer('A', 2, 1),
  answer('X999', 9, 5),
  answer(null, 10, 5),
  answer('K7', 3, 2),
  answer('B', 0, 1),
];

describe('Dick & Basu: patronage from sales', () => {
  it('counts purchase days in the last 365 days of the file, and the buyers median', () => {
    const patronage = patronageFromSales(sales(), false);
    expect(patronage.window).toEqual({ from: isoDateToDays('2025-07-01'), to: isoDateToDays('2026-06-30') });
    expect(Object.fromEntries(patronage.purchases)).toEqual({ A: 4, B: 3, C: 1, D: 0, E: 2, F: 5, G: 1, H: 3 });
    expect(patronage.buyers).toBe(7);
    expect(patronage.buyersMedian).toBe(3);
    expect(patronage.unusableRows).toBe(2);
  });

  it('counts rows when the behaviour step says rows are purchases: A has five rows', () => {
    const patronage = patronageFromSales(sales(), true);
    expect(patronage.purchases.get('A')).toBe(5);
    // Buyers 1 1 2 3 3 5 5 → median still 3.
    expect(patronage.buyersMedian).toBe(3);
  });

  it('takes the mean of the two middle counts for an even number of buyers, and has no window without usable rows', () => {
    // Buyers A 2, B 3 (median 2.5); C only before the year.
    const even = patronageFromSales(sales([['A', '2026-01-01'], ['A', '2026-02-01'], ['B', '2026-01-01'], ['B', '2026-02-01'], ['B', '2026-03-01'], ['C', '2024-01-01']]), false);
    expect(even.buyersMedian).toBe(2.5);
    const none = patronageFromSales(sales([[null, '2026-01-01']]), false);
    expect(none.window).toBeNull();
    expect(none.buyersMedian).toBeNull();
  });
});

describe('Dick & Basu: attitude', () => {
  it('reads a survey row: the mean of the statements answered, and an id as text', () => {
    const row: TypedRow = { customer: ' 1001 ', nps: 9, attitude1: 5, attitude2: null, attitude3: 4 };
    expect(matrixAnswerFromRow(row)).toEqual({ customer: '1001', nps: 9, attitude: 4.5 });
    expect(matrixAnswerFromRow({ customer: 1001, nps: 11, attitude1: 7 })).toEqual({ customer: '1001', nps: null, attitude: null });
    expect(matrixAnswerFromRow({ customer: '  ' })).toEqual({ customer: null, nps: null, attitude: null });
  });

  it('is high from a mean of 4, or without statements from NPS 9', () => {
    expect(attitudeLevel({ attitude: 4, nps: 0 })).toEqual({ high: true, basis: 'statements' });
    expect(attitudeLevel({ attitude: 11 / 3, nps: 10 })).toEqual({ high: false, basis: 'statements' });
    expect(attitudeLevel({ attitude: null, nps: 9 })).toEqual({ high: true, basis: 'nps' });
    expect(attitudeLevel({ attitude: null, nps: 8 })).toEqual({ high: false, basis: 'nps' });
    expect(attitudeLevel({ attitude: null, nps: null })).toBeNull();
  });
});

describe('Dick & Basu: the join', () => {
  it('places each matched customer and reports the ones it could not', () => {
    const result = dickBasuMatrix(ANSWERS, patronageFromSales(sales(), false), { minPurchases: null });
    expect(result.threshold).toEqual({ minPurchases: 3, source: 'median' });
    // A 4 ≥ 3 and B 3 ≥ 3 (the edge) with high attitude: true. D 0 and E 2 < 3 with high attitude: latent.
    // F 5 ≥ 3 with low attitude: spurious. C 1 and G 1 with low attitude: none.
    expect(result.counts).toEqual({ trueLoyalty: 2, latentLoyalty: 2, spuriousLoyalty: 1, noLoyalty: 2 });
    expect(result.matched).toBe(7);
    expect(result.shares.trueLoyalty).toBeCloseTo(2 / 7, 12);
    expect(result.shares.spuriousLoyalty).toBeCloseTo(1 / 7, 12);
    expect(result.answers).toBe(13);
    expect(result.withoutId).toBe(1);
    expect(result.duplicates).toBe(2);
    expect(result.duplicateExamples).toEqual(['A', 'B']);
    expect(result.notFound).toBe(2);
    expect(result.notFoundExamples).toEqual(['X999', 'K7']);
    // A…H are in the sales; H has no NPS and no statements.
    expect(result.found).toBe(8);
    expect(result.noAttitude).toBe(1);
    expect(result.byBasis).toEqual({ statements: 5, nps: 2 });
    // Regulars A, B, F; promoters among them A (9) and F (10): F is an advocate though its statements are low.
    expect(result.regulars).toBe(3);
    expect(result.advocates).toBe(2);
  });

  it('moves customers across the threshold the participant sets', () => {
    const patronage = patronageFromSales(sales(), false);
    // 4: B (3) drops to latent.
    expect(dickBasuMatrix(ANSWERS, patronage, { minPurchases: 4 }).counts).toEqual({ trueLoyalty: 1, latentLoyalty: 3, spuriousLoyalty: 1, noLoyalty: 2 });
    // 1: every buyer of the year is regular; only D (0) stays low. E joins true, C and G spurious.
    const one = dickBasuMatrix(ANSWERS, patronage, { minPurchases: 1 });
    expect(one.threshold).toEqual({ minPurchases: 1, source: 'participant' });
    expect(one.counts).toEqual({ trueLoyalty: 3, latentLoyalty: 1, spuriousLoyalty: 3, noLoyalty: 0 });
    // Advocates: A 9, E 9, C 10, F 10 are regular promoters now.
    expect(one.advocates).toBe(4);
  });

  it('matches nothing when no id is in the sales, and leaves the shares at zero', () => {
    const result = dickBasuMatrix([answer('X1', 9, 5), answer('X2', 3, 2)], patronageFromSales(sales(), false), { minPurchases: null });
    expect(result.matched).toBe(0);
    expect(result.notFound).toBe(2);
    expect(result.shares).toEqual({ trueLoyalty: 0, latentLoyalty: 0, spuriousLoyalty: 0, noLoyalty: 0 });
  });
});

describe('Dick & Basu: estimated shares', () => {
  it('needs all four and a sum of 100 ± 0.5', () => {
    expect(checkEstimatedShares({ trueLoyalty: 40, latentLoyalty: 20, spuriousLoyalty: 20, noLoyalty: 20 })).toEqual({
      kind: 'ok',
      shares: { trueLoyalty: 0.4, latentLoyalty: 0.2, spuriousLoyalty: 0.2, noLoyalty: 0.2 },
    });
    // 40 + 20 + 20 + 20.5 = 100.5: within the tolerance; 20.6 makes 100.6: not.
    expect(checkEstimatedShares({ trueLoyalty: 40, latentLoyalty: 20, spuriousLoyalty: 20, noLoyalty: 20.5 }).kind).toBe('ok');
    const over = checkEstimatedShares({ trueLoyalty: 40, latentLoyalty: 20, spuriousLoyalty: 20, noLoyalty: 20.6 });
    expect(over.kind).toBe('badSum');
    expect(over.kind === 'badSum' ? over.sum : null).toBeCloseTo(100.6, 9);
    expect(checkEstimatedShares({ trueLoyalty: 40, latentLoyalty: null, spuriousLoyalty: 20, noLoyalty: null })).toEqual({ kind: 'incomplete', missing: ['latentLoyalty', 'noLoyalty'] });
  });

  it('names the largest quadrant, ties to true loyalty first', () => {
    expect(largestCell({ trueLoyalty: 0.2, latentLoyalty: 0.3, spuriousLoyalty: 0.1, noLoyalty: 0.4 })).toBe('noLoyalty');
    expect(largestCell({ trueLoyalty: 0.25, latentLoyalty: 0.25, spuriousLoyalty: 0.25, noLoyalty: 0.25 })).toBe('trueLoyalty');
  });
});
