import { describe, expect, it } from 'vitest';
import { buildBaskets, receiptLinesFromPlain, type PlainReceiptLine } from '../../../exercises/promo-product/model/baskets';
import { sequentialPairs } from '../../../exercises/promo-product/model/sequences';

const options = { level: 'product' as const, merges: {}, excluded: [] };
const day = (d: number) => `2026-07-${String(d).padStart(2, '0')}`;
/** One receipt per entry: [receipt, customer, day, products]. */
function baskets(receipts: Array<[string, string | null, number | null, string[]]>) {
  const rows: PlainReceiptLine[] = receipts.flatMap(([receipt, customer, d, products]) => products.map((product) => ({ receipt, product, customer, date: d === null ? null : day(d) })));
  return buildBaskets(receiptLinesFromPlain(rows), options);
}

// Items sorted by label: bread 0, pasta 1, sauce 2.
const shop = baskets([
  ['r1', 'c1', 1, ['pasta']],
  ['r2', 'c1', 3, ['sauce']],
  ['r3', 'c1', 20, ['pasta']],
  ['r4', 'c2', 1, ['pasta', 'sauce']],
  ['r5', 'c2', 30, ['sauce']],
  ['r6', 'c3', 5, ['bread']],
  ['r7', 'c3', 6, ['sauce']],
  ['r8', 'c4', 2, ['bread']],
  ['r9', 'c5', 1, ['pasta']],
  ['r10', 'c5', 1, ['sauce']],
  ['r11', 'c6', 10, ['pasta']],
  ['r12', 'c6', 12, ['sauce', 'bread']],
  ['r13', null, 4, ['pasta']],
]);

describe('sequentialPairs', () => {
  it('counts the customers who bought B within N days after A, and the lift over visits (hand-checked)', () => {
    // N = 7. Customers c1…c6 (r13 has none); visits r1…r12 = 12.
    // Followed visits: r1 (c1 pasta d1) by sauce d3; r6 (c3 bread d5) by sauce d6; r11 (c6 pasta d10) by sauce,
    // bread d12. Not: r2 → r3 (17 days), r4 → r5 (29 days), r9/r10 (same day: no order).
    // Customers: pasta → sauce c1, c6 of pasta's buyers c1 c2 c5 c6: 2/4; pasta → bread c6: 1/4; bread → sauce c3 of c3 c4 c6: 1/3.
    // Visits with pasta: r1 r3 r4 r9 r11 = 5; with bread: r6 r8 r12 = 3. Followed by sauce: r1 r6 r11 → base 3/12 = 0.25;
    // by bread: r11 → 1/12. Lift pasta → sauce (2/5) / 0.25 = 1.6; pasta → bread (1/5) / (1/12) = 2.4;
    // bread → sauce (1/3) / 0.25 = 4/3.
    const result = sequentialPairs(shop, { days: 7, minCustomers: 1, maxItems: 100, minLift: 0, limit: 10 });
    if (result.kind !== 'pairs') throw new Error(result.kind);
    expect([result.customers, result.visits, result.returning]).toEqual([6, 12, 3]);
    // Most customers first, then the higher lift.
    expect(result.pairs.map((pair) => [shop.items[pair.first], shop.items[pair.then], pair.count, pair.firstBuyers, pair.visits, pair.firstVisits])).toEqual([
      ['pasta', 'sauce', 2, 4, 2, 5],
      ['pasta', 'bread', 1, 4, 1, 5],
      ['bread', 'sauce', 1, 3, 1, 3],
    ]);
    const [pastaSauce, pastaBread, breadSauce] = result.pairs;
    expect(pastaBread?.share).toBeCloseTo(0.25, 10);
    expect(pastaBread?.base).toBeCloseTo(1 / 12, 10);
    expect(pastaBread?.lift).toBeCloseTo(2.4, 10);
    expect(pastaSauce?.share).toBeCloseTo(0.5, 10);
    expect(pastaSauce?.lift).toBeCloseTo(1.6, 10);
    expect(breadSauce?.share).toBeCloseTo(1 / 3, 10);
    expect(breadSauce?.lift).toBeCloseTo(4 / 3, 10);
  });

  it('drops pairs below the customer minimum, keeps the limit, and widens with N', () => {
    const few = sequentialPairs(shop, { days: 7, minCustomers: 2, maxItems: 100, minLift: 0, limit: 10 });
    expect(few.kind === 'pairs' && few.pairs.map((pair) => [pair.first, pair.then])).toEqual([[1, 2]]);
    // A minimum lift of 1.5 keeps pasta → sauce (1.6) and pasta → bread (2.4), not bread → sauce (1.33).
    const lifted = sequentialPairs(shop, { days: 7, minCustomers: 1, maxItems: 100, minLift: 1.5, limit: 10 });
    expect(lifted.kind === 'pairs' && lifted.pairs.map((pair) => [pair.first, pair.then])).toEqual([
      [1, 2],
      [1, 0],
    ]);
    // Pairs among the two items most customers bought (sauce 5, pasta 4; bread 3 is out): pasta → sauce alone,
    // its lift still against every visit.
    const top = sequentialPairs(shop, { days: 7, minCustomers: 1, maxItems: 2, minLift: 0, limit: 10 });
    expect(top.kind === 'pairs' && top.pairs.map((pair) => [pair.first, pair.then, pair.lift])).toEqual([[1, 2, 1.6]]);
    const limited = sequentialPairs(shop, { days: 7, minCustomers: 1, maxItems: 100, minLift: 0, limit: 1 });
    expect(limited.kind === 'pairs' && [limited.pairs.length, limited.pairsFound]).toEqual([1, 3]);
    // N = 30 adds c1 sauce d3 → pasta d20 and c2 pasta, sauce d1 → sauce d30 (sauce → sauce is a repeat: left out).
    const month = sequentialPairs(shop, { days: 30, minCustomers: 1, maxItems: 100, minLift: 0, limit: 10 });
    expect(month.kind === 'pairs' && month.pairs.find((pair) => pair.first === 2 && pair.then === 1)?.count).toBe(1);
    expect(month.kind === 'pairs' && month.pairs.find((pair) => pair.first === 1 && pair.then === 2)?.count).toBe(3);
  });

  it('says what the data lacks', () => {
    const noCustomers = buildBaskets(receiptLinesFromPlain([{ receipt: 'r1', product: 'a', date: day(1) }]), options);
    expect(sequentialPairs(noCustomers, { days: 7, minCustomers: 1, maxItems: 100, minLift: 0, limit: 10 }).kind).toBe('noCustomers');
    const noDates = buildBaskets(receiptLinesFromPlain([{ receipt: 'r1', product: 'a', customer: 'c1' }]), options);
    expect(sequentialPairs(noDates, { days: 7, minCustomers: 1, maxItems: 100, minLift: 0, limit: 10 }).kind).toBe('noDates');
    const once = baskets([
      ['r1', 'c1', 1, ['a']],
      ['r2', 'c2', 2, ['b']],
    ]);
    expect(sequentialPairs(once, { days: 7, minCustomers: 1, maxItems: 100, minLift: 0, limit: 10 })).toEqual({ kind: 'noReturns', customers: 2 });
  });
});
